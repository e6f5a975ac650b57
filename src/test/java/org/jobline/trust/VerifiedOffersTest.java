package org.jobline.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jobline.admin.AdminClient;
import org.jobline.admin.AdminServer;
import org.jobline.alert.Alerts;
import org.jobline.gsm.Gsm7;
import org.jobline.partner.IssuedKey;
import org.jobline.partner.PartnerKeys;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 end to end on a real gateway: a partner's vacancy waits for validation ("A valider") and is alerted
 * only after it; suspending a vacancy cancels its queued alerts and corrects the people already alerted once;
 * suspending a partner refuses its API keys and users. Nothing is sent while a test runs (long outbox poll).
 */
class VerifiedOffersTest {
  static final String AMA = "+22890112233";
  static final String JOHN = "+22891445566";
  static final String CLOSING = LocalDate.now().plusMonths(2).toString();

  @TempDir
  Path dir;
  AdminServer server;
  WebClient api;
  AdminClient staff;
  AdminClient admin;
  IssuedKey partner;

  @BeforeEach
  void start() {
    server = AdminServer.start(dir, Map.of("JOBLINE_OUTBOX_POLL_MS", "60000", "JOBLINE_ALERTS_QUIET_HOURS", "off"));
    api = WebClient.create(server.vertx);
    server.write(tx -> {
      Subscribers.register(tx, AMA, "KAR", List.of("MACON"), "fr", "sms");
      Subscribers.register(tx, JOHN, "KAR", List.of("MACON"), "en", "sms");
      return null;
    });
    partner = AdminServer.await(new PartnerKeys(server.gateway.context().store()).addPartner("Emplois Express", "test"));
    server.user("ong", "partner", partner.partner().id());
    server.user("amah", "staff", null);
    server.user("root", "admin", null);
    staff = new AdminClient(server);
    assertThat(staff.login("amah", AdminServer.PASSWORD).statusCode()).isEqualTo(303);
    admin = new AdminClient(server);
    assertThat(admin.login("root", AdminServer.PASSWORD).statusCode()).isEqualTo(303);
  }

  @AfterEach
  void stop() {
    api.close();
    server.close();
  }

  private HttpResponse<Buffer> call(String method, String path, JsonObject body) {
    var req = api.request(io.vertx.core.http.HttpMethod.valueOf(method), server.port(), "127.0.0.1", path)
        .putHeader("Authorization", "Bearer " + partner.key());
    return AdminServer.await(body == null ? req.send() : req.sendJsonObject(body));
  }

  /** Creates a vacancy through the partner API and asks to open it; the open's answer. */
  private HttpResponse<Buffer> partnerVacancy(String title) {
    JsonObject created = call("POST", "/api/v1/vacancies", new JsonObject().put("title", title).put("trade", "MACON")
        .put("region", "KAR").put("employer", "Emplois Express").put("closingDate", CLOSING)
        .put("description", "Frais de dossier: 5000 F").put("contact", "90 00 00 00")).bodyAsJsonObject();
    return call("POST", "/api/v1/vacancies/" + created.getString("ref") + "/open", null);
  }

  private long alerts(String ref) {
    return server.count("SELECT count(*) FROM outbox o JOIN vacancies v ON v.id = o.vacancy_id WHERE v.ref = ?"
        + " AND o.kind = 'alert' AND o.status = 'queued'", ref);
  }

