package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages page lists every route with its state and today's figures (from /ready). */
class RoutesOnAdminPagesTest {
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
  void messagesPageShowsEachRouteWithTodaysFigures() {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    long now = System.currentTimeMillis();
    server.write(tx -> tx.jdbc().createStatement().executeUpdate("""
        INSERT INTO outbox (recipient, text, kind, status, segments, cost, route, sent_at, next_attempt_at)
        VALUES ('+22890123456', 'x', 'reply', 'delivered', 2, 30.0, 'africastalking', %d, 0),
               ('+22890123457', 'y', 'alert', 'sent', 1, 15.0, 'africastalking', %d, 0),
               ('+22890123458', 'z', 'alert', 'queued', 1, 15.0, NULL, NULL, %d)""".formatted(now, now, now + 86_400_000L)));
    // the queued alert is due tomorrow: outside quiet hours the running dispatcher would otherwise send it
    AdminClient staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);

    String messages = staff.get("/admin/messages").bodyAsString();
    String table = messages.substring(messages.indexOf("<table id=\"routes\">"));
    table = table.substring(0, table.indexOf("</table>"));
    assertThat(table).contains("africastalking (simulator)").contains("fermé")
        .contains("<td class=\"num\">2</td><td class=\"num\">45.0</td>");
  }
}
