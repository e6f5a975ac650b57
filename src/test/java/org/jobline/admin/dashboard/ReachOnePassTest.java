package org.jobline.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobline.admin.AdminServer;
import org.jobline.admin.Sql;
import org.jobline.store.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reach page's one-pass figures (the cube summed in Java, the four funnels in one statement) equal, row for row
 * and in the same order, those of the per-table queries they replaced (kept below as the reference), on varied
 * people: answers missing, partners or none, 0 to 3 trades with gaps, alerts, interests and follow-ups in and out
 * of the period. Runs on PostgreSQL too (-Djobline.test.store=postgres).
 */
class ReachOnePassTest {
  /** The per-table query of before (one pass per table): %1$s the key, %2$s an extra join. */
  private static final String BY = """
      WITH people AS (
        SELECT s.id, s.region, s.created_at, pa.consent, pa.age_band, pa.sex, pa.disability, pa.schooling
        FROM subscribers s LEFT JOIN profile_answers pa ON pa.subscriber_id = s.id
        LEFT JOIN referrals r ON r.subscriber_id = s.id
        WHERE s.region IS NOT NULL AND (CAST(?3 AS BIGINT) IS NULL OR r.partner_id = ?3)),
      per AS (
        SELECT p.*,
          CASE WHEN p.created_at >= ?1 AND p.created_at < ?2 THEN 1 ELSE 0 END AS registered,
          CASE WHEN p.created_at >= ?1 AND p.created_at < ?2 AND p.consent = 'yes' THEN 1 ELSE 0 END AS answered,
          CASE WHEN EXISTS (SELECT 1 FROM alerts a WHERE a.subscriber_id = p.id AND a.status = 'delivered'
                  AND a.created_at >= ?1 AND a.created_at < ?2) THEN 1 ELSE 0 END AS reached,
          CASE WHEN EXISTS (SELECT 1 FROM interests i WHERE i.subscriber_id = p.id AND i.created_at >= ?1 AND i.created_at < ?2) THEN 1 ELSE 0 END
            AS interested,
          CASE WHEN EXISTS (SELECT 1 FROM interests i WHERE i.subscriber_id = p.id AND i.created_at >= ?1 AND i.created_at < ?2
                  AND i.follow_up <> 'to_call') THEN 1 ELSE 0 END AS contacted,
          CASE WHEN EXISTS (SELECT 1 FROM interests i WHERE i.subscriber_id = p.id AND i.created_at >= ?1 AND i.created_at < ?2
                  AND i.follow_up = 'hired') THEN 1 ELSE 0 END AS hired_staff,
          CASE WHEN EXISTS (SELECT 1 FROM followups f JOIN interests i ON i.id = f.interest_id WHERE f.subscriber_id = p.id
                  AND f.answer = 'hired' AND i.created_at >= ?1 AND i.created_at < ?2) THEN 1 ELSE 0 END AS hired_said
        FROM people p)
      SELECT %1$s AS k, SUM(registered) AS registered, SUM(answered) AS answered, SUM(reached) AS reached,
             SUM(interested) AS interested, SUM(contacted) AS contacted, SUM(hired_staff) AS hired_staff,
             SUM(hired_said) AS hired_said
      FROM per %2$s GROUP BY k ORDER BY k""";
  private static final String FUNNEL = """
      WITH pairs AS (
        SELECT a.subscriber_id AS sid, a.vacancy_id AS vid FROM alerts a WHERE a.created_at >= ?1 AND a.created_at < ?2
        UNION
        SELECT i.subscriber_id AS sid, i.vacancy_id AS vid FROM interests i WHERE i.created_at >= ?1 AND i.created_at < ?2),
      per AS (
        SELECT p.sid, p.vid,
          CASE WHEN o.status IN ('sent', 'delivered') THEN 1 ELSE 0 END AS alerted,
          CASE WHEN o.status = 'delivered' THEN 1 ELSE 0 END AS delivered,
          CASE WHEN i.id IS NOT NULL THEN 1 ELSE 0 END AS interested,
          CASE WHEN i.follow_up <> 'to_call' THEN 1 ELSE 0 END AS contacted,
          CASE WHEN i.follow_up = 'hired' THEN 1 ELSE 0 END AS hired_staff,
          CASE WHEN EXISTS (SELECT 1 FROM followups f WHERE f.interest_id = i.id AND f.answer = 'hired') THEN 1 ELSE 0 END
            AS hired_said
        FROM pairs p
          LEFT JOIN alerts a ON a.subscriber_id = p.sid AND a.vacancy_id = p.vid
          LEFT JOIN outbox o ON o.id = a.outbox_id
          LEFT JOIN interests i ON i.subscriber_id = p.sid AND i.vacancy_id = p.vid
        WHERE CAST(?3 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM referrals r WHERE r.subscriber_id = p.sid AND r.partner_id = ?3))
      SELECT %1$s AS k,
             COUNT(DISTINCT CASE WHEN per.alerted = 1 THEN per.sid END) AS alerted,
             COUNT(DISTINCT CASE WHEN per.delivered = 1 THEN per.sid END) AS delivered,
             COUNT(DISTINCT CASE WHEN per.interested = 1 THEN per.sid END) AS interested,
             COUNT(DISTINCT CASE WHEN per.contacted = 1 THEN per.sid END) AS contacted,
             COUNT(DISTINCT CASE WHEN per.hired_staff = 1 THEN per.sid END) AS hired_staff,
             COUNT(DISTINCT CASE WHEN per.hired_said = 1 THEN per.sid END) AS hired_said
      FROM per JOIN vacancies v ON v.id = per.vid GROUP BY k ORDER BY k""";

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
  void sameFiguresAsOneQueryPerTable() {
    server = AdminServer.start(tmp);
    long p1 = server.partner("ONG Espoir");
    long p2 = server.partner("Centre Avenir");
    long day = 86_400_000L;
    long now = System.currentTimeMillis();
    server.write(tx -> seed(tx, p1, p2, now, day));
    for (long[] period : new long[][] {{now - 400 * day, now + day}, {now - 20 * day, now - 5 * day}}) {
      for (Long partner : new Long[] {null, p1, p2}) {
        server.read(tx -> {
          ReachData d = ReachData.load(tx, period[0], period[1], partner, true);
          Map<String, String> keys = new LinkedHashMap<>();
          keys.put("region", "per.region");
          keys.put("trade", "st.trade");
          keys.put("age", "per.age_band");
          keys.put("sex", "per.sex");
          keys.put("disability", "per.disability");
          keys.put("partner", "COALESCE((SELECT r.partner_id FROM referrals r WHERE r.subscriber_id = per.id), 0)");
          for (Map.Entry<String, String> k : keys.entrySet()) {
            String join = k.getKey().equals("trade") ? "JOIN subscriber_trades st ON st.subscriber_id = per.id" : "";
            assertThat(d.tables().get(k.getKey())).as(k.getKey() + " " + partner)
                .isEqualTo(Sql.rows(tx, BY.formatted(k.getValue(), join), period[0], period[1], partner));
          }
          List<Map<String, Object>> total = Sql.rows(tx, BY.formatted("'all'", ""), period[0], period[1], partner);
          assertThat(d.total()).isEqualTo(total.isEmpty() ? Map.of() : total.get(0));
          Map<String, String> funnels = Map.of("region", "v.region", "trade", "v.trade", "partner", "COALESCE(v.partner_id, 0)");
          for (Map.Entry<String, String> f : funnels.entrySet()) {
            assertThat(d.funnels().get(f.getKey())).as("funnel " + f.getKey() + " " + partner)
                .isEqualTo(Sql.rows(tx, FUNNEL.formatted(f.getValue()), period[0], period[1], partner));
          }
          List<Map<String, Object>> ft = Sql.rows(tx, FUNNEL.formatted("'all'"), period[0], period[1], partner);
          assertThat(d.funnelTotal()).isEqualTo(ft.isEmpty() ? Map.of() : ft.get(0));
          if (partner == null && period[1] > now) {
            assertThat(d.tables().get("age")).as("not given, in the table").anyMatch(r -> r.get("k") == null);
            assertThat(d.funnelTotal()).isNotEmpty();
          }
          return null;
        });
      }
    }
  }

