package org.jobline.ussd;

import org.jobline.gsm.Gsm7;

/**
 * {@link Gsm7#strict} with a fast path: a lookup table answers "already GSM-7?" in one pass, so
 * texts that are already clean (nearly all of them) are returned as they are without the slower
 * character-by-character transliteration. Every screen goes through this on each request.
 */
final class Gsm7Fast {
  private static final boolean[] GSM = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      GSM[c] = Gsm7.isGsm((char) c);
    }
  }

  private Gsm7Fast() {}

  static String strict(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!GSM[text.charAt(i)]) {
        return Gsm7.strict(text);
      }
    }
    return text;
  }
}
