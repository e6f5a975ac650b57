package org.jobline.migration;

/** A licensed private recruitment agency: licence number, name, contact (may be null), where it came from. */
public record Recruiter(long id, String licence, String name, String contact, String source, long createdAt) {
  /** Lookup keys: folded (lower case, no accents), letters and digits only, single spaces. */
  static String key(String s) {
    return org.jobline.text.Fold.fold(s).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** A licence's key: letters and digits only ("AE/2023-015" and "ae 2023 015" match). */
  static String licenceKey(String s) {
    return key(s).replace(" ", "");
  }
}
