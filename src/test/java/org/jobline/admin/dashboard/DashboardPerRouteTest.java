package org.jobline.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jobline.admin.AdminClient;
import org.jobline.admin.AdminServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's per-route table for today (issue 18): sent, delivered, failed and cost per route,
 * in French and English, left out of a partner's view; and both queries read through an index
 * (V11's outbox_sent_by_route, outbox_ended_badly), not a scan of the outbox.
 */
class DashboardPerRouteTest {
  @TempDir
  Path tmp;
  AdminServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void countsTodaysMessagesPerRouteInBothLanguagesAndNotForPartners() {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    server.user("ong", "partner", server.partner("ONG A"));
    long now = System.currentTimeMillis();
    long yesterday = LocalDate.now(ZoneId.of("Africa/Lome")).atStartOfDay(ZoneId.of("Africa/Lome")).toInstant()
        .toEpochMilli() - 3_600_000;
    server.write(tx -> tx.jdbc().createStatement().executeUpdate("""
        INSERT INTO outbox (recipient, text, kind, status, segments, cost, route, sent_at, created_at, updated_at,
                            next_attempt_at) VALUES
          ('+22890000001', 'a', 'reply', 'delivered', 1, 15.0, 'at', %1$d, %1$d, %1$d, 0),
          ('+22890000002', 'b', 'alert', 'delivered', 2, 30.0, 'at', %1$d, %1$d, %1$d, 0),
          ('+22890000003', 'c', 'alert', 'sent', 1, 15.0, 'at', %1$d, %1$d, %1$d, 0),
          ('+22890000004', 'd', 'reply', 'failed', 1, 15.0, 'at', %1$d, %1$d, %1$d, 0),
          ('+22890000005', 'e', 'confirmation', 'delivered', 1, 30.0, 'modem', %1$d, %1$d, %1$d, 0),
          ('+22890000006', 'f', 'reply', 'failed', 1, NULL, 'modem', NULL, %1$d, %1$d, 0),
          ('+22890000007', 'g', 'alert', 'delivered', 1, 15.0, 'at', %2$d, %2$d, %2$d, 0),
          ('+22890000008', 'h', 'alert', 'failed', 1, 15.0, 'smpp', %2$d, %2$d, %2$d, 0),
          ('+22890000009', 'i', 'alert', 'queued', 1, NULL, NULL, NULL, %1$d, %1$d, %3$d)""".formatted(now, yesterday, now + 86_400_000L)));

    AdminClient staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);
    String fr = table(staff.get("/admin/dashboard").bodyAsString());
    assertThat(fr).contains("Messages par route aujourd'hui".replace("'", "&#39;"), "Envoyés", "Reçus", "En échec",
        "Coût (XOF)");
    assertThat(fr).contains("<tr><td>at</td><td class=\"num\">4</td><td class=\"num\">2</td><td class=\"num\">1</td>"
        + "<td class=\"num\">75</td></tr>");
    assertThat(fr).contains("<tr><td>modem</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>"
        + "<td class=\"num\">30</td></tr>");
    assertThat(fr).as("yesterday's messages are not today's").doesNotContain("smpp");
    assertThat(fr.split("<tr><td>", -1)).as("two routes had messages today; a queued message has none").hasSize(3);

    staff.get("/admin/lang?l=en&back=/admin/dashboard");
    String en = table(staff.get("/admin/dashboard").bodyAsString());
    assertThat(en).contains("Messages per route today", "Sent", "Delivered", "Failed", "Cost (XOF)")
        .contains("<tr><td>at</td><td class=\"num\">4</td>");

    AdminClient partner = new AdminClient(server);
    partner.login("ong", AdminServer.PASSWORD);
    String page = partner.get("/admin/dashboard").bodyAsString();
    assertThat(page).contains("id=\"funnel\"").doesNotContain("id=\"per-route\"");
  }

  @Test
  void withoutMessagesTodayTheSectionSaysSo() {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    AdminClient staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);
    assertThat(staff.get("/admin/dashboard").bodyAsString()).contains("<p id=\"per-route\">Aucun message envoyé aujourd")
        .doesNotContain("<table id=\"per-route\"");
  }

  @Test
  void bothQueriesReadThroughAnIndex() {
    server = AdminServer.start(tmp);
    assertThat(plan(DashboardSql.ROUTE_SENT_TODAY)).contains("USING INDEX outbox_sent_by_route").doesNotContain("SCAN outbox");
    assertThat(plan(DashboardSql.ROUTE_FAILED_TODAY)).contains("USING INDEX outbox_ended_badly").doesNotContain("SCAN outbox");
  }

  private String plan(String sql) {
    return server.read(tx -> {
      StringBuilder out = new StringBuilder();
      try (var p = tx.jdbc().prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
        p.setLong(1, System.currentTimeMillis());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.append(rs.getString("detail")).append('\n');
          }
        }
      }
      return out.toString();
    });
  }

  private static String table(String page) {
    int from = page.indexOf("Messages par route");
    from = from < 0 ? page.indexOf("Messages per route") : from;
    assertThat(from).as("the per-route section is on the page").isGreaterThan(0);
    String rest = page.substring(from - 4);
    return rest.substring(0, rest.indexOf("</table>"));
  }
}
