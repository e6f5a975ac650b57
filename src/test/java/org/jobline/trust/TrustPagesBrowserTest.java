package org.jobline.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobline.admin.AdminServer;
import org.jobline.admin.Browser;
import org.jobline.alert.Alerts;
import org.jobline.partner.PartnerKeys;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Issue 21's admin pages in a real Chromium: usable at 360 px, no axe-core violation, the buttons work. */
class TrustPagesBrowserTest {
  @TempDir
  static Path tmp;
  static AdminServer server;
  static Browser browser;
  static String held;
  static String reported;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = AdminServer.start(tmp, Map.of("JOBLINE_OUTBOX_POLL_MS", "60000"));
    server.user("amah", "admin", null);
    var vacancies = Alerts.vacancyService(server.gateway.context());
    var partner = AdminServer.await(new PartnerKeys(server.gateway.context().store()).addPartner("Emplois Express", "t"))
        .partner();
    Actor p = Actor.partner(partner.id(), partner.name());
    Vacancy v = AdminServer.await(vacancies.create(p, new VacancyInput("Soudeur qualifié pour chantier naval au port de Lomé",
        "Frais de dossier 15 000 F à payer à l'entretien, puis formation obligatoire payante de deux semaines.",
        "SOUD", "LOM", "Port autonome, quai 3", "Emplois Express International", "+228 99 00 00 00", 4, null)));
    AdminServer.await(vacancies.open(p, v.ref()));
    held = v.ref();
    Vacancy open = AdminServer.await(vacancies.create(Actor.staff("t"), new VacancyInput("Macon", null, "MACON", "KAR",
        null, "BTP Nord", null, 1, null)));
    AdminServer.await(vacancies.open(Actor.staff("t"), open.ref()));
    reported = open.ref();
    server.write(tx -> {
      long a = Subscribers.register(tx, "+22890123456", "KAR", List.of("MACON"), "fr", "sms").id();
      long b = Subscribers.register(tx, "+22891234567", "KAR", List.of("MACON"), "en", "ussd").id();
      ScamReports.record(tx, a, reported, "On me demande 10 000 F pour le badge", "sms", 1L);
      ScamReports.record(tx, b, reported, "They ask me to pay", "ussd", 2L);
      return null;
    });
    browser = Browser.open(tmp.resolve("chrome"), "http://127.0.0.1:" + server.port());
    browser.signIn("amah", AdminServer.PASSWORD);
  }

  @org.junit.jupiter.api.AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theQueueAtThreeHundredSixtyPixelsThenValidate() throws Exception {
    browser.get("/admin/review");
    assertThat(browser.text("review-" + held)).contains("Frais de dossier").contains("Emplois Express");
    browser.assertAccessible("review");
    browser.screenshot360("trust-review", "review-" + held);
    browser.driver.findElement(By.id("validate-" + held)).click();
    assertThat(browser.text("notice")).contains(held);
    assertThat(server.count("SELECT count(*) FROM vacancies WHERE ref = ? AND status = 'open'", held)).isEqualTo(1);
  }

  @Test
  void theReportsAtThreeHundredSixtyPixelsThenSuspend() throws Exception {
    browser.get("/admin/reports");
    assertThat(browser.text("reported-" + reported)).contains("2");
    browser.assertAccessible("reports");
    browser.screenshot360("trust-reports", "by-vacancy");
    browser.driver.findElement(By.id("suspend-" + reported)).click();
    assertThat(browser.text("notice")).contains(reported);
    assertThat(server.count("SELECT count(*) FROM vacancy_suspensions")).isEqualTo(1);
  }
}
