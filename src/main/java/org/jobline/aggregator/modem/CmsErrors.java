package org.jobline.aggregator.modem;

import java.util.HashMap;
import java.util.Map;
import org.jobline.aggregator.SendOutcome;

/**
 * {@code +CMS ERROR: <n>} as a send outcome (3GPP TS 27.005 §3.2.5; 0-127 are TS 24.011 RP causes,
 * 128-255 TS 23.040 TP-FCS values). Unknown codes are transient: worth another try later.
 */
final class CmsErrors {
  enum Kind { LINK, TRANSIENT, PERMANENT }

  private static final Map<Integer, Kind> TABLE = new HashMap<>();

  static {
    put(Kind.PERMANENT, 1, 8, 10, 21, 28, 29, 30, 50, 69, 95, 96, 97, 98, 99, 111, 127, // RP: number, barring, subscriber
        128, 129, 130, 143, 144, 145, 159, 176, 193, 195, 196, 197, 198, 199, // TP-FCS: format, address, barred
        303, 304, 305, 321); // 27.005: unsupported operation, bad PDU
    put(Kind.TRANSIENT, 27, 41, 42, 47, 81, 192, 194, 208, 211, 300, 301, 302, 314, 320, 322, 500);
    put(Kind.LINK, 38, 310, 311, 312, 313, 315, 316, 317, 318, 330, 331, 332); // SIM or network away: breaker
  }

  private CmsErrors() {}

  private static void put(Kind kind, int... codes) {
    for (int c : codes) {
      TABLE.put(c, kind);
    }
  }

  static Kind kind(int code) {
    return TABLE.getOrDefault(code, Kind.TRANSIENT);
  }

  static SendOutcome outcome(int code) {
    String reason = "+CMS ERROR: " + code;
    return switch (kind(code)) {
      case LINK -> SendOutcome.connectionFailed(reason);
      case TRANSIENT -> new SendOutcome.Transient(reason, false);
      case PERMANENT -> new SendOutcome.Permanent(reason, false);
    };
  }
}
