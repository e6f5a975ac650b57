package org.jobline.gsm;

import java.text.Normalizer;
import java.util.Map;

/**
 * GSM 03.38: whether a text fits the 7-bit alphabet, how many septets and segments it costs, and
 * the transliteration of French characters outside it (so French stays cheap and readable).
 */
public final class Gsm7 {
  /** The basic set, less ESC. */
  static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  /** The extension set: each costs two septets (ESC + char). */
  static final String EXTENSION = "^{}\\[~]|€\f";

  public static final int SINGLE_GSM = 160;
  public static final int MULTI_GSM = 153;
  public static final int SINGLE_UCS2 = 70;
  public static final int MULTI_UCS2 = 67;

  private static final Map<Character, String> FRENCH = Map.ofEntries(
      Map.entry('ç', "c"), Map.entry('â', "a"), Map.entry('ê', "e"), Map.entry('î', "i"),
      Map.entry('ô', "o"), Map.entry('û', "u"), Map.entry('ë', "e"), Map.entry('ï', "i"),
      Map.entry('ÿ', "y"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('À', "A"),
      Map.entry('Â', "A"), Map.entry('È', "E"), Map.entry('Ê', "E"), Map.entry('Ë', "E"),
      Map.entry('Î', "I"), Map.entry('Ï', "I"), Map.entry('Ô', "O"), Map.entry('Ù', "U"),
      Map.entry('Û', "U"), Map.entry('Ÿ', "Y"), Map.entry('á', "a"), Map.entry('í', "i"),
      Map.entry('ó', "o"), Map.entry('ú', "u"), Map.entry('Á', "A"), Map.entry('Í', "I"),
      Map.entry('Ó', "O"), Map.entry('Ú', "U"), Map.entry('ã', "a"), Map.entry('õ', "o"),
      Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('‚', ","), Map.entry('“', "\""),
      Map.entry('”', "\""), Map.entry('«', "\""), Map.entry('»', "\""), Map.entry('\u00A0', " "),
      Map.entry('\u202F', " "), Map.entry('\u2009', " "), Map.entry('–', "-"), Map.entry('—', "-"),
      Map.entry('…', "..."), Map.entry('\t', " "), Map.entry('°', "o"));

  /** Every char's cost in septets: 0 outside GSM-7, 1 in the basic set, 2 in the extension set. */
  private static final byte[] SEPTETS = new byte[Character.MAX_VALUE + 1];
  /** {@link #FRENCH} as a table indexed by char (all its keys are below U+2100): no boxing per char. */
  private static final String[] REPLACEMENT = new String[0x2100];

  static {
    FRENCH.forEach((c, r) -> REPLACEMENT[c] = r);
    for (int i = 0; i < BASIC.length(); i++) {
      SEPTETS[BASIC.charAt(i)] = 1;
    }
    for (int i = 0; i < EXTENSION.length(); i++) {
      SEPTETS[EXTENSION.charAt(i)] = 2;
    }
  }

  private Gsm7() {}

  /** The two alphabets an SMS can travel in. */
  public enum Encoding { GSM7, UCS2 }

  /** What a text costs: its alphabet, its length in that alphabet's units, its segments. */
  public record Cost(Encoding encoding, int units, int segments) {}

  public static boolean isGsm(char c) {
    return SEPTETS[c] != 0;
  }

  /** True when every character of {@code text} is in the basic or extension set. */
  public static boolean fits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isGsm(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Length in septets: extension characters count two, the rest one (a character outside GSM-7
   * counts one, as the '?' {@link #strict} makes of it). The one measure of screens and SMS.
   */
  public static int septets(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Math.max(1, SEPTETS[text.charAt(i)]);
    }
    return n;
  }

  /** The longest start of {@code text} within {@code maxSeptets} septets (a surrogate pair is never split). */
  public static String head(String text, int maxSeptets) {
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int cost = Math.max(1, SEPTETS[text.charAt(end)]);
      if (used + cost > maxSeptets) {
        break;
      }
      used += cost;
      end++;
    }
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * {@code text} when it has at most {@code maxSeptets} septets, else its start (trailing spaces
   * dropped) followed by {@code mark}, the whole within {@code maxSeptets}.
   */
  public static String cut(String text, int maxSeptets, String mark) {
    if (septets(text) <= maxSeptets) {
      return text;
    }
    int room = maxSeptets - septets(mark);
    if (room <= 0) {
      return head(text, Math.max(0, maxSeptets));
    }
    return head(text, room).stripTrailing() + mark;
  }

  public static Cost cost(String text) {
    if (fits(text)) {
      int units = septets(text);
      return new Cost(Encoding.GSM7, units, segments(units, SINGLE_GSM, MULTI_GSM));
    }
    int units = text.length();
    return new Cost(Encoding.UCS2, units, segments(units, SINGLE_UCS2, MULTI_UCS2));
  }

  private static int segments(int units, int single, int multi) {
    if (units <= single) {
      return 1;
    }
    return (units + multi - 1) / multi;
  }

  /** Replaces French (and typographic) characters outside GSM-7; leaves everything else as is. */
  public static String transliterate(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String r = isGsm(c) || c >= REPLACEMENT.length ? null : REPLACEMENT[c];
      if (r != null && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        out.append(r != null ? r : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Transliterates, then drops whatever is still outside GSM-7 (emoji, other scripts): for USSD
   * screens, which must be pure GSM-7.
   */
  public static String strict(String text) {
    if (fits(text)) {
      return text; // most texts: one pass, nothing to replace
    }
    String t = transliterate(text);
    if (fits(t)) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    t.codePoints().forEach(cp -> out.append(Character.isBmpCodePoint(cp) && isGsm((char) cp) ? (char) cp : base(cp)));
    return out.toString();
  }

  /** The letter under an accent when it is in GSM-7 (ş, ğ, ǹ: s, g, n), else '?'. */
  private static char base(int cp) {
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
    char first = decomposed.charAt(0);
    return decomposed.length() > 1 && isGsm(first) && Character.isLetter(first) ? first : '?';
  }
}
