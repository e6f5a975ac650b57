package org.jobline.ussd;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jobline.followup.Application;
import org.jobline.migration.MigrationTexts;
import org.jobline.profile.ProfileAnswers;
import org.jobline.refdata.ReferenceData;
import org.jobline.subscriber.Subscriber;

/**
 * Everything a screen depends on besides the inputs: profile, open vacancies, reference data, texts,
 * the optional answers, the vacancies the caller was interested in and the partners' referral codes (all as read
 * at session start; the codes only for a first registration), whether the caller opted in to offers abroad, and
 * the agency's safe-migration texts.
 */
record MenuContext(Optional<Subscriber> profile, OpenVacancies.Snapshot vacancies, ReferenceData refData,
                   UssdTexts texts, String language, String shortCode, String serviceCode, ProfileAnswers answers,
                   List<Application> applications, Set<String> partnerCodes, boolean abroad, MigrationTexts migration) {
  /** Not opted in to offers abroad, with the shipped safe-migration texts. */
  MenuContext(Optional<Subscriber> profile, OpenVacancies.Snapshot vacancies, ReferenceData refData,
              UssdTexts texts, String language, String shortCode, String serviceCode, ProfileAnswers answers,
              List<Application> applications, Set<String> partnerCodes) {
    this(profile, vacancies, refData, texts, language, shortCode, serviceCode, answers, applications, partnerCodes,
        false, MigrationTexts.of("config/migration"));
  }

  MenuContext(Optional<Subscriber> profile, OpenVacancies.Snapshot vacancies, ReferenceData refData,
              UssdTexts texts, String language, String shortCode, String serviceCode) {
    this(profile, vacancies, refData, texts, language, shortCode, serviceCode, ProfileAnswers.NONE, List.of(), Set.of());
  }

  /** No partner codes, not opted in to offers abroad, with the shipped safe-migration texts. */
  MenuContext(Optional<Subscriber> profile, OpenVacancies.Snapshot vacancies, ReferenceData refData,
              UssdTexts texts, String language, String shortCode, String serviceCode, ProfileAnswers answers,
              List<Application> applications) {
    this(profile, vacancies, refData, texts, language, shortCode, serviceCode, answers, applications, Set.of());
  }

  boolean registered() {
    return profile.map(Subscriber::registered).orElse(false);
  }

  String t(String key, Object... args) {
    return texts.get(language, key, args);
  }
}
