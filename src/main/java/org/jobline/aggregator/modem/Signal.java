package org.jobline.aggregator.modem;

/** {@code +CSQ: <rssi>,<ber>} (3GPP TS 27.007 §8.5): rssi 0-31 (-113 to -51 dBm), 99 unknown. */
final class Signal {
  static final int UNKNOWN = 99;

  private Signal() {}

  static int rssi(AtLink.Reply r) {
    for (String l : r.lines()) {
      if (l.startsWith("+CSQ:")) {
        try {
          int v = Integer.parseInt(l.substring(5).split(",")[0].trim());
          return v >= 0 && v <= 31 ? v : UNKNOWN;
        } catch (NumberFormatException e) {
          return UNKNOWN;
        }
      }
    }
    return UNKNOWN;
  }

  /** dBm for a known rssi, else null. */
  static Integer dbm(int rssi) {
    return rssi == UNKNOWN ? null : -113 + 2 * rssi;
  }
}
