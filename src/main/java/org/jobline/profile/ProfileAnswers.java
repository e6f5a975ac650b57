package org.jobline.profile;

import java.util.EnumMap;
import java.util.Map;

/**
 * One person's optional answers: the consent ("yes", "later", "never", or null when never asked), the
 * answer code per question (absent = not given) and the question an SMS digit answers ({@code pending},
 * "consent", a question key, or null).
 */
public record ProfileAnswers(String consent, Map<ProfileQuestion, String> answers, String pending) {
  public static final ProfileAnswers NONE = new ProfileAnswers(null, Map.of(), null);
  public static final String PENDING_CONSENT = "consent";

  public ProfileAnswers {
    answers = answers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(answers));
  }

  /** "Jamais": never asked again unless the person opens the questions from the profile menu. */
  public boolean refused() {
    return "never".equals(consent);
  }

  /** True when the consent screen follows a registration: never asked, or "Plus tard". */
  public boolean askAfterRegistration() {
    return consent == null || "later".equals(consent);
  }

  public String answer(ProfileQuestion q) {
    return answers.get(q);
  }
}
