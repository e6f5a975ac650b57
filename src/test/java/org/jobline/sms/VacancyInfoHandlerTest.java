package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobline.config.AppConfig.ReferenceDataConfig;
import org.jobline.config.AppConfig.SmsConfig;
import org.jobline.gsm.Gsm7;
import org.jobline.outbox.Outbox;
import org.jobline.refdata.ReferenceDataLoader;
import org.jobline.vacancy.Vacancy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** INFO's text: the whole vacancy, trimmed (description first) to two segments whatever the content. */
class VacancyInfoHandlerTest {
  private static VacancyInfoHandler handler(boolean transliterate) {
    return new VacancyInfoHandler(ReferenceDataLoader.load(new ReferenceDataConfig("config/regions.csv",
        "config/trades.csv", "config/trade-categories.csv")),
        new Outbox(new SmsConfig("8888", transliterate, 15, "XOF", 20, 24)));
  }

  private static Vacancy vacancy(String title, String description, String contact) {
    return new Vacancy(1, "K4821", title, description, "MACON", "KAR", "Bafilo", "BTP Kara SARL", contact, null, 3,
        "2026-12-31", "open", 1L, 1, 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "short, GSM-7           | true  | Travail sur chantier.                  | 1 | GSM7",
      "long French            | true  | Chantier à Bafilo, logement fourni, être ponctuel. | 12 | GSM7",
      "emoji trimmed away     | true  | Chantier 👷 logement fourni, repas à midi. | 8 | GSM7",
      "no transliteration     | false | Maçon être ponctuel, fiable et sérieux. | 10 | UCS2",
      "no description         | true  | ''                                     | 0 | GSM7"})
  void staysWithinTwoSegments(String label, boolean transliterate, String sentence, int repeat, String encoding) {
    String description = sentence.isEmpty() ? null : (sentence + " ").repeat(repeat);
    String text = handler(transliterate).fit(vacancy("Maçon qualifié", description, "+22890998877"), "fr");
    String sent = transliterate ? Gsm7.transliterate(text) : text;
    Gsm7.Cost cost = Gsm7.cost(sent);
    assertThat(cost.segments()).as(text).isLessThanOrEqualTo(2);
    assertThat(cost.encoding().name()).isEqualTo(encoding);
    assertThat(text).startsWith("K4821: Maçon qualifié, BTP Kara SARL, Bafilo (Kara).")
        .contains("Postes: 3", "2026-12-31", "Contact: +22890998877", "POSTULER K4821");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, l'agence", "en, agency"})
  void aVacancyWithoutContactSaysWhoWillCall(String language, String expected) {
    assertThat(handler(true).fit(vacancy("Macon", "Court.", null), language)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "fr | K4821: Maçon qualifié (1er emploi, Accessible, Femmes bienvenues), BTP Kara SARL",
      "en | K4821: Maçon qualifié (First job, Accessible, Women welcome), BTP Kara SARL"})
  void tagsFollowTheTitle(String language, String expected) {
    Vacancy tagged = new Vacancy(1, "K4821", "Maçon qualifié", "Chantier. ".repeat(40), "MACON", "KAR", "Bafilo",
        "BTP Kara SARL", "+22890998877", null, 3, "2026-12-31", "open", 1L, 1, 1, "womenEncouraged,accessible,firstJob", null);
    String text = handler(true).fit(tagged, language);
    assertThat(text).startsWith(expected).contains(" K4821", "Contact: +22890998877");
    assertThat(Gsm7.cost(Gsm7.transliterate(text)).segments()).isLessThanOrEqualTo(2);
  }
}
