package org.jobline.aggregator.modem;

import java.util.ArrayList;
import java.util.List;

/**
 * GSM 03.38 (3GPP TS 23.038 §6.2.1) as code points: the default alphabet in table order and its
 * extension table behind ESC (0x1B). {@code org.jobline.gsm.Gsm7} decides and counts; this class
 * only maps characters to the septets a PDU carries and back.
 */
public final class GsmCharset {
  /** Septet value = index; 0x1B (ESC) is a placeholder never matched. */
  static final String DEFAULT = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  static final int ESC = 0x1B;
  /** Extension characters and their septet after ESC. */
  private static final String EXT_CHARS = "\f^{}\\[~]|€";
  private static final int[] EXT_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

  private GsmCharset() {}

  /** The septets of {@code text}; a character outside GSM-7 becomes '?' (callers check with Gsm7.fits first). */
  public static int[] encode(String text) {
    List<Integer> out = new ArrayList<>(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int basic = c == ESC ? -1 : DEFAULT.indexOf(c);
      int ext = EXT_CHARS.indexOf(c);
      if (basic >= 0) {
        out.add(basic);
      } else if (ext >= 0) {
        out.add(ESC);
        out.add(EXT_CODES[ext]);
      } else {
        out.add(DEFAULT.indexOf('?'));
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The text of {@code septets}; an unknown extension code reads as a space (23.038's advice). */
  public static String decode(int[] septets) {
    StringBuilder sb = new StringBuilder(septets.length);
    for (int i = 0; i < septets.length; i++) {
      int s = septets[i] & 0x7F;
      if (s == ESC && i + 1 < septets.length) {
        sb.append(extension(septets[++i] & 0x7F));
      } else if (s != ESC) {
        sb.append(DEFAULT.charAt(s));
      }
    }
    return sb.toString();
  }

  private static char extension(int code) {
    for (int k = 0; k < EXT_CODES.length; k++) {
      if (EXT_CODES[k] == code) {
        return EXT_CHARS.charAt(k);
      }
    }
    return ' ';
  }
}
