package org.jobline.aggregator.smpp;

import java.io.ByteArrayOutputStream;

/**
 * GSM 03.38 default alphabet as SMPP carries it with {@code data_coding} 0: one septet per octet
 * (unpacked), extension characters as ESC (0x1B) + code. Which texts fit is {@link org.jobline.gsm.Gsm7}'s
 * call; this class only turns characters into codes and back ({@code GsmCharsetTest} checks both agree).
 */
final class GsmCharset {
  /** Codes 0x00-0x7F in order; 0x1B (ESC) is a placeholder never matched. */
  static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final int ESC = 0x1B;
  private static final short[] CODE = new short[Character.MAX_VALUE + 1];
  private static final char[] EXTENSION = new char[128];

  static {
    java.util.Arrays.fill(CODE, (short) -1);
    for (int i = 0; i < BASIC.length(); i++) {
      if (i != ESC) {
        CODE[BASIC.charAt(i)] = (short) i;
      }
    }
    ext(0x0A, '\f');
    ext(0x14, '^');
    ext(0x28, '{');
    ext(0x29, '}');
    ext(0x2F, '\\');
    ext(0x3C, '[');
    ext(0x3D, '~');
    ext(0x3E, ']');
    ext(0x40, '|');
    ext(0x65, '€');
  }

  private GsmCharset() {}

  private static void ext(int code, char c) {
    EXTENSION[code] = c;
    CODE[c] = (short) (0x100 | code);
  }

  /** True when {@code c} has a code (basic or extension). */
  static boolean has(char c) {
    return CODE[c] >= 0;
  }

  /** Septets {@code c} costs: 2 for an extension character, else 1. */
  static int septets(char c) {
    return CODE[c] >= 0x100 ? 2 : 1;
  }

  /** Octets of {@code text}; characters without a code become '?'. */
  static byte[] encode(CharSequence text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      int code = CODE[text.charAt(i)];
      if (code < 0) {
        code = '?';
      }
      if (code >= 0x100) {
        out.write(ESC);
      }
      out.write(code & 0x7F);
    }
    return out.toByteArray();
  }

  /** Text of unpacked septets {@code bytes[from..to)}; an unknown extension code reads as a space. */
  static String decode(byte[] bytes, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0x7F;
      if (b == ESC && i + 1 < to) {
        char e = EXTENSION[bytes[++i] & 0x7F];
        sb.append(e == 0 ? ' ' : e);
      } else if (b == ESC) {
        sb.append(' ');
      } else {
        sb.append(BASIC.charAt(b));
      }
    }
    return sb.toString();
  }
}
