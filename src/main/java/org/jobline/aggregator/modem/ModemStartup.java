package org.jobline.aggregator.modem;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up dialogue (3GPP TS 27.005/27.007): {@code AT}, {@code ATE0}, {@code AT+CMEE=1},
 * {@code AT+CPIN?} (and the PIN once if asked), {@code AT+CSQ}, {@code AT+CMGF=0}, {@code AT+CNMI}.
 */
final class ModemStartup {
  private static final Logger log = LoggerFactory.getLogger(ModemStartup.class);
  /** New texts announced as +CMTI (kept on the SIM), status reports sent as +CDS. */
  static final String CNMI = "AT+CNMI=2,1,0,1,0";

  /** The SIM refuses to work with what we have (no PIN, wrong PIN, PUK): retrying would lock it. */
  static final class SimRefused extends Exception {
    SimRefused(String why) {
      super(why);
    }
  }

  private ModemStartup() {}

  /** Runs the dialogue; answers the signal (rssi 0-31, 99 unknown). */
  static int run(AtLink link, ModemSettings s, String route) throws IOException, SimRefused {
    long t = s.readTimeoutMs();
    link.command("AT", t); // may echo or answer ERROR after garbage: only its silence matters
    require(link.command("ATE0", t), "ATE0");
    link.command("AT+CMEE=1", t);
    pin(link, s, t);
    int rssi = Signal.rssi(link.command("AT+CSQ", t));
    require(link.command("AT+CMGF=0", t), "AT+CMGF=0 (PDU mode)");
    if (!link.command(CNMI, t).ok()) {
      log.warn("modem route {}: {} refused; new texts are found by polling every {} ms", route, CNMI, s.checkEveryMs());
    }
    return rssi;
  }

  private static void pin(AtLink link, ModemSettings s, long t) throws IOException, SimRefused {
    AtLink.Reply r = link.command("AT+CPIN?", t);
    if (!r.ok()) {
      throw new IOException("SIM not ready (" + r.result() + "): is a SIM inserted?");
    }
    String state = r.lines().stream().filter(l -> l.startsWith("+CPIN:")).findFirst().orElse("+CPIN: READY")
        .substring(6).trim();
    if (state.equals("READY")) {
      return;
    }
    if (!state.equals("SIM PIN")) {
      throw new SimRefused("the SIM asks for " + state + ": unlock it in a phone first");
    }
    if (s.pin().isEmpty()) {
      throw new SimRefused("the SIM asks for its PIN: set the route's pin key");
    }
    if (!link.command("AT+CPIN=\"" + s.pin() + "\"", t).ok()) {
      throw new SimRefused("the SIM refused the configured PIN (not tried again, so the SIM does not lock)");
    }
    for (int i = 0; i < 20; i++) {
      AtLink.Reply again = link.command("AT+CPIN?", t);
      if (again.ok() && again.lines().stream().anyMatch(l -> l.contains("READY"))) {
        return;
      }
      sleep(500);
    }
    throw new IOException("SIM not ready after its PIN");
  }

  private static void require(AtLink.Reply r, String what) throws IOException {
    if (!r.ok()) {
      throw new IOException(what + " answered " + r.result());
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
