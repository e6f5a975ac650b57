package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.jobline.followup.FollowUps;
import org.jobline.followup.Outcome;
import org.jobline.partner.Referrals;
import org.jobline.profile.Answers;
import org.jobline.profile.ProfileQuestion;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reach page over HTTP on a real gateway: people counted by region, trade, age, sex, disability and partner,
 * every cell under 5 people shown "<5" (page and CSV), the period and partner filters, and a partner's own view.
 */
class ReachHttpTest {
  @TempDir
  Path tmp;
  AdminServer server;
  AdminClient staff;
  long espoir;
  long other;

  @BeforeEach
  void start() {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    espoir = server.partner("ONG Espoir");
    other = server.partner("Centre Avenir");
    server.user("espoir", "partner", espoir);
    server.write(this::seed);
    staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /**
   * Kara: 7 people brought by ONG Espoir (6 women, 1 man, all answered, age 15-24), all alerted (delivered), 6
   * interested; staff marked 2 hired and 3 called, and 1 more said "hired" by SMS; the alert SMS of 6 delivered. Grand Lome: 3 people, no partner, no answers.
   */
  private Void seed(Tx tx) throws java.sql.SQLException {
    try (PreparedStatement p = tx.jdbc().prepareStatement("INSERT INTO vacancies (ref, title, trade, region, employer, status)"
        + " VALUES ('K4821', 'Macon', 'MACON', 'KAR', 'BTP', 'open')")) {
      p.executeUpdate();
    }
    long vacancy = Vacancies.byRef(tx, "K4821").orElseThrow().id();
    long now = System.currentTimeMillis();
    for (int i = 1; i <= 7; i++) {
      Subscriber s = Subscribers.register(tx, "+2289100000" + i, "KAR", List.of("MACON"), "fr", "sms");
      Referrals.credit(tx, s.id(), espoir, "sms", now);
      Answers.answer(tx, s.id(), ProfileQuestion.AGE, "15-24", null, now);
      Answers.answer(tx, s.id(), ProfileQuestion.SEX, i == 7 ? "man" : "woman", null, now);
      // the SMS of the first 6 delivered, the 7th's only sent: alerted 7, delivered 6
      sql(tx, "INSERT INTO outbox (recipient, subscriber_id, vacancy_id, text, kind, status) VALUES ('" + s.phone() + "', "
          + s.id() + ", " + vacancy + ", 'Offre K4821', 'alert', '" + (i <= 6 ? "delivered" : "sent") + "')");
      sql(tx, "INSERT INTO alerts (subscriber_id, vacancy_id, status, outbox_id) VALUES (" + s.id() + ", " + vacancy
          + ", 'delivered', (SELECT max(id) FROM outbox))");
      if (i <= 6) {
        Vacancies.recordInterest(tx, s.id(), vacancy, "sms");
      }
      if (i <= 2) {
        sql(tx, "UPDATE interests SET follow_up = 'hired' WHERE subscriber_id = " + s.id());
      } else if (i <= 5) {
        sql(tx, "UPDATE interests SET follow_up = 'called' WHERE subscriber_id = " + s.id());
      }
      if (i == 3) {
        FollowUps.answer(tx, s.id(), "K4821", Outcome.HIRED, "sms", now);
      }
    }
    for (int i = 1; i <= 3; i++) {
      Subscribers.register(tx, "+2289200000" + i, "LOM", List.of("SOUD"), "fr", "ussd");
    }
    return null;
  }

  private static void sql(Tx tx, String sql) throws java.sql.SQLException {
    tx.jdbc().createStatement().executeUpdate(sql);
  }

  private static String row(String html, String tableId, String name) {
    int table = html.indexOf("id=\"" + tableId + "\"");
    assertThat(table).as(tableId).isPositive();
    int at = html.indexOf("<th scope=\"row\">" + name, table);
    assertThat(at).as(tableId + " row " + name).isPositive();
    return html.substring(at, html.indexOf("</tr>", at)).replaceAll("<progress[^>]*></progress>", "")
        .replaceAll("<[^>]+>", "|").replaceAll("\\s*\\|[|\\s]*", "|").replaceFirst("^\\|", "");
  }

  @Test
  void countsPeopleAndMasksEveryCellUnderFive() {
    HttpResponse<Buffer> r = staff.get("/admin/reach");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.bodyAsString();
    // registered | answered | alert delivered | interested | contacted | hired (agency) | hired (said)
    assertThat(row(html, "reach-region", "Kara")).isEqualTo("Kara|7|7|7|6|5|&lt;5|&lt;5|");
    assertThat(row(html, "reach-region", "Grand Lom")).endsWith("|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|");
    assertThat(row(html, "reach-sex", "Femme")).isEqualTo("Femme|6|6|6|6|5|&lt;5|&lt;5|");
    assertThat(row(html, "reach-sex", "Homme")).isEqualTo("Homme|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|");
    assertThat(row(html, "reach-age", "15-24 ans")).startsWith("15-24 ans|7|");
    assertThat(row(html, "reach-trade", "Ma")).startsWith("Maçon|7|");
    assertThat(row(html, "reach-partner", "ONG Espoir (P" + espoir + ")")).contains("|7|7|7|6|");
    assertThat(html).contains("id=\"total-registered\"><b>10</b>", "répondu aux questions facultatives : 70 %",
        "<progress", "Qui nous atteignons");
    assertThat(html).doesNotContain(">1<", ">2<", ">3<", ">4<");
  }

  @Test
  void theFunnelCountsPeopleFromAlertToHireByTheVacancysRegionTradeAndPartner() {
    String html = staff.get("/admin/reach").bodyAsString();
    // alerted | delivered | interested | contacted (2 hired + 3 called) | hired (agency) | hired (said)
    assertThat(html).contains("id=\"funnel-total-alerted\"><b>7</b>", "id=\"funnel-total-delivered\"><b>6</b>",
        "id=\"funnel-total-interested\"><b>6</b>", "id=\"funnel-total-contacted\"><b>5</b>",
        "id=\"funnel-total-hired_staff\"><b>&lt;5</b>", "id=\"funnel-total-hired_said\"><b>&lt;5</b>");
    assertThat(row(html, "funnel-region", "Kara")).isEqualTo("Kara|7|6|6|5|&lt;5|&lt;5|");
    assertThat(row(html, "funnel-trade", "Ma")).isEqualTo("Maçon|7|6|6|5|&lt;5|&lt;5|");
    assertThat(row(html, "funnel-partner", "Sans partenaire")).isEqualTo("Sans partenaire|7|6|6|5|&lt;5|&lt;5|");
    assertThat(staff.get("/admin/reach?partner=" + other).bodyAsString())
        .contains("id=\"funnel-total-alerted\"><b>&lt;5</b>");
    String csv = staff.get("/admin/reach.csv").bodyAsString();
    assertThat(csv).contains("\"Offres par région\";\"Kara\";\"7\";\"6\";\"6\";\"5\";\"<5\";\"<5\";\"\"",
        "\"Toutes les offres\";\"\";\"7\"");
  }

  @Test
  void theVacancyPageShowsItsFunnelMaskedForPartnerUsersOnly() {
    assertThat(staff.get("/admin/vacancies/K4821").bodyAsString()).contains("Entonnoir de cette offre",
        "id=\"vacancy-funnel-alerted\"><b>7</b>", "id=\"vacancy-funnel-contacted\"><b>5</b>",
        "id=\"vacancy-funnel-hired_staff\"><b>2</b>", "id=\"vacancy-funnel-hired_said\"><b>1</b>");
    server.write(tx -> {
      sql(tx, "UPDATE vacancies SET partner_id = " + espoir + " WHERE ref = 'K4821'");
      return null;
    });
    AdminClient partner = new AdminClient(server);
    partner.login("espoir", AdminServer.PASSWORD);
    assertThat(partner.get("/admin/vacancies/K4821").bodyAsString()).contains("id=\"vacancy-funnel-delivered\"><b>6</b>",
        "id=\"vacancy-funnel-hired_staff\"><b>&lt;5</b>", "id=\"vacancy-funnel-hired_said\"><b>&lt;5</b>");
    assertThat(partner.get("/admin/reach").bodyAsString()).contains("id=\"funnel-region\"")
        .doesNotContain("id=\"funnel-partner\"");
  }

  @Test
  void theCsvHasTheSameMaskedCells() {
    HttpResponse<Buffer> r = staff.get("/admin/reach.csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("Content-Type")).startsWith("text/csv");
    String csv = r.bodyAsString();
    assertThat(csv).contains("\"Par région\";\"Kara\";\"7\";\"7\";\"7\";\"6\";\"5\";\"<5\";\"<5\"",
        "\"Par sexe\";\"Homme\";\"<5\"");
    assertThat(csv).doesNotContain("\"1\"", "\"2\"", "\"3\"", "\"4\"");
  }

  @Test
  void filtersByPartnerAndPeriod() {
    String mine = staff.get("/admin/reach?partner=" + espoir).bodyAsString();
    assertThat(mine).contains("id=\"total-registered\"><b>7</b>").doesNotContain("<th scope=\"row\">Grand Lom");
    String none = staff.get("/admin/reach?partner=" + other).bodyAsString();
    assertThat(none).contains("id=\"total-registered\"><b>&lt;5</b>");
    String past = staff.get("/admin/reach?from=2020-01-01&to=2020-12-31").bodyAsString();
    assertThat(past).contains("id=\"total-registered\"><b>&lt;5</b>");
    assertThat(row(past, "reach-region", "Kara")).isEqualTo("Kara|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|&lt;5|");
    assertThat(staff.get("/admin/reach?from=2026-13-01").statusCode()).isEqualTo(400);
    assertThat(staff.get("/admin/reach?from=2026-02-01&to=2026-01-01").statusCode()).isEqualTo(400);
    assertThat(staff.get("/admin/reach?partner=abc").statusCode()).isEqualTo(400);
  }

  @Test
  void aPartnerSeesOnlyThePeopleItBrought() {
    AdminClient partner = new AdminClient(server);
    partner.login("espoir", AdminServer.PASSWORD);
    String html = partner.get("/admin/reach?partner=" + other).bodyAsString();
    assertThat(html).contains("id=\"total-registered\"><b>7</b>").doesNotContain("id=\"partner\"", "Grand Lom",
        "Centre Avenir", "+22891");
  }
}
