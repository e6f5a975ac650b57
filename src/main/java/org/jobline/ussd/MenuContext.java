package org.jobline.ussd;

import java.util.Optional;
import org.jobline.refdata.ReferenceData;
import org.jobline.subscriber.Subscriber;

/** Everything a screen depends on besides the inputs: profile, open vacancies, reference data, texts. */
record MenuContext(Optional<Subscriber> profile, OpenVacancies.Snapshot vacancies, ReferenceData refData,
                   UssdTexts texts, String language, String shortCode, String serviceCode) {
  boolean registered() {
    return profile.map(Subscriber::registered).orElse(false);
  }

  String t(String key, Object... args) {
    return texts.get(language, key, args);
  }
}
