package org.jobline.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jobline.config.AppConfig.ReferenceDataConfig;
import org.jobline.gsm.Gsm7;
import org.jobline.refdata.Countries;
import org.jobline.refdata.ReferenceDataLoader;
import org.jobline.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

/** An alert for a job abroad names the country, for every country and language, within one GSM-7 SMS. */
class AbroadAlertTextTest {
  static final AlertText TEXT = new AlertText(ReferenceDataLoader.load(
      new ReferenceDataConfig("config/regions.csv", "config/trades.csv", "config/trade-categories.csv")), "*888#", "8888");
  static final String LONG = "Ouvriers agricoles pour la récolte des olives et des agrumes, logés et nourris, contrat saisonnier";

  @Test
  void everyCountryIsNamedAndTheAlertFitsOneSegment() {
    int checked = 0;
    for (String code : Locale.getISOCountries()) {
      for (String lang : new String[] {"fr", "en"}) {
        Vacancy v = new Vacancy(1, "K4821", LONG, null, "AGRI", "LOM", null, "Agence nationale pour l'emploi", null, null,
            40, "2026-12-31", "open", 1L, 1L, 1L, "", code);
        String sms = TEXT.render(lang, v);
        assertThat(Gsm7.septets(sms)).as(sms).isLessThanOrEqualTo(160);
        assertThat(Gsm7.fits(sms)).as(sms).isTrue();
        assertThat(sms).as(code).contains("(" + AlertText.clean(Countries.name(code, lang)) + "):");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(400);
  }

  /**
   * Issues 20 and 21 together: a tagged job abroad, with a verifier, keeps the country head, every tag after the
   * title and the trust line at the end, within one segment, for every country; the title gives way first.
   */
  @Test
  void aTaggedJobAbroadKeepsCountryTagsAndTrustLineForEveryCountry() {
    AlertText named = new AlertText(ReferenceDataLoader.load(new ReferenceDataConfig("config/regions.csv",
        "config/trades.csv", "config/trade-categories.csv")), "*888#", "8888", "Agence nationale pour l'emploi");
    int checked = 0;
    for (String code : Locale.getISOCountries()) {
      Vacancy v = new Vacancy(1, "K4821", LONG, null, "AGRI", "LOM", null, "Agence nationale pour l'emploi", null, null,
          40, "2026-12-31", "open", 1L, 1L, 1L, "firstJob,accessible,womenEncouraged", code);
      for (String lang : new String[] {"fr", "en"}) {
        String sms = named.render(lang, v);
        assertThat(Gsm7.septets(sms)).as(sms).isLessThanOrEqualTo(160);
        assertThat(Gsm7.fits(sms)).as(sms).isTrue();
        String country = AlertText.clean(Countries.name(code, lang));
        assertThat(sms).as(sms).contains("(" + country + "): Ouvriers")
            .contains("INFO K4821")
            .containsPattern(lang.equals("fr") ? "Gratuit\\. Ne payez jamais\\.( Verifie: .*)?$" : "Free\\. Never pay\\.( Verified: .*)?$");
        if (country.length() <= 25) {
          assertThat(sms).as(sms).contains("(" + country + "): Ouvriers agric"); // the title keeps MIN_TITLE characters
        }
        if (country.length() <= 15) {
          assertThat(sms).as(sms).contains(lang.equals("fr") ? "..., 1er emploi" : "..., First job");
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(400);
    Vacancy tunisia = new Vacancy(1, "K4821", "Macon", null, "MACON", "KAR", null, "BTP", null, null, 1, null, "open",
        1L, 1L, 1L, "firstJob,accessible,womenEncouraged", "TN");
    assertThat(named.render("fr", tunisia)).as("the whole of it is 162 characters: the last tag gives way")
        .isEqualTo("Offre K4821 a l'etranger (Tunisie): Macon, 1er emploi, Accessible, BTP, 1 poste. "
            + "Details: INFO K4821 ou *888#. Stop: STOP au 8888. Gratuit. Ne payez jamais.");
    Vacancy longTitle = new Vacancy(1, "K4821", LONG, null, "AGRI", "LOM", null, "Agence", null, null, 1, null, "open",
        1L, 1L, 1L, "firstJob,accessible,womenEncouraged", "TN");
    assertThat(named.render("fr", longTitle)).as("the last tag gives way before the title falls under 20 characters")
        .isEqualTo("Offre K4821 a l'etranger (Tunisie): Ouvriers agricoles..., 1er emploi, Accessible. "
            + "Details: INFO K4821 ou *888#. Stop: STOP au 8888. Gratuit. Ne payez jamais.");
    assertThat(named.render("en", longTitle)).as("English labels are shorter: every tag stays")
        .startsWith("Job K4821 abroad (Tunisia): Ouvriers agricoles pour..., First job, Accessible, Women welcome.");
  }

  @Test
  void aJobAtHomeIsUnchangedAndAJobAbroadDoesNotShowTheRegion() {
    Vacancy home = new Vacancy(1, "K4821", "Maçon", null, "MACON", "KAR", null, "BTP", null, null, 1, null, "open", 1L, 1L, 1L);
    assertThat(TEXT.render("fr", home)).startsWith("Offre K4821: Macon, Kara, BTP");
    Vacancy abroad = new Vacancy(1, "K4821", "Maçon", null, "MACON", "KAR", null, "BTP", null, null, 1, null, "open", 1L, 1L, 1L, "", "TN");
    assertThat(TEXT.render("fr", abroad)).startsWith("Offre K4821 a l'etranger (Tunisie): Macon, BTP");
    assertThat(TEXT.render("en", abroad)).startsWith("Job K4821 abroad (Tunisia): Macon, BTP");
  }
}
