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

  @Test
  void aJobAtHomeIsUnchangedAndAJobAbroadDoesNotShowTheRegion() {
    Vacancy home = new Vacancy(1, "K4821", "Maçon", null, "MACON", "KAR", null, "BTP", null, null, 1, null, "open", 1L, 1L, 1L);
    assertThat(TEXT.render("fr", home)).startsWith("Offre K4821: Macon, Kara, BTP");
    Vacancy abroad = new Vacancy(1, "K4821", "Maçon", null, "MACON", "KAR", null, "BTP", null, null, 1, null, "open", 1L, 1L, 1L, "", "TN");
    assertThat(TEXT.render("fr", abroad)).startsWith("Offre K4821 a l'etranger (Tunisie): Macon, BTP");
    assertThat(TEXT.render("en", abroad)).startsWith("Job K4821 abroad (Tunisia): Macon, BTP");
  }
}