  private void awaitFanout(String ref) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      if (server.count("SELECT count(*) FROM vacancies WHERE ref = ? AND fanout_state = 'done'", ref) == 1) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("fan-out of " + ref + " did not finish");
  }

  private long audit(String action, String entityId) {
    return server.count("SELECT count(*) FROM audit_log WHERE action = ? AND entity_id = ?", action, entityId);
  }

  @Test
  void aPartnersVacancyIsNotAlertedBeforeValidationAndIsAfter() throws Exception {
    HttpResponse<Buffer> held = partnerVacancy("Macon coffreur");
    assertThat(held.statusCode()).isEqualTo(202);
    assertThat(held.bodyAsJsonObject().getString("status")).isEqualTo("pendingValidation");
    String ref = held.bodyAsJsonObject().getString("ref");
    Thread.sleep(300);
    assertThat(alerts(ref)).isZero();
    assertThat(server.count("SELECT count(*) FROM vacancies WHERE ref = ? AND status = 'draft'", ref)).isEqualTo(1);
    assertThat(audit("vacancy.submit", ref)).isEqualTo(1);
    assertThat(call("POST", "/api/v1/vacancies/" + ref + "/open", null).statusCode()).as("asking again").isEqualTo(202);
    assertThat(audit("vacancy.submit", ref)).isEqualTo(1);

    String page = staff.get("/admin/review").bodyAsString();
    assertThat(page).contains("id=\"review-" + ref + "\"").contains("Macon coffreur").contains("Frais de dossier")
        .contains("Emplois Express").contains("href=\"/admin/review\"").contains("href=\"/admin/reports\"");
    AdminClient ong = new AdminClient(server);
    ong.login("ong", AdminServer.PASSWORD);
    assertThat(ong.get("/admin/review").statusCode()).isEqualTo(403);
    HttpResponse<Buffer> mine = ong.get("/admin/vacancies/" + ref);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.bodyAsString()).as("the partner sees its offer waits").contains("Soumise à validation");
    assertThat(ong.postForm("/admin/review/" + ref + "/validate").statusCode()).isEqualTo(403);
    assertThat(staff.post("/admin/review/" + ref + "/validate", io.vertx.core.MultiMap.caseInsensitiveMultiMap())
        .statusCode()).as("no CSRF token").isEqualTo(403);
    assertThat(alerts(ref)).isZero();

    assertThat(staff.postForm("/admin/review/" + ref + "/validate").statusCode()).isEqualTo(303);
    awaitFanout(ref);
    assertThat(alerts(ref)).isEqualTo(2);
    assertThat(audit("vacancy.validate", ref)).isEqualTo(1);
    assertThat(server.count("SELECT count(*) FROM audit_log WHERE action = 'vacancy.validate' AND actor = 'staff:amah'"))
        .isEqualTo(1);
    assertThat(staff.get("/admin/review?done=validated&ref=" + ref).bodyAsString()).doesNotContain("id=\"review-" + ref)
        .contains(ref + " validée et publiée");
    HttpResponse<Buffer> edit = call("PATCH", "/api/v1/vacancies/" + ref, new JsonObject().put("description", "Payez 5000 F"));
    assertThat(edit.statusCode()).as("the validated text stays while published").isEqualTo(409);
    assertThat(edit.bodyAsJsonObject().getString("error")).contains("ask the agency");
    assertThat(server.count("SELECT count(*) FROM vacancies WHERE ref = ? AND description LIKE 'Frais%'", ref)).isEqualTo(1);
    for (String phone : List.of(AMA, JOHN)) {
      String text = server.read(tx -> org.jobline.admin.Sql.rows(tx,
          "SELECT text FROM outbox WHERE recipient = ? AND kind = 'alert'", phone)).get(0).get("text").toString();
      assertThat(Gsm7.septets(text)).as(text).isLessThanOrEqualTo(160);
      assertThat(text).as(text).contains(phone.equals(AMA) ? "Gratuit. Ne payez jamais. Verifie: Jobline"
          : "Free. Never pay. Verified: Jobline");
    }
  }

  @Test
  void staffRejectWithAReasonAndTheOfferStaysUnsent() throws Exception {
    String ref = partnerVacancy("Gardien").bodyAsJsonObject().getString("ref");
    staff.get("/admin/review");
    assertThat(staff.postForm("/admin/review/" + ref + "/reject", "reason", " ").statusCode()).isEqualTo(400);
    assertThat(staff.postForm("/admin/review/" + ref + "/reject", "reason", "Frais demandés aux candidats")
        .statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT count(*) FROM vacancy_reviews r JOIN vacancies v ON v.id = r.vacancy_id"
        + " WHERE v.ref = ? AND r.state = 'rejected' AND r.reason = 'Frais demandés aux candidats'", ref)).isEqualTo(1);
    assertThat(server.count("SELECT count(*) FROM audit_log WHERE action = 'vacancy.reject' AND entity_id = ?"
        + " AND detail = 'Frais demandés aux candidats'", ref)).isEqualTo(1);
    assertThat(staff.get("/admin/review").bodyAsString()).doesNotContain("id=\"review-" + ref);
    assertThat(staff.get("/admin/vacancies/" + ref).bodyAsString()).contains("Refusée par l&#39;agence");
    Thread.sleep(200);
    assertThat(alerts(ref)).isZero();
  }

  @Test
  void aTrustedPartnerPublishesDirectlyAndOnlyAdminsSayWhoIsTrusted() throws Exception {
    long id = partner.partner().id();
    staff.get("/admin/reports");
    assertThat(staff.postForm("/admin/reports/partners/" + id + "/trust", "trusted", "1").statusCode()).isEqualTo(403);
    String page = admin.get("/admin/reports").bodyAsString();
    assertThat(page).contains("id=\"trust-" + id + "\"");
    assertThat(admin.postForm("/admin/reports/partners/" + id + "/trust", "trusted", "1").statusCode()).isEqualTo(303);
    assertThat(audit("partner.trust", String.valueOf(id))).isEqualTo(1);
    HttpResponse<Buffer> open = partnerVacancy("Macon");
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.bodyAsJsonObject().getString("status")).isEqualTo("open");
    awaitFanout(open.bodyAsJsonObject().getString("ref"));
    assertThat(alerts(open.bodyAsJsonObject().getString("ref"))).isEqualTo(2);
  }

  @Test
  void suspendingAVacancyCancelsItsQueuedAlertsAndCorrectsThoseAlertedOnce() throws Exception {
    var service = Alerts.vacancyService(server.gateway.context());
    Vacancy v = AdminServer.await(service.create(Actor.staff("test"),
        new VacancyInput("Macon chantier", null, "MACON", "KAR", "Kara", "BTP Nord", "90000000", 2, null)));
    AdminServer.await(service.open(Actor.staff("test"), v.ref()));
    awaitFanout(v.ref());
    server.write(tx -> org.jobline.admin.Sql.update(tx,
        "UPDATE outbox SET status = 'sent' WHERE recipient = ? AND kind = 'alert'", AMA));
    server.write(tx -> ScamReports.record(tx, Subscribers.find(tx, AMA).orElseThrow().id(), v.ref(), "5000F", "sms", 1L));
    server.write(tx -> ScamReports.record(tx, Subscribers.find(tx, JOHN).orElseThrow().id(), v.ref(), null, "ussd", 2L));

    String page = staff.get("/admin/reports").bodyAsString();
    assertThat(page).contains("id=\"reported-" + v.ref() + "\"").contains("<b class=\"count\">2</b>")
        .contains("id=\"suspend-" + v.ref() + "\"").contains("5000F");
    HttpResponse<Buffer> done = staff.postForm("/admin/reports/vacancies/" + v.ref() + "/suspend", "reason", "frais");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(staff.get(done.getHeader("Location")).bodyAsString())
        .contains("Offre " + v.ref() + " suspendue : 1 SMS de correction.");
    assertThat(server.count("SELECT count(*) FROM outbox WHERE recipient = ? AND kind = 'alert' AND status = 'expired'",
        JOHN)).as("the queued alert is cancelled").isEqualTo(1);
    assertThat(server.count("SELECT count(*) FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id"
        + " WHERE s.phone = ? AND a.status = 'expired'", JOHN)).isEqualTo(1);
    assertThat(server.count("SELECT count(*) FROM outbox WHERE recipient = ? AND kind = 'reply' AND text LIKE ?",
        AMA, "Offre " + v.ref() + " retiree: ne payez rien%")).isEqualTo(1);
    assertThat(server.count("SELECT count(*) FROM outbox WHERE recipient = ? AND kind = 'reply'", JOHN)).isZero();
    assertThat(server.count("SELECT count(*) FROM vacancies WHERE id = ? AND status = 'closed'", v.id())).isEqualTo(1);

    staff.get("/admin/reports");
    assertThat(staff.postForm("/admin/reports/vacancies/" + v.ref() + "/suspend").statusCode()).isEqualTo(303);
    assertThat(staff.get("/admin/reports?done=vacancyAgain&ref=" + v.ref()).bodyAsString()).contains("déjà suspendue");
    assertThat(server.count("SELECT count(*) FROM outbox WHERE kind = 'reply'")).as("exactly one correction").isEqualTo(1);
    assertThat(audit("vacancy.suspend", v.ref())).isEqualTo(1);
    assertThat(staff.get("/admin/vacancies/" + v.ref()).bodyAsString()).contains("Suspendue par l&#39;agence");
    assertThat(staff.postForm("/admin/vacancies/" + v.ref() + "/open").statusCode()).as("never published again")
        .isEqualTo(409);
  }

  @Test
  void suspendingAPartnerRefusesItsKeysAndUsersAndSuspendsItsOpenVacancies() throws Exception {
    long id = partner.partner().id();
    admin.get("/admin/reports");
    admin.postForm("/admin/reports/partners/" + id + "/trust", "trusted", "1");
    String ref = partnerVacancy("Macon urgent").bodyAsJsonObject().getString("ref");
    awaitFanout(ref);
    assertThat(alerts(ref)).isEqualTo(2);
    AdminClient ong = new AdminClient(server);
    assertThat(ong.login("ong", AdminServer.PASSWORD).statusCode()).isEqualTo(303);
    assertThat(ong.get("/admin/vacancies").statusCode()).isEqualTo(200);

    staff.get("/admin/reports");
    HttpResponse<Buffer> suspended = staff.postForm("/admin/reports/partners/" + id + "/suspend", "reason", "frais");
    assertThat(suspended.statusCode()).isEqualTo(303);
    assertThat(staff.get(suspended.getHeader("Location")).bodyAsString()).contains("Partenaire suspendu : 1 offre(s)");
    assertThat(alerts(ref)).as("its pending alerts are cancelled").isZero();
    assertThat(server.count("SELECT count(*) FROM vacancy_suspensions s JOIN vacancies v ON v.id = s.vacancy_id"
        + " WHERE v.ref = ?", ref)).isEqualTo(1);
    HttpResponse<Buffer> refused = call("GET", "/api/v1/vacancies", null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.bodyAsJsonObject().getString("error")).contains("suspended by the agency");
    assertThat(ong.get("/admin/vacancies").statusCode()).as("the session ended").isEqualTo(303);
    HttpResponse<Buffer> login = new AdminClient(server).login("ong", AdminServer.PASSWORD);
    assertThat(login.statusCode()).isEqualTo(403);
    assertThat(login.bodyAsString()).contains("suspendue par l&#39;agence");
    assertThat(audit("partner.suspend", String.valueOf(id))).isEqualTo(1);
    assertThat(staff.get("/admin/reports").bodyAsString()).contains("id=\"partner-" + id + "\"")
        .doesNotContain("id=\"suspend-partner-" + id + "\"");
  }

  @Test
  void thePagesSpeakEnglishAndAreForAgencyStaffOnly() {
    staff.get("/admin/lang?l=en&back=/admin/reports");
    assertThat(staff.get("/admin/reports").bodyAsString()).contains("<h1>Scam reports</h1>").contains("No reports.")
        .contains("By partner").contains("Emplois Express").contains("name=\"viewport\"");
    assertThat(staff.get("/admin/review").bodyAsString()).contains("<h1>Vacancies to validate</h1>")
        .contains("Nothing to validate.");
    assertThat(admin.get("/admin/review").bodyAsString()).contains("À valider").contains("Signalements");
    AdminClient ong = new AdminClient(server);
    ong.login("ong", AdminServer.PASSWORD);
    assertThat(ong.get("/admin/reports").statusCode()).isEqualTo(403);
    assertThat(ong.get("/admin/dashboard").bodyAsString()).doesNotContain("href=\"/admin/reports\"");
  }
}
