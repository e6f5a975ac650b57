package org.jobline.aggregator.modem;

import java.io.ByteArrayOutputStream;

/** The SMSC part before a TPDU as a modem shows it: length octet, type, number ("00" when none). */
final class Smsc {
  private Smsc() {}

  static String prefix(String smsc) {
    if (smsc == null || smsc.isEmpty()) {
      return "00";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Pdu.writeAddress(out, smsc);
    byte[] a = out.toByteArray();
    a[0] = (byte) (a.length - 1); // here the length counts octets (type + number), not digits
    return Pdu.hex(a);
  }
}
