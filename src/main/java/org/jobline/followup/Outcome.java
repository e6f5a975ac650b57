package org.jobline.followup;

import java.util.List;
import java.util.Optional;

/** What a job-seeker says happened after an interest, in the order of the choices (1 Embauche ... 4 Pas interesse). */
public enum Outcome {
  HIRED("hired"), INTERVIEW("interview"), NO_NEWS("no_news"), NOT_INTERESTED("not_interested");

  private final String code;

  Outcome(String code) {
    this.code = code;
  }

  /** The stored value (followups.answer) and the message key suffix. */
  public String code() {
    return code;
  }

  /** Answers after which no later follow-up is sent. */
  public boolean last() {
    return this == HIRED || this == NOT_INTERESTED;
  }

  public static List<Outcome> choices() {
    return List.of(values());
  }

  /** Choice {@code n} (1-based). */
  public static Optional<Outcome> choice(int n) {
    return n >= 1 && n <= values().length ? Optional.of(values()[n - 1]) : Optional.empty();
  }
}
