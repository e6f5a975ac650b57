package org.jobline.admin.dashboard;

/** Small-number suppression: a count of people under {@link #MIN} is shown as "<5", never as itself. */
final class Cells {
  static final int MIN = 5;
  static final String MASKED = "<" + MIN;

  private Cells() {}

  static String show(long people) {
    return people < MIN ? MASKED : String.valueOf(people);
  }

  /** A share in percent, or "<5" when either count is masked (the share would give the small one away). */
  static String share(long part, long whole) {
    if (part < MIN || whole < MIN) {
      return MASKED;
    }
    return Math.round(100.0 * part / whole) + " %";
  }
}
