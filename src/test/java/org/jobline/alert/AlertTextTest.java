package org.jobline.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.gsm.Gsm7;
import org.jobline.outbox.Outbox;
import org.jobline.refdata.ReferenceData;
import org.jobline.refdata.ReferenceDataLoader;
import org.jobline.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

/** Alert SMS: one GSM-7 segment whatever the vacancy's fields, with ref, details and stop instructions. */
class AlertTextTest {
  static final AppConfig CONFIG = new ConfigLoader().load(null, Map.of("JOBLINE_STORE_PATH",
      Path.of("target", "unused.db").toString()));
  static final ReferenceData RD = ReferenceDataLoader.load(CONFIG.referenceData());
  static final AlertText TEXT = new AlertText(RD, CONFIG.ussd().serviceCode(), CONFIG.sms().shortCode());
  static final AlertText NAMED = new AlertText(RD, CONFIG.ussd().serviceCode(), CONFIG.sms().shortCode(), "ANPE Kara");
  static final String[] WORDS = {"Maçon", "qualifié", "très", "expérimenté", "chantier", "Lomé", "Kpalimé",
      "Société", "Générale", "d'Électricité", "œuvre", "« urgent »", "Côte", "Îlot", "Bâtiment", "€",
      "[équipe]", "😀", "中文", "Ferrailleur-coffreur", "Supercalifragilisticexpialidocious", "NGO", "&", "ç"};

  @Test
  void aThousandVacanciesWithLongFieldsAllFitOneSegmentInBothLanguages() {
    Random random = new Random(42);
    Outbox outbox = new Outbox(CONFIG.sms());
    for (int i = 0; i < 1000; i++) {
      Vacancy v = vacancy(random, i);
      for (String lang : new String[] {"fr", "en"}) {
        String sms = outbox.prepare(TEXT.render(lang, v));
        assertThat(Gsm7.fits(sms)).as(sms).isTrue();
        assertThat(Gsm7.septets(sms)).as(sms).isLessThanOrEqualTo(160);
        assertThat(Gsm7.cost(sms).segments()).isEqualTo(1);
        assertThat(sms).as(sms).startsWith(lang.equals("fr") ? "Offre " + v.ref() : "Job " + v.ref())
            .contains("INFO " + v.ref()).contains("*888#").contains("STOP").contains("8888");
        assertThat(sms.length()).as(sms).isGreaterThan(60);
        String named = outbox.prepare(NAMED.render(lang, v));
        assertThat(Gsm7.septets(named)).as(named).isLessThanOrEqualTo(160);
        assertThat(named).as(named).contains(lang.equals("fr") ? "Gratuit. Ne payez jamais." : "Free. Never pay.");
      }
    }
  }

  @Test
  void aShortVacancyShowsEveryPartInOrder() {
    Vacancy v = new Vacancy(1, "K4821", "Maçon", null, "MACON", "LOM", "Agoè", "BTP Sarl", null, null, 3,
        "2026-07-15", "open", 0L, 0, 0);
    assertThat(TEXT.render("fr", v)).isEqualTo("Offre K4821: Macon, Agoè, BTP Sarl, 3 postes, avant le 15/07. "
        + "Details: INFO K4821 ou *888#. Stop: STOP au 8888. Gratuit. Ne payez jamais.");
    assertThat(TEXT.render("en", v)).isEqualTo("Job K4821: Macon, Agoè, BTP Sarl, 3 positions, apply by 15/07. "
        + "Details: INFO K4821 or *888#. Stop: STOP to 8888. Free. Never pay.");
    assertThat(NAMED.render("fr", v)).isEqualTo("Offre K4821: Macon, Agoè, BTP Sarl, 3 postes, avant le 15/07. "
        + "Details: INFO K4821 ou *888#. Stop: STOP au 8888. Gratuit. Ne payez jamais. Verifie: ANPE Kara");
    assertThat(NAMED.render("en", v)).endsWith("STOP to 8888. Free. Never pay. Verified: ANPE Kara");
  }

