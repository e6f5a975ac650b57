package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobline.alert.Alerts;
import org.jobline.gsm.Gsm7;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyService;
import org.jobline.vacancy.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 points 3-4 by SMS, end to end: ETRANGER/ABROAD opt-in, alerts and OFFRES abroad only for those who
 * opted in (with the country), staff-only publication abroad, MIGRATION screens, VERIF against the registry.
 */
@ExtendWith(VertxExtension.class)
class AbroadSmsTest {
  static final String AMA = "+22890112233";
  static final String KOFI = "+22891445566";
  static final String JOHN = "+22892778899";

  @TempDir
  Path dir;
  SmsTestGateway gw;
  VacancyService vacancies;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    Path recruiters = dir.resolve("recruiters.csv");
    Files.writeString(recruiters, """
        licence,name,contact
        AGR-TG-2024-001,Société Afrique Emploi International,Lomé - 22 00 00 01
        AGR-TG-2024-002,Sahel Recrutement,
        """);
    gw = SmsTestGateway.start(vertx, dir, Map.of("JOBLINE_ALERTS_QUIET_HOURS", "off",
        "JOBLINE_REFERENCE_DATA_RECRUITERS", recruiters.toString()));
    vacancies = Alerts.vacancyService(gw.gateway.context());
  }

  @AfterEach
  void stop() throws Exception {
    gw.stop();
  }

  private Vacancy open(Actor actor, String title, String country) throws Exception {
    Vacancy v = SmsTestGateway.await(vacancies.create(actor,
        new VacancyInput(title, null, "MACON", "KAR", null, "Agence nationale", "90000000", 2, null, null, country)));
    SmsTestGateway.await(vacancies.open(actor, v.ref()));
    for (int i = 0; i < 200; i++) {
      if (gw.count("SELECT COUNT(*) FROM vacancies WHERE id = ? AND fanout_state = 'done'", v.id()) == 1) {
        return v;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("fan-out of " + v.ref() + " did not finish");
  }

  private List<SmsTestGateway.Sent> alerts(String phone, Vacancy v) throws Exception {
    return gw.sentTo(phone).stream().filter(s -> "alert".equals(s.kind()) && v.id() == s.vacancyId()).toList();
  }

  /** The last reply to {@code phone}, checked to be one GSM-7 segment. */
  private String reply(String phone, String text) throws Exception {
    gw.sms(phone, text);
    List<SmsTestGateway.Sent> sent = gw.sentTo(phone);
    SmsTestGateway.Sent last = sent.get(sent.size() - 1);
    assertThat(last.encoding()).as(last.text()).isEqualTo("GSM7");
    assertThat(last.segments()).as(last.text()).isEqualTo(1);
    assertThat(Gsm7.septets(last.text())).as(last.text()).isLessThanOrEqualTo(160);
    return last.text();
  }

  @Test
  void onlyThoseWhoOptedInGetAnOfferAbroadWithItsCountryAndSeeItInOffres() throws Exception {
    gw.sms(AMA, "INSCRIRE macon kara");
    gw.sms(KOFI, "INSCRIRE macon kara");
    assertThat(reply(AMA, "etranger oui")).contains("offres a l'etranger").contains("VERIF");
    Vacancy home = open(Actor.staff("agent"), "Macon villa", null);
    Vacancy abroad = open(Actor.staff("agent"), "Macon chantier naval", "Tunisie");
    assertThat(abroad.country()).isEqualTo("TN");

    assertThat(alerts(AMA, home)).hasSize(1);
    assertThat(alerts(KOFI, home)).hasSize(1);
    assertThat(alerts(KOFI, abroad)).as("not opted in: no alert abroad").isEmpty();
    List<SmsTestGateway.Sent> amaAbroad = alerts(AMA, abroad);
    assertThat(amaAbroad).hasSize(1);
    assertThat(amaAbroad.get(0).text()).startsWith("Offre " + abroad.ref() + " a l'etranger (Tunisie):");
    assertThat(amaAbroad.get(0).segments()).isEqualTo(1);

    assertThat(reply(KOFI, "OFFRES")).contains(home.ref()).doesNotContain(abroad.ref());
    assertThat(reply(AMA, "OFFRES")).contains(home.ref()).contains(abroad.ref() + " Macon chantier naval (Tunisie)");
    assertThat(reply(AMA, "INFO " + abroad.ref())).contains("Tunisie");

    assertThat(reply(AMA, "ETRANGER NON")).contains("ne recevrez plus");
    Vacancy later = open(Actor.staff("agent"), "Macon port", "TN");
    assertThat(alerts(AMA, later)).as("opted out again").isEmpty();
    assertThat(reply(AMA, "OFFRES")).doesNotContain(abroad.ref());
  }

  @Test
  void aNewRegistrationIsWelcomedWithOffersAbroadOnlyAfterOptingIn() throws Exception {
    Vacancy abroad = open(Actor.staff("agent"), "Macon chantier", "Maroc");
    gw.sms(KOFI, "INSCRIRE macon kara");
    assertThat(alerts(KOFI, abroad)).isEmpty();
    gw.sms(AMA, "ETRANGER OUI");
    gw.sms(AMA, "INSCRIRE macon kara");
    assertThat(alerts(AMA, abroad)).hasSize(1);
    assertThat(alerts(AMA, abroad).get(0).text()).contains("(Maroc)");
  }

  @Test
  void anOfferBroughtHomeWhileOpenReachesEveryoneElse() throws Exception {
    gw.sms(AMA, "INSCRIRE macon kara");
    gw.sms(KOFI, "INSCRIRE macon kara");
    gw.sms(AMA, "ETRANGER OUI");
    Vacancy v = open(Actor.staff("agent"), "Macon", "SN");
    assertThat(alerts(KOFI, v)).isEmpty();
    SmsTestGateway.await(vacancies.edit(Actor.staff("agent"), v.ref(), VacancyInput.EMPTY.withCountry("TG")));
    for (int i = 0; i < 200 && alerts(KOFI, v).isEmpty(); i++) {
      Thread.sleep(25);
    }
    assertThat(alerts(KOFI, v)).hasSize(1);
    assertThat(alerts(AMA, v)).as("alerted once").hasSize(1);
  }

  @Test
  void onlyAgencyStaffPublishAbroad() throws Exception {
    Actor partnerActor = Actor.partner(1, "p");
    assertThatThrownBy(() -> SmsTestGateway.await(vacancies.create(partnerActor,
        new VacancyInput("Macon", null, "MACON", "KAR", null, "BTP", null, 1, null, null, "TN"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("only agency staff");
    assertThatThrownBy(() -> SmsTestGateway.await(vacancies.create(Actor.staff("agent"),
        new VacancyInput("Macon", null, "MACON", "KAR", null, "BTP", null, 1, null, null, "Atlantide"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Atlantide");
    Vacancy home = SmsTestGateway.await(vacancies.create(Actor.staff("agent"),
        new VacancyInput("Macon", null, "MACON", "KAR", null, "BTP", null, 1, null, null, "togo")));
    assertThat(home.country()).as("the deployment's own country is home").isNull();
  }

  @Test
  void migrationScreensInFrenchAndEnglish() throws Exception {
    String intro = reply(AMA, "MIGRATION");
    assertThat(intro).startsWith("Travailler a l'etranger: 1 Vos droits, 2 Documents").contains("MIGRATION 1");
    assertThat(reply(AMA, "migration 3")).contains("VERIF").contains("SIGNALER");
    assertThat(reply(AMA, "MIGRATION 9")).isEqualTo(intro);
    gw.sms(JOHN, "JOIN mason Kara");
    assertThat(reply(JOHN, "MIGRATION")).startsWith("Working abroad: 1 Your rights");
    assertThat(reply(JOHN, "MIGRATION 4")).contains("migration desk");
    assertThat(reply(JOHN, "abroad yes")).contains("offers abroad");
    assertThat(reply(JOHN, "ABROAD")).contains("offers abroad: on");
  }

  @Test
  void verifAnswersFromTheRegistryWhateverTheAccentsAndCase() throws Exception {
    assertThat(reply(AMA, "VERIF societe afrique EMPLOI")).contains("Société Afrique Emploi")
        .contains("agree").contains("AGR-TG-2024-001").contains("SIGNALER");
    assertThat(reply(AMA, "VERIF " + "tres long nom ".repeat(10))).contains("n'est pas un recruteur agree");
    assertThat(reply(AMA, "verif agr-tg-2024-002")).contains("Sahel Recrutement").contains("AGR-TG-2024-002");
    assertThat(reply(AMA, "VERIF Voyages Eldorado")).contains("n'est pas un recruteur agree").contains("SIGNALER");
    assertThat(reply(AMA, "VERIF")).contains("VERIF et le nom");
    gw.sms(JOHN, "JOIN mason Kara");
    assertThat(reply(JOHN, "VERIFY Eldorado Travel")).contains("not a licensed recruiter").contains("REPORT");
    assertThat(reply(JOHN, "verify sahel")).contains("licensed recruiter, licence AGR-TG-2024-002");
    assertThat(gw.count("SELECT COUNT(*) FROM audit_log WHERE action = 'recruiter.add'")).isEqualTo(2);
  }

  @Test
  void helpHasASecondPageWithTheTrustAndMigrationKeywords() throws Exception {
    assertThat(reply(AMA, "AIDE")).startsWith("Jobline: INSCRIRE").endsWith("AIDE 2: plus");
    assertThat(reply(AMA, "aide 2")).startsWith("Jobline (2):").contains("SIGNALER").contains("ETRANGER OUI/NON")
        .contains("MIGRATION").contains("VERIF");
    assertThat(reply(JOHN, "HELP")).endsWith("HELP 2: more");
    assertThat(reply(JOHN, "help 2")).contains("REPORT").contains("ABROAD YES/NO").contains("VERIFY");
    assertThat(reply(JOHN, "help 7")).as("any other page: the first").startsWith("Jobline: JOIN");
  }
}
