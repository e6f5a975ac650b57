package org.jobline.aggregator.modem;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * Reads and writes the octets of a TPDU (3GPP TS 23.040 §9): hex, addresses in swapped semi-octets,
 * and the SMSC prefix a modem puts in front. A malformed PDU throws {@link IllegalArgumentException}.
 */
public final class Pdu {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  /** Type of address: international number, ISDN numbering plan. */
  static final int INTERNATIONAL = 0x91;
  static final int UNKNOWN = 0x81;

  private final byte[] data;
  private int pos;

  private Pdu(byte[] data, int pos) {
    this.data = data;
    this.pos = pos;
  }

  /**
   * A reader at the TPDU's first octet. {@code tpduLength} is the length the modem announced (octets
   * without the SMSC part), or -1 when the PDU surely starts with an SMSC length octet.
   */
  public static Pdu read(String hex, int tpduLength) {
    byte[] bytes;
    try {
      bytes = HEX.parseHex(hex.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a hex PDU");
    }
    int start = tpduLength >= 0 && tpduLength <= bytes.length ? bytes.length - tpduLength : (bytes[0] & 0xFF) + 1;
    if (start > bytes.length) {
      throw new IllegalArgumentException("PDU shorter than its SMSC part");
    }
    return new Pdu(bytes, start);
  }

  public static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /** The next octet, not consumed. */
  int peek() {
    if (pos >= data.length) {
      throw new IllegalArgumentException("empty TPDU");
    }
    return data[pos] & 0xFF;
  }

  int octet() {
    if (pos >= data.length) {
      throw new IllegalArgumentException("PDU ends early at octet " + pos);
    }
    return data[pos++] & 0xFF;
  }

  byte[] octets(int n) {
    if (n < 0 || pos + n > data.length) {
      throw new IllegalArgumentException("PDU ends early: " + n + " octets wanted at " + pos);
    }
    byte[] out = new byte[n];
    System.arraycopy(data, pos, out, 0, n);
    pos += n;
    return out;
  }

  byte[] rest() {
    return octets(data.length - pos);
  }

  /** An address field: its length in digits, its type, its semi-octets. "+" leads international numbers. */
  String address() {
    int digits = octet();
    int type = octet();
    byte[] raw = octets((digits + 1) / 2);
    if ((type & 0x70) == 0x50) { // alphanumeric sender (TON 101): GSM-7 packed
      return GsmCharset.decode(Septets.unpack(raw, 0, digits * 4 / 7, 0));
    }
    StringBuilder sb = new StringBuilder((type & 0x70) == 0x10 ? "+" : "");
    for (int i = 0; i < digits; i++) {
      int nibble = i % 2 == 0 ? raw[i / 2] & 0x0F : (raw[i / 2] >> 4) & 0x0F;
      sb.append("0123456789*#abc".charAt(Math.min(nibble, 14)));
    }
    return sb.toString();
  }

  /** Writes an address field for {@code number} ("+228..." international, else unknown type). */
  static void writeAddress(ByteArrayOutputStream out, String number) {
    boolean intl = number.startsWith("+");
    String digits = intl ? number.substring(1) : number;
    if (!digits.matches("[0-9]{1,20}")) {
      throw new IllegalArgumentException("not a phone number");
    }
    out.write(digits.length());
    out.write(intl ? INTERNATIONAL : UNKNOWN);
    writeSemiOctets(out, digits);
  }

  static void writeSemiOctets(ByteArrayOutputStream out, String digits) {
    for (int i = 0; i < digits.length(); i += 2) {
      int lo = digits.charAt(i) - '0';
      int hi = i + 1 < digits.length() ? digits.charAt(i + 1) - '0' : 0x0F;
      out.write(hi << 4 | lo);
    }
  }

  /** A service-centre time stamp (7 semi-octet pairs), as "yyMMddHHmmss±zz" in quarter hours. */
  String timestamp() {
    byte[] t = octets(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append(t[i] & 0x0F).append((t[i] >> 4) & 0x0F);
    }
    int tz = (t[6] & 0x07) * 10 + ((t[6] >> 4) & 0x0F);
    return sb.append((t[6] & 0x08) != 0 ? "-" : "+").append(tz).toString();
  }
}
