package org.jobline.ussd;

import java.util.List;

/** The only writes the menu makes, each at the last step of a dialogue (an END screen). */
sealed interface Action {
  /** Saves region and trades (1 to 3) and makes the caller active; confirmation SMS; credits the partner of {@code partnerCode} (may be null). */
  record Register(String region, List<String> trades, String partnerCode) implements Action {
    Register(String region, List<String> trades) {
      this(region, trades, null);
    }
  }

  /** Records interest in a vacancy; the contact SMS follows (once per person and vacancy). */
  record Interest(String ref) implements Action {}

  /** "active" or "stopped"; confirmation SMS. */
  record SetStatus(String status) implements Action {}

  /** "fr" or "en". */
  record SetLanguage(String language) implements Action {}

  /** The answer to the consent screen of the optional questions: "yes", "later" or "never". */
  record Consent(String value) implements Action {}

  /** One optional profile answer (a code of the question). */
  record Answer(org.jobline.profile.ProfileQuestion question, String code) implements Action {}

  /** A scam report on vacancy {@code ref} (issue 21); {@code reason} is the text kept for staff. */
  record Report(String ref, String reason) implements Action {}
  /** Offers abroad on or off (issue 21). */
  record SetAbroad(boolean on) implements Action {}

  /** What happened after an interest in vacancy {@code ref}. */
  record Outcome(String ref, org.jobline.followup.Outcome outcome) implements Action {}
}