  private static Void seed(Tx tx, long p1, long p2, long now, long day) throws java.sql.SQLException {
    String[] regions = {"KAR", "LOM", "MAR"};
    String[] consents = {"yes", "later", "never"};
    String[] ages = {"15-24", null, "25-34", "45+"};
    String[] sexes = {"woman", "man", null, "undisclosed"};
    String[] disabilities = {null, "yes", "no"};
    String[] trades = {"MACON", "ELEC", "SOUD", "PLOMB"};
    String[] follow = {"to_call", "called", "hired", "interview", "not_retained"};
    for (int v = 1; v <= 3; v++) {
      sql(tx, "INSERT INTO vacancies (id, ref, title, trade, region, employer, status, partner_id) VALUES (" + v + ", 'K" + v
          + "', 'Offre', '" + trades[v] + "', '" + regions[v % 3] + "', 'BTP', 'open', " + (v == 2 ? p1 : "NULL") + ")");
    }
    for (int i = 1; i <= 90; i++) {
      long created = now - (i % 40) * day;
      sql(tx, "INSERT INTO subscribers (id, phone, region, channel, created_at) VALUES (" + i + ", '+2289300" + (1000 + i)
          + "', '" + regions[i % 3] + "', 'sms', " + created + ")");
      if (i % 5 != 0) {
        sql(tx, "INSERT INTO profile_answers (subscriber_id, consent, age_band, sex, disability, updated_at) VALUES (" + i
            + ", '" + consents[i % 3] + "', " + q(ages[i % 4]) + ", " + q(sexes[i % 4 == 0 ? 1 : i % 3]) + ", "
            + q(disabilities[i % 3]) + ", " + created + ")");
      }
      if (i % 3 != 2) {
        sql(tx, "INSERT INTO referrals (subscriber_id, partner_id, channel, created_at) VALUES (" + i + ", "
            + (i % 3 == 0 ? p1 : p2) + ", 'sms', " + created + ")");
      }
      int[][] positions = {{}, {1}, {1, 3}, {1, 2, 3}, {2}};
      for (int p : positions[i % 5]) {
        sql(tx, "INSERT INTO subscriber_trades (subscriber_id, position, trade) VALUES (" + i + ", " + p + ", '"
            + trades[(i + p) % 4] + "')");
      }
      for (int v = 1; v <= 3; v++) {
        if ((i + v) % 2 == 0) {
          String status = (i + v) % 6 == 0 ? "failed" : (i + v) % 4 == 0 ? "sent" : "delivered";
          sql(tx, "INSERT INTO outbox (recipient, subscriber_id, vacancy_id, text, kind, status) VALUES ('+2289300"
              + (1000 + i) + "', " + i + ", " + v + ", 'Offre', 'alert', '" + status + "')");
          sql(tx, "INSERT INTO alerts (subscriber_id, vacancy_id, status, outbox_id, created_at) VALUES (" + i + ", " + v
              + ", '" + (status.equals("failed") ? "failed" : "delivered") + "', (SELECT max(id) FROM outbox), "
              + (now - ((i + v) % 30) * day) + ")");
        }
        if ((i * v) % 3 == 1) {
          sql(tx, "INSERT INTO interests (subscriber_id, vacancy_id, channel, created_at, follow_up) VALUES (" + i + ", " + v
              + ", 'sms', " + (now - ((i + 2 * v) % 30) * day) + ", '" + follow[(i + v) % 5] + "')");
          if ((i + v) % 4 == 1) {
            sql(tx, "INSERT INTO followups (interest_id, subscriber_id, vacancy_id, round, sent_at, answer) VALUES ("
                + "(SELECT max(id) FROM interests), " + i + ", " + v + ", 1, " + now + ", 'hired')");
          }
        }
      }
    }
    return null;
  }

  private static String q(String s) {
    return s == null ? "NULL" : "'" + s + "'";
  }

  private static void sql(Tx tx, String sql) throws java.sql.SQLException {
    tx.jdbc().createStatement().executeUpdate(sql);
  }
}
