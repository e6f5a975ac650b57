package org.jobline.profile;

import java.util.List;
import java.util.Optional;

/**
 * The optional profile questions, in the order they are asked, each with its column and its answer
 * codes in the order of the choices shown (choice 1 is the first code). The one place for these facts:
 * screens, SMS, storage and the reach figures all read them here.
 */
public enum ProfileQuestion {
  AGE("age_band", List.of("15-24", "25-34", "35-44", "45+")),
  SEX("sex", List.of("woman", "man", "undisclosed")),
  DISABILITY("disability", List.of("yes", "no", "undisclosed")),
  SCHOOLING("schooling", List.of("none", "primary", "secondary", "vocational", "higher"));

  private final String column;
  private final List<String> codes;

  ProfileQuestion(String column, List<String> codes) {
    this.column = column;
    this.codes = codes;
  }

  public String column() {
    return column;
  }

  public List<String> codes() {
    return codes;
  }

  /** The lower-case name used in message keys and in profile_answers.pending ("age", "sex"...). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The question asked after this one, if any. */
  public Optional<ProfileQuestion> next() {
    int i = ordinal() + 1;
    return i < values().length ? Optional.of(values()[i]) : Optional.empty();
  }

  /** The code of choice {@code n} (1-based), if there is one. */
  public Optional<String> code(int n) {
    return n >= 1 && n <= codes.size() ? Optional.of(codes.get(n - 1)) : Optional.empty();
  }

  public static Optional<ProfileQuestion> byKey(String key) {
    for (ProfileQuestion q : values()) {
      if (q.key().equals(key)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
