package org.jobline.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Matching, exactly-once fan-out on open/edit/republish, and expiry on close, on a real SQLite file. */
@ExtendWith(VertxExtension.class)
class FanoutTest {
  @TempDir
  Path dir;
  AlertFixture f;

  @BeforeEach
  void open(Vertx vertx) {
    f = AlertFixture.open(vertx, dir, Map.of("JOBLINE_ALERTS_FANOUT_BATCH", "3"));
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void matchesRegionAllRegionsAndAnyOfTheTradesButNotStoppedOrOthers() {
    Subscriber sameRegion = f.subscriber("LOM", "MACON");
    Subscriber allRegions = f.subscriber("*", "MACON");
    Subscriber secondTrade = f.subscriber("LOM", "PLOMB", "ELEC", "MACON");
    Subscriber otherRegion = f.subscriber("KAR", "MACON");
    Subscriber otherTrade = f.subscriber("LOM", "PLOMB");
    Subscriber stopped = f.subscriber("LOM", "MACON");
    AlertFixture.await(f.store.write(tx -> Subscribers.setStatus(tx, stopped.id(), "stopped")));

    Vacancy v = f.openAndFanOut(f.draft("Maçon confirmé", "MACON", "LOM"));

    assertThat(f.alerted(sameRegion, v)).isTrue();
    assertThat(f.alerted(allRegions, v)).isTrue();
    assertThat(f.alerted(secondTrade, v)).isTrue();
    assertThat(f.alerted(otherRegion, v)).isFalse();
    assertThat(f.alerted(otherTrade, v)).isFalse();
    assertThat(f.alerted(stopped, v)).isFalse();
    assertThat(f.alertsFor(v)).isEqualTo(3);
    assertThat(f.count("SELECT count(*) FROM alerts a JOIN outbox o ON o.id = a.outbox_id "
        + "WHERE a.vacancy_id = ? AND o.subscriber_id = a.subscriber_id AND o.kind = 'alert' AND o.status = 'queued' "
        + "AND a.status = 'queued'", v.id())).isEqualTo(3);
    assertThat(f.count("SELECT count(*) FROM vacancies WHERE id = ? AND fanout_state = 'done'", v.id())).isEqualTo(1);
  }

  @Test
  void matchingReadsTheTradeIndexAndNeverScansSubscribers() {
    org.junit.jupiter.api.Assumptions.assumeFalse(org.jobline.testing.TestStores.postgres(), "SQLite's query plan");
    String plan = AlertFixture.await(f.store.read(tx -> {
      java.sql.Connection c = tx.jdbc();
      StringBuilder out = new StringBuilder();
      try (PreparedStatement p = c.prepareStatement("EXPLAIN QUERY PLAN " + AlertSql.MATCH_BATCH)) {
        for (int i = 1; i <= 7; i++) {
          p.setObject(i, i == 3 || i == 5 ? "X" : 1);
        }
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.append(rs.getString("detail")).append('\n');
          }
        }
      }
      return out.toString();
    }));
    assertThat(plan).contains("subscriber_trades_by_trade");
    assertThat(plan).doesNotContainPattern("SCAN (s|subscribers)\\b");
    assertThat(plan).contains("SEARCH s USING INTEGER PRIMARY KEY");
  }

  @Test
  void republishAndOpenTwiceNeverDuplicate() {
    for (int i = 0; i < 7; i++) {
      f.subscriber("LOM", "SOUD");
    }
    Vacancy v = f.openAndFanOut(f.draft("Soudeur", "SOUD", "LOM"));
    f.openAndFanOut(v);
    AlertFixture.await(f.vacancies.close(AlertFixture.STAFF, v.ref()));
    f.openAndFanOut(v);

    assertThat(f.alertsFor(v)).isEqualTo(7);
    assertThat(f.outboxFor(v)).isEqualTo(7);
    assertThat(f.count("SELECT count(*) FROM (SELECT subscriber_id FROM outbox WHERE vacancy_id = ? "
        + "GROUP BY subscriber_id HAVING count(*) > 1)", v.id())).isZero();
  }

  @Test
  void editingRegionOrTradeOfAnOpenVacancyAlertsOnlyTheNewlyMatched() {
    Subscriber lome = f.subscriber("LOM", "CHAUF");
    Subscriber both = f.subscriber("*", "CHAUF");
    Subscriber kara = f.subscriber("KAR", "CHAUF");
    Subscriber karaMecano = f.subscriber("KAR", "MECAUTO");
    Vacancy v = f.openAndFanOut(f.draft("Chauffeur poids lourds", "CHAUF", "LOM"));
    assertThat(f.alertsFor(v)).isEqualTo(2);

    AlertFixture.await(f.vacancies.edit(AlertFixture.STAFF, v.ref(),
        new VacancyInput(null, null, null, "Kara", null, null, null, null, null)));
    f.drain(v.id());
    AlertFixture.await(f.vacancies.edit(AlertFixture.STAFF, v.ref(),
        new VacancyInput(null, null, "mécanicien auto", null, null, null, null, null, null)));
    f.drain(v.id());

    assertThat(List.of(f.alerted(lome, v), f.alerted(both, v), f.alerted(kara, v), f.alerted(karaMecano, v)))
        .containsOnly(true);
    assertThat(f.outboxFor(v)).isEqualTo(4);
    assertThat(f.count("SELECT count(*) FROM outbox WHERE subscriber_id = ? AND vacancy_id = ?", both.id(), v.id()))
        .isEqualTo(1);
  }

  @Test
  void closingExpiresAlertsNotYetSentAndLeavesSentOnesAlone() {
    Subscriber sent = f.subscriber("PLA", "CUISIN");
    f.subscriber("PLA", "CUISIN");
    f.subscriber("PLA", "CUISIN");
    Vacancy v = f.openAndFanOut(f.draft("Cuisinier", "CUISIN", "PLA"));
    AlertFixture.await(f.store.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET status = 'sent' WHERE subscriber_id = ?")) {
        p.setLong(1, sent.id());
        return p.executeUpdate();
      }
    }));

    AlertFixture.await(f.vacancies.close(AlertFixture.STAFF, v.ref()));

    assertThat(f.count("SELECT count(*) FROM outbox WHERE vacancy_id = ? AND status = 'expired'", v.id())).isEqualTo(2);
    assertThat(f.count("SELECT count(*) FROM alerts WHERE vacancy_id = ? AND status = 'expired'", v.id())).isEqualTo(2);
    assertThat(f.count("SELECT count(*) FROM outbox WHERE vacancy_id = ? AND status = 'sent'", v.id())).isEqualTo(1);
    assertThat(f.count("SELECT count(*) FROM outbox WHERE vacancy_id = ? AND status = 'queued'", v.id())).isZero();
  }

  @Test
  void overTheDailyCapWaitsForTheNextDayNewestFirst() {
    Subscriber s = f.subscriber("SAV", "AGRI");
    List<Vacancy> opened = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      opened.add(f.openAndFanOut(f.draft("Ouvrier agricole " + i, "AGRI", "SAV")));
    }
    Pacing pacing = f.writer.pacing();
    List<Long> notBefore = new ArrayList<>();
    for (Vacancy v : opened) {
      notBefore.add(f.count("SELECT not_before FROM outbox WHERE vacancy_id = ? AND subscriber_id = ?", v.id(), s.id()));
    }
    // Today: the first 3. Tomorrow: the 3 newest of the rest. The oldest waiting one gave way.
    assertThat(notBefore.subList(0, 3)).containsOnly(0L);
    assertThat(notBefore.get(3)).isEqualTo(pacing.dayStart(2));
    assertThat(notBefore.subList(4, 7)).containsOnly(pacing.dayStart(1));
    assertThat(pacing.dayStart(1) - pacing.dayStart(0)).isEqualTo(86_400_000L);
    assertThat(f.count("SELECT count(*) FROM alerts a JOIN outbox o ON o.id = a.outbox_id "
        + "WHERE a.subscriber_id = ?1 AND a.due_at = CASE WHEN o.not_before > ?2 THEN o.not_before ELSE ?2 END",
        s.id(), AlertFixture.CLOCK.millis()))
        .isEqualTo(7);
  }

  @Test
  void aVacancyPastItsClosingDateClosesItselfAndItsAlertsExpire() {
    f.subscriber("CEN", "VENDEUR");
    Vacancy v = f.openAndFanOut(f.draft("Vendeuse boutique", "VENDEUR", "CEN"));
    AlertFixture.await(f.store.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("UPDATE vacancies SET closing_date = '2026-06-09' WHERE id = ?")) {
        p.setLong(1, v.id());
        return p.executeUpdate();
      }
    }));
    Vacancy today = f.openAndFanOut(f.draft("Caissier", "CAISSE", "CEN"));
    AlertFixture.await(f.vacancies.edit(AlertFixture.STAFF, today.ref(),
        new VacancyInput(null, null, null, null, null, null, null, null, "2026-06-10")));

    List<String> closed = AlertFixture.await(f.vacancies.closePastClosingDate());

    assertThat(closed).containsExactly(v.ref());
    assertThat(f.count("SELECT count(*) FROM vacancies WHERE id = ? AND status = 'closed'", v.id())).isEqualTo(1);
    assertThat(f.count("SELECT count(*) FROM outbox WHERE vacancy_id = ? AND status = 'expired'", v.id())).isEqualTo(1);
    assertThat(f.count("SELECT count(*) FROM audit_log WHERE action = 'vacancy.close' AND actor = 'system'")).isEqualTo(1);
  }
}
