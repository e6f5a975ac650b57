package org.jobline.aggregator.modem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jobline.gsm.Gsm7;

/**
 * The user data of one SMS part (3GPP TS 23.040 §9.2.3.24): the text in GSM-7 septets or UCS-2
 * octets, and for a concatenated message its header (IEI 00: 8-bit reference, total, sequence).
 */
public record UserData(boolean ucs2, String text, Concat concat) {
  public static final int DCS_GSM7 = 0x00;
  public static final int DCS_UCS2 = 0x08;

  /** Where one part sits in a concatenated message. */
  public record Concat(int reference, int total, int sequence) {}

  /** Splits {@code text} into parts in the alphabet {@link Gsm7#cost} picks (153/67 per part when several). */
  public static List<UserData> split(String text, int reference) {
    boolean ucs2 = Gsm7.cost(text).encoding() == Gsm7.Encoding.UCS2;
    List<String> chunks = ucs2 ? chunksUcs2(text) : chunksGsm(text);
    List<UserData> parts = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      Concat c = chunks.size() == 1 ? null : new Concat(reference & 0xFF, chunks.size(), i + 1);
      parts.add(new UserData(ucs2, chunks.get(i), c));
    }
    return parts;
  }

  private static List<String> chunksGsm(String text) {
    if (Gsm7.septets(text) <= Gsm7.SINGLE_GSM) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      int cost = Gsm7.septets(String.valueOf(text.charAt(i)));
      if (used + cost > Gsm7.MULTI_GSM) { // never splits ESC from its character
        out.add(text.substring(start, i));
        start = i;
        used = 0;
      }
      used += cost;
    }
    out.add(text.substring(start));
    return out;
  }

  private static List<String> chunksUcs2(String text) {
    if (text.length() <= Gsm7.SINGLE_UCS2) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + Gsm7.MULTI_UCS2);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // keeps a surrogate pair in one part
      }
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }

  public int dcs() {
    return ucs2 ? DCS_UCS2 : DCS_GSM7;
  }

  /** The header octets (with their length octet), empty without one. */
  byte[] header() {
    return concat == null ? new byte[0]
        : new byte[] {5, 0, 3, (byte) concat.reference(), (byte) concat.total(), (byte) concat.sequence()};
  }

  /** TP-UDL followed by TP-UD. */
  byte[] encode() {
    byte[] udh = header();
    if (ucs2) {
      byte[] body = text.getBytes(StandardCharsets.UTF_16BE);
      byte[] out = new byte[1 + udh.length + body.length];
      out[0] = (byte) (udh.length + body.length);
      System.arraycopy(udh, 0, out, 1, udh.length);
      System.arraycopy(body, 0, out, 1 + udh.length, body.length);
      return out;
    }
    int[] septets = GsmCharset.encode(text);
    int headerSeptets = (udh.length * 8 + 6) / 7;
    byte[] packed = Septets.pack(septets, headerSeptets * 7 - udh.length * 8);
    byte[] out = new byte[1 + udh.length + packed.length];
    out[0] = (byte) (headerSeptets + septets.length);
    System.arraycopy(udh, 0, out, 1, udh.length);
    System.arraycopy(packed, 0, out, 1 + udh.length, packed.length);
    return out;
  }

  /** Reads TP-UDL and TP-UD for {@code dcs}; {@code hasHeader} is the first octet's TP-UDHI bit. */
  static UserData decode(Pdu pdu, int dcs, boolean hasHeader) {
    int udl = pdu.octet();
    byte[] ud = pdu.rest();
    int udhLength = hasHeader && ud.length > 0 ? (ud[0] & 0xFF) + 1 : 0;
    if (udhLength > ud.length) {
      throw new IllegalArgumentException("user data header longer than the user data");
    }
    Concat concat = concat(Arrays.copyOfRange(ud, 0, udhLength));
    int alphabet = alphabet(dcs);
    if (alphabet == 0) {
      int headerSeptets = (udhLength * 8 + 6) / 7;
      int count = Math.max(0, udl - headerSeptets);
      int[] septets = Septets.unpack(ud, udhLength, count, headerSeptets * 7 - udhLength * 8);
      return new UserData(false, GsmCharset.decode(septets), concat);
    }
    int end = Math.min(ud.length, udl);
    byte[] body = Arrays.copyOfRange(ud, udhLength, Math.max(udhLength, end));
    String text = alphabet == 2 ? new String(body, StandardCharsets.UTF_16BE) : new String(body, StandardCharsets.ISO_8859_1);
    return new UserData(alphabet == 2, text, concat);
  }

  /** 0 GSM-7, 1 8-bit data, 2 UCS-2 (3GPP TS 23.038 §4, the groups a phone sends). */
  static int alphabet(int dcs) {
    if ((dcs & 0x80) == 0) {
      return Math.min(2, (dcs >> 2) & 0x03);
    }
    if ((dcs & 0xF0) == 0xF0) {
      return (dcs & 0x04) != 0 ? 1 : 0;
    }
    return (dcs & 0xF0) == 0xE0 ? 2 : 0;
  }

  private static Concat concat(byte[] udh) {
    int i = 1;
    while (i + 1 < udh.length) {
      int iei = udh[i] & 0xFF;
      int len = udh[i + 1] & 0xFF;
      if (iei == 0x00 && len == 3 && i + 4 < udh.length) {
        return new Concat(udh[i + 2] & 0xFF, udh[i + 3] & 0xFF, udh[i + 4] & 0xFF);
      }
      if (iei == 0x08 && len == 4 && i + 5 < udh.length) {
        return new Concat((udh[i + 2] & 0xFF) << 8 | udh[i + 3] & 0xFF, udh[i + 4] & 0xFF, udh[i + 5] & 0xFF);
      }
      i += 2 + len;
    }
    return null;
  }
}
