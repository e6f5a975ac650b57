package org.jobline.aggregator.smpp;

import java.util.Set;
import org.jobline.aggregator.RouteSettings;

/**
 * One SMPP route's configuration ({@code routes.<name>.*} with {@code type: smpp}), checked once
 * at start. Times in milliseconds; {@code segmentsPerSecond} 0 means no throttle of our own.
 */
public record SmppSettings(String name, String host, int port, String systemId, String password, String systemType,
                           boolean pair, String addressRange, String sourceAddress, int sourceTon, int sourceNpi,
                           int destTon, int destNpi, String serviceType, int enquireLinkMs, int responseTimeoutMs,
                           int window, int segmentsPerSecond, LongMessages longMessages, ReceiptIds receiptIds,
                           boolean registeredDelivery, long reconnectMinMs, long reconnectMaxMs) {

  /** How a text longer than one segment travels. */
  public enum LongMessages { UDH, SAR, PAYLOAD }

  static final Set<String> KEYS = Set.of("host", "port", "systemId", "password", "systemType", "bindType",
      "addressRange", "sourceAddress", "sourceTon", "sourceNpi", "destTon", "destNpi", "serviceType",
      "enquireLinkSeconds", "responseTimeoutSeconds", "window", "segmentsPerSecond", "longMessages",
      "receiptIdFormat", "registeredDelivery", "reconnectMinSeconds", "reconnectMaxSeconds");

  /** Reads and checks {@code s}; {@code shortCode} (sms.shortCode) is the default source address. */
  public static SmppSettings from(RouteSettings s, String shortCode) {
    s.allowOnly(KEYS);
    String source = s.string("sourceAddress", shortCode);
    if (source == null || !(source.matches("\\+?[0-9]{1,20}") || source.matches("[0-9A-Za-z ._-]{1,11}"))) {
      throw new org.jobline.config.ConfigException(s.key("sourceAddress"),
          "must be a short code, a number or an alphanumeric sender of at most 11 characters (got '" + source + "')");
    }
    boolean alpha = !source.matches("\\+?[0-9]+");
    int defaultTon = alpha ? 5 : source.length() > 8 ? 1 : 3;
    int defaultNpi = alpha ? 0 : 1;
    double min = s.decimal("reconnectMinSeconds", 1, 0.01, 600);
    double max = s.decimal("reconnectMaxSeconds", 60, 0.01, 3600);
    if (max < min) {
      throw new org.jobline.config.ConfigException(s.key("reconnectMaxSeconds"), "must not be below reconnectMinSeconds");
    }
    return new SmppSettings(s.name(), s.required("host"), s.integer("port", 2775, 1, 65535),
        s.required("systemId"), s.string("password", ""), s.string("systemType", ""),
        s.oneOf("bindType", "transceiver", Set.of("transceiver", "pair")).equals("pair"),
        s.string("addressRange", ""), source.startsWith("+") ? source.substring(1) : source,
        s.integer("sourceTon", defaultTon, 0, 6), s.integer("sourceNpi", defaultNpi, 0, 18),
        s.integer("destTon", 1, 0, 6), s.integer("destNpi", 1, 0, 18), s.string("serviceType", ""),
        s.integer("enquireLinkSeconds", 30, 1, 3600) * 1000, s.integer("responseTimeoutSeconds", 10, 1, 300) * 1000,
        s.integer("window", 64, 1, 1000), s.integer("segmentsPerSecond", 100, 0, 100_000),
        LongMessages.valueOf(s.oneOf("longMessages", "udh", Set.of("udh", "sar", "payload")).toUpperCase()),
        ReceiptIds.of(s.oneOf("receiptIdFormat", "same", ReceiptIds.NAMES)),
        s.bool("registeredDelivery", true), Math.round(min * 1000), Math.round(max * 1000));
  }
}
