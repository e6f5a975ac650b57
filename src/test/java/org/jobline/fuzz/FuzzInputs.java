package org.jobline.fuzz;

import java.util.List;
import java.util.Random;

/** Seeded hostile and careless inputs: junk, Unicode, extension characters, patterns, huge and empty values. */
final class FuzzInputs {
  static final List<String> SENTINELS = List.of("+22899000001", "+22899000002", "+22899000003");
  private static final String[] NASTY = {
      "", " ", "{0}{1}", "{2}", "%s%n", "${jndi:x}", "' OR 1=1 --", "\"; DROP TABLE subscribers; --", "<script>x</script>",
      "\r\nSet-Cookie: x=1", "\u0000", "\uFEFF", "{}[]~|^\\€", "€€€€€€€€€€", "Ağbodrafo ş", "漢字テキスト", "😀😀", "\uD800",
      "STOP", "stop " + SENTINELS.get(0), "ARRET", "START", "INSCRIRE macon kara", "JOIN plumber lome", "OFFRES", "JOBS",
      "INFO K1234", "POSTULER K0000", "PROFIL", "LANGUE EN", "AIDE", "90 00 00 00", "+228 99 00 00 01", SENTINELS.get(1),
      "1", "2", "98", "0", "00", "*", "**", "1*1*1*1", "-1", "99999999999999999999", "NaN", "null", "true", "[]", "{}",
  };
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 *#+-_.,;:!?'\"{}[]~|^\\€éèàçœ’«»\t\r\n%&=";
  private final Random random;

  FuzzInputs(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A value of any sort: a nasty one, random characters, a long run, or several glued together. */
  String text() {
    return switch (random.nextInt(6)) {
      case 0, 1 -> NASTY[random.nextInt(NASTY.length)];
      case 2 -> chars(random.nextInt(40));
      case 3 -> NASTY[random.nextInt(NASTY.length)] + " " + chars(random.nextInt(20)) + NASTY[random.nextInt(NASTY.length)];
      case 4 -> chars(1) .repeat(random.nextInt(3000));
      default -> random.nextInt(1000) < 3 ? "x".repeat(12_000) : Integer.toString(random.nextInt(100));
    };
  }

  String chars(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(chance(0.05) ? (char) random.nextInt(0xD7FF) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** A sender: mostly a well-formed number of the fuzz range (never a sentinel: they only appear inside texts), sometimes junk. */
  String phone() {
    return switch (random.nextInt(8)) {
      case 0 -> chars(random.nextInt(20));
      case 1 -> "90 " + (10 + random.nextInt(80)) + " 00 0" + random.nextInt(10);
      case 2 -> "";
      default -> "+2289100" + String.format("%04d", random.nextInt(300));
    };
  }

  /** A USSD {@code text}: a path of menu choices (so deep screens are reached), sometimes with junk. */
  String ussdPath() {
    int depth = random.nextInt(10);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (i > 0) {
        b.append('*');
      }
      b.append(chance(0.85) ? pick(List.of("1", "2", "3", "4", "5", "6", "7", "8", "1", "2", "1", "98", "0", "00", ""))
          : text());
    }
    return b.toString();
  }
}
