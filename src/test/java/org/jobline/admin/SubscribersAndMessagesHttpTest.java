package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscribers and messages pages over HTTP: search, stop/resume, masking, retry, audit. */
class SubscribersAndMessagesHttpTest {
  @TempDir
  Path tmp;
  AdminServer server;
  AdminClient staff;

  @BeforeEach
  void start() {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    long partner = server.partner("Mairie de Kara");
    server.user("mairie", "partner", partner);
    server.write(tx -> {
      Subscribers.register(tx, "+22890123456", "LOM", List.of("MACON", "ELEC"), "fr", "ussd");
      Subscribers.register(tx, "+22891999888", "PLA", List.of("PLOMB"), "en", "sms");
      return null;
    });
    staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void searchesByFullOrPartialNumberAndCounts() {
    String local = staff.get("/admin/subscribers?q=90%2012%2034%2056").bodyAsString();
    assertThat(local).contains("+22890123456").doesNotContain("+22891999888");
    String part = staff.get("/admin/subscribers?q=999").bodyAsString();
    assertThat(part).contains("+22891999888").doesNotContain("+22890123456");
    String all = staff.get("/admin/subscribers").bodyAsString();
    assertThat(all).contains("+22890123456").contains("+22891999888").contains("Grand Lomé").contains("Maçon");
  }

  @Test
  void sqlMetacharactersInTheSearchBoxAreHarmless() {
    for (String q : List.of("' OR 1=1 --", "%", "_", "\"", "1_3", "\\")) {
      var r = staff.get("/admin/subscribers?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(q).isEqualTo(200);
      assertThat(r.bodyAsString()).as(q).doesNotContain("+22891999888");
    }
    assertThat(server.count("SELECT COUNT(*) FROM subscribers")).isEqualTo(2);
  }

  @Test
  void staffStopsAndResumesASubscriberAndItIsAudited() {
    long id = server.count("SELECT id FROM subscribers WHERE phone = '+22890123456'");
    staff.get("/admin/subscribers");
    assertThat(staff.postForm("/admin/subscribers/" + id + "/status", "status", "stopped").statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM subscribers WHERE id = ? AND status = 'stopped'", id)).isEqualTo(1);
    assertThat(staff.postForm("/admin/subscribers/" + id + "/status", "status", "active").statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE actor = 'kodjo' AND action LIKE 'subscriber.%'"))
        .isEqualTo(2);
    assertThat(staff.postForm("/admin/subscribers/999999/status", "status", "stopped").statusCode()).isEqualTo(404);
    assertThat(staff.postForm("/admin/subscribers/" + id + "/status", "status", "gone").statusCode()).isEqualTo(400);
  }

  @Test
  void subscribersAreFilteredByRegionTradeStatusAndDateAndExported() {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Africa/Lome")).toString();
    String page = staff.get("/admin/subscribers?trade=PLOMB&status=active&from=" + today + "&to=" + today).bodyAsString();
    assertThat(page).contains("+22891999888").doesNotContain("<td data-label=\"Téléphone\">+22890123456");
    assertThat(staff.get("/admin/subscribers?trade=PLOMB&from=2000-01-01&to=2000-01-02").bodyAsString())
        .doesNotContain("+22891999888");
    assertThat(staff.get("/admin/subscribers?from=demain").statusCode()).isEqualTo(400);
    String csv = staff.get("/admin/subscribers.csv?trade=PLOMB").bodyAsString();
    assertThat(csv).startsWith("\uFEFF\"Téléphone\";\"Région\";\"Métiers\"").contains("\"=\"\"+22891999888\"\"\"")
        .contains("Plombier").doesNotContain("+22890123456");
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE action = 'export.subscribers'")).isEqualTo(1);
  }

  @Test
  void messagesShowTheirTextKindAndTheTextsJobSeekersSent() {
    server.write(tx -> tx.jdbc().createStatement().executeUpdate("""
        INSERT INTO outbox (recipient, text, kind, status, attempts, last_error)
        VALUES ('+22890123456', 'Offre K12: Macon', 'alert', 'failed', 3, 'Réseau injoignable')"""));
    server.write(tx -> tx.jdbc().createStatement().executeUpdate("""
        INSERT INTO inbound_messages (provider, provider_id, phone, text, answered)
        VALUES ('at', 'p-1', '+22890123456', 'INFO K12', 1)"""));
    String page = staff.get("/admin/messages?status=failed").bodyAsString();
    assertThat(page).contains(">Alerte").contains("Offre K12: Macon").contains(">Réseau injoignable</td>")
        .contains("3 essais").containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}").doesNotContain(">alert<");
    String inbound = staff.get("/admin/messages/inbound").bodyAsString();
    assertThat(inbound).contains(">INFO K12</td>").contains(">oui</td>");
  }

  @Test
  void partnersSeeMaskedNumbersAndCannotStopAnyone() {
    AdminClient partner = new AdminClient(server);
    partner.login("mairie", AdminServer.PASSWORD);
    assertThat(partner.get("/admin/subscribers?q=%2B22890123456").bodyAsString())
        .as("not linked to any of the partner's vacancies").doesNotContain("+22890****56").contains("id=\"no-match\"");
    server.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      long sid = org.jobline.subscriber.Subscribers.find(tx, "+22890123456").orElseThrow().id();
      try (var p = c.prepareStatement("INSERT INTO vacancies (ref, title, trade, region, employer, partner_id, status) "
          + "VALUES ('K0001', 'Maçon', 'MACON', 'LOM', 'Mairie', (SELECT partner_id FROM staff_users WHERE username = 'mairie'), 'open')")) {
        p.executeUpdate();
      }
      long vid = org.jobline.vacancy.Vacancies.byRef(tx, "K0001").orElseThrow().id();
      org.jobline.vacancy.Vacancies.recordInterest(tx, sid, vid, "sms");
      return null;
    });
    String page = partner.get("/admin/subscribers?q=%2B22890123456").bodyAsString();
    assertThat(page).as("interested in the partner's vacancy").contains("\">+22890****56</td>")
        .doesNotContain(">+22890123456</td>");
    assertThat(partner.get("/admin/subscribers?q=999").bodyAsString()).doesNotContain("+22891");
    long id = server.count("SELECT id FROM subscribers WHERE phone = '+22890123456'");
    assertThat(partner.postForm("/admin/subscribers/" + id + "/status", "status", "stopped").statusCode()).isEqualTo(403);
    assertThat(partner.get("/admin/messages").statusCode()).isEqualTo(403);
  }

  @Test
  void failedMessagesAreShownWithTheirReasonAndRetried() {
    server.write(tx -> tx.jdbc().createStatement().executeUpdate("""
        INSERT INTO outbox (recipient, text, kind, status, attempts, last_error)
        VALUES ('+22890123456', 'x', 'reply', 'failed', 8, 'InsufficientBalance <b>'),
               ('+22891999888', 'y', 'reply', 'delivered', 1, NULL)"""));
    String page = staff.get("/admin/messages").bodyAsString();
    assertThat(page).contains("InsufficientBalance &lt;b&gt;")
        .as("the delivery engine's link state, in French").contains("en ligne · disjoncteur fermé · file 0");
    assertThat(staff.postForm("/admin/messages/retry").statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM outbox WHERE status = 'queued' AND attempts = 0 AND last_error IS NULL"))
        .isEqualTo(1);
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE action = 'outbox.retry' AND detail = 'requeued=1'"))
        .isEqualTo(1);
    assertThat(staff.get("/admin/messages?status=bogus").statusCode()).isEqualTo(400);
  }
}
