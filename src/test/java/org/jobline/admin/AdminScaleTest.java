package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page times with 100,000 subscribers (200,000 trade rows), 200 vacancies and 100,000 outbox rows
 * (spread over 60 days and three routes, so the dashboard's per-route figures have rows to count).
 * Prints the measured figures; the bound asserted (1 s) is loose on purpose (the machine is shared), it
 * catches a page that went from milliseconds to a scan of everything per row.
 */
class AdminScaleTest {
  /** 100,000 in the benchmark run (-Djobline.bench=true); 10,000 in the suite, where only correctness is checked. */
  static final int SUBSCRIBERS = Boolean.getBoolean("jobline.bench") ? 100_000 : 10_000;
  @TempDir
  Path tmp;
  AdminServer server;

  @BeforeEach
  void seed() {
    server = AdminServer.start(tmp);
    server.user("amah", "admin", null);
    String[] regions = {"LOM", "MAR", "PLA", "CEN", "KAR", "SAV"};
    String[] trades = {"MACON", "MENUIS", "ELEC", "PLOMB"};
    long day = 86_400_000L;
    long now = System.currentTimeMillis();
    server.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (var s = c.prepareStatement("INSERT INTO subscribers (id, phone, region, channel, created_at) VALUES (?, ?, ?, 'ussd', ?)");
           var t = c.prepareStatement("INSERT INTO subscriber_trades (subscriber_id, position, trade) VALUES (?, ?, ?)")) {
        for (int i = 1; i <= SUBSCRIBERS; i++) {
          s.setInt(1, i);
          s.setString(2, "+2289" + String.format("%07d", i));
          s.setString(3, regions[i % regions.length]);
          s.setLong(4, now - (i % 60) * day);
          s.addBatch();
          for (int p = 1; p <= 2; p++) {
            t.setInt(1, i);
            t.setInt(2, p);
            t.setString(3, trades[(i + p) % trades.length]);
            t.addBatch();
          }
        }
        s.executeBatch();
        t.executeBatch();
      }
      try (var v = c.prepareStatement("INSERT INTO vacancies (id, ref, title, trade, region, employer, status, opened_at) "
          + "VALUES (?, ?, ?, ?, ?, 'Employeur', 'open', ?)")) {
        for (int i = 1; i <= 200; i++) {
          v.setInt(1, i);
          v.setString(2, "K" + (1000 + i));
          v.setString(3, "Offre " + i);
          v.setString(4, trades[i % trades.length]);
          v.setString(5, regions[i % 4]);
          v.setLong(6, now);
          v.addBatch();
        }
        v.executeBatch();
      }
      c.createStatement().executeUpdate("""
          INSERT INTO alerts (subscriber_id, vacancy_id, status, created_at)
          SELECT id, 1 + id % 200, 'delivered', created_at FROM subscribers""");
      c.createStatement().executeUpdate("""
          INSERT INTO outbox (recipient, subscriber_id, vacancy_id, text, kind, status, created_at, updated_at,
                              route, sent_at, segments, cost)
          SELECT phone, id, 1 + id % 200, 'alerte', 'alert',
                 CASE id % 10 WHEN 0 THEN 'failed' WHEN 1 THEN 'sent' ELSE 'delivered' END, created_at, created_at,
                 CASE id % 7 WHEN 0 THEN 'modem' WHEN 1 THEN 'smpp' ELSE 'at' END, created_at, 1, 15.0
          FROM subscribers""");
      return null;
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pagesStayFastWithAHundredThousandSubscribers() {
    AdminClient admin = new AdminClient(server);
    admin.login("amah", AdminServer.PASSWORD);
    Map<String, Long> timings = new LinkedHashMap<>();
    for (String page : new String[] {"/admin/dashboard", "/admin/subscribers", "/admin/subscribers?q=1234",
        "/admin/subscribers?q=%2B22890001234", "/admin/vacancies", "/admin/vacancies?q=Offre%2019&region=LOM",
        "/admin/vacancies/K1001", "/admin/messages", "/admin/messages?status=delivered&page=20", "/admin/partners",
        "/admin/audit", "/admin/reach", "/admin/reach.csv", "/admin/abroad", "/admin/review", "/admin/reports"}) {
      admin.get(page);
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        var r = admin.get(page);
        best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        assertThat(r.statusCode()).as(page).isEqualTo(200);
      }
      timings.put(page, best);
    }
    System.out.println("admin page times (ms, best of 3) with " + SUBSCRIBERS + " subscribers: " + timings);
    assertThat(admin.get("/admin/subscribers?q=%2B22890001234").bodyAsString()).contains("+22890001234");
    // The 1 s budget is a speed target: checked by the benchmark run (bench/admin/README.md, -Djobline.bench=true on a
    // quiet machine), not by every test run, where a loaded CI host says nothing about the code.
    if (Boolean.getBoolean("jobline.bench")) {
      timings.forEach((page, ms) -> assertThat(ms).as(page + " took " + ms + " ms").isLessThan(1000));
    }
  }
}
