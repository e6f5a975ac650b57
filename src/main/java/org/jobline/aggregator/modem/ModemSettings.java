package org.jobline.aggregator.modem;

import java.util.Set;
import org.jobline.aggregator.RouteSettings;
import org.jobline.config.ConfigException;

/**
 * A modem route's keys ({@code routes.<name>.*}, type {@code modem}), checked once at start.
 * {@code messagesPerMinute} paces the parts the modem sends (a SIM sends a few a minute);
 * {@code bulk} false keeps alerts off the route unless the routing policy is told otherwise.
 */
public record ModemSettings(String device, int baud, String pin, int messagesPerMinute, boolean bulk,
                            int readTimeoutMs, int sendTimeoutMs, int checkEveryMs, int reopenMaxMs) {
  static final Set<String> KEYS = Set.of("device", "baud", "pin", "messagesPerMinute", "bulk", "readTimeoutMs",
      "sendTimeoutMs", "checkEveryMs", "reopenMaxMs");
  public static final int DEFAULT_PER_MINUTE = 6;

  static ModemSettings read(RouteSettings s) {
    s.allowOnly(KEYS);
    String pin = s.string("pin", "");
    if (!pin.isEmpty() && !pin.matches("[0-9]{4,8}")) {
      throw new ConfigException(s.key("pin"), "must be 4 to 8 digits (the SIM's PIN), or empty for a SIM without PIN");
    }
    return new ModemSettings(s.required("device"), s.integer("baud", 115200, 300, 4_000_000), pin,
        s.integer("messagesPerMinute", DEFAULT_PER_MINUTE, 1, 600), s.bool("bulk", false),
        s.integer("readTimeoutMs", 5000, 100, 120_000), s.integer("sendTimeoutMs", 60_000, 1000, 600_000),
        s.integer("checkEveryMs", 30_000, 200, 3_600_000), s.integer("reopenMaxMs", 60_000, 100, 3_600_000));
  }

  /** Milliseconds between two SMS parts. */
  long partIntervalMs() {
    return 60_000L / messagesPerMinute;
  }
}
