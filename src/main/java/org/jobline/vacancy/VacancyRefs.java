package org.jobline.vacancy;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** Short references people type on a phone: one unambiguous capital letter and 4 digits (K4821). */
public final class VacancyRefs {
  /** No I, O, Q (read as 1, 0), no B, S, Z (read as 8, 5, 2). */
  static final String LETTERS = "ACDEFGHJKLMNPRTUVWXY";
  private final RandomGenerator random;

  public VacancyRefs() {
    this(new SecureRandom());
  }

  public VacancyRefs(RandomGenerator random) {
    this.random = random;
  }

  public String next() {
    return LETTERS.charAt(random.nextInt(LETTERS.length())) + String.format("%04d", random.nextInt(10_000));
  }

  /** True when {@code text} has the shape of a reference (any case). */
  public static boolean looksLikeRef(String text) {
    return text != null && text.strip().matches("(?i)[" + LETTERS + "]\\d{4}");
  }
}