  /** Issue 21: the trust line always ends the alert; the verifier's name goes before the title gets short. */
  @Test
  void theTrustLineIsNeverDroppedAndTheVerifierOnlyWhenTheTitleKeepsRoom() {
    String longTitle = "Chauffeur poids lourds pour transport de marchandises entre Lomé et Ouagadougou avec permis C";
    Vacancy v = new Vacancy(1, "A1234", longTitle, null, "CHAUF", "KAR", "Kara centre ville quartier Tomdè",
        "Société Générale des Transports du Nord Togo", null, null, 12, "2026-12-31", "open", 0L, 0, 0);
    for (String lang : new String[] {"fr", "en"}) {
      String named = NAMED.render(lang, v);
      assertThat(Gsm7.septets(named)).as(named).isLessThanOrEqualTo(160);
      assertThat(named).as(named).endsWith(lang.equals("fr") ? "Ne payez jamais. Verifie: ANPE Kara" : "Never pay. Verified: ANPE Kara")
          .contains("Chauffeur poids lourds");
      String body = named.substring(named.indexOf(": ") + 2, named.indexOf(". Details"));
      String title = body.contains(", ") ? body.substring(0, body.indexOf(", ")) : body;
      assertThat(Gsm7.septets(title)).as(named).isGreaterThanOrEqualTo(AlertText.MIN_TITLE_WITH_VERIFIER);
    }
    AlertText longName = new AlertText(RD, "*888#", "8888", "Agence Nationale Pour l'Emploi");
    Vacancy wordy = new Vacancy(1, "A1234", longTitle + " " + longTitle, null, "CHAUF", "KAR", null, "TN", null, null, 1,
        null, "open", 0L, 0, 0);
    String sms = longName.render("fr", wordy);
    assertThat(Gsm7.septets(sms)).as(sms).isLessThanOrEqualTo(160);
    assertThat(sms).as("the name gives way, the trust line stays").endsWith("Gratuit. Ne payez jamais.")
        .doesNotContain("Verifie");
  }

  @Test
  void tagsAreShownInAFewCharactersEvenWhenTheTitleMustGiveWay() {
    Vacancy v = new Vacancy(1, "K4821", "Maçon", null, "MACON", "LOM", "Agoè", "BTP Sarl", null, null, 3,
        "2026-07-15", "open", 0L, 0, 0, "womenEncouraged,firstJob", null);
    assertThat(TEXT.render("fr", v)).startsWith("Offre K4821: Macon, 1er emploi, Femmes bienvenues, Agoè");
    assertThat(TEXT.render("en", v)).startsWith("Job K4821: Macon, First job, Women welcome, Agoè");
    String title = "Chauffeur poids lourds pour transport de marchandises entre Lomé et Ouagadougou avec "
        + "permis C et expérience de cinq ans minimum";
    Vacancy all = new Vacancy(1, "A1234", title, null, "CHAUF", "KAR", null, "Transports du Nord", null, null, 1,
        null, "open", 0L, 0, 0, "firstJob,accessible,womenEncouraged", null);
    for (String lang : new String[] {"fr", "en"}) {
      String sms = TEXT.render(lang, all);
      assertThat(Gsm7.septets(sms)).as(sms).isLessThanOrEqualTo(160);
      assertThat(sms).as(sms).contains("Chauffeur").contains("...").contains(lang.equals("fr")
          ? "1er emploi, Accessible, Femmes bienvenues" : "First job, Accessible, Women welcome");
      assertThat(Gsm7.fits(sms)).as(sms).isTrue();
    }
  }

  @Test
  void withoutPlaceTheRegionNameIsShownAndALongTitleIsCutAtAWord() {
    String title = "Chauffeur poids lourds pour transport de marchandises entre Lomé et Ouagadougou avec "
        + "permis C et expérience de cinq ans minimum";
    Vacancy v = new Vacancy(1, "A1234", title, null, "CHAUF", "KAR", null, "Transports du Nord", null, null, 1,
        null, "open", 0L, 0, 0);
    String sms = TEXT.render("fr", v);
    assertThat(sms).contains("Chauffeur poids lourds").contains("...").doesNotContain("minimum");
    assertThat(Gsm7.septets(sms)).isLessThanOrEqualTo(160);
    String shortTitle = TEXT.render("en", new Vacancy(1, "A1234", "Driver", null, "CHAUF", "KAR", null, "TN", null,
        null, 1, null, "open", 0L, 0, 0));
    assertThat(shortTitle).contains("Driver, Kara, TN, 1 position.");
  }

  private static Vacancy vacancy(Random random, int i) {
    String ref = "ACDEFGHJKLMNPRTUVWXY".charAt(i % 20) + String.format("%04d", random.nextInt(10_000));
    return new Vacancy(i, ref, words(random, 3 + random.nextInt(40)), words(random, 50), "MACON",
        RD.regions().get(random.nextInt(RD.regions().size())).code(),
        random.nextBoolean() ? words(random, 1 + random.nextInt(12)) : null, words(random, 1 + random.nextInt(15)),
        words(random, 10), null, 1 + random.nextInt(500), random.nextBoolean() ? "2026-12-31" : null, "open", 0L, 0, 0);
  }

  private static String words(Random random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : random.nextInt(10) == 0 ? "\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
