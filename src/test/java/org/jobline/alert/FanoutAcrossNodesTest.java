package org.jobline.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.jobline.subscriber.Subscriber;
import org.jobline.vacancy.Vacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL write one vacancy's alerts at the same time: two fan-outs of the same
 * vacancy, or a fan-out and the welcome alerts of people registering meanwhile. Each person gets one
 * alert (and one SMS) for the vacancy, and no batch or registration fails on the other's rows.
 */
class FanoutAcrossNodesTest {
  private static final int PEOPLE = 240;

  @TempDir
  Path dir;
  private Vertx vertx;
  private AlertFixture nodeA;
  private AlertFixture nodeB;

  @BeforeEach
  void open() throws Exception {
    vertx = Vertx.vertx();
    nodeA = AlertFixture.onPostgres(vertx, dir, Map.of("JOBLINE_ALERTS_FANOUT_BATCH", "8", "JOBLINE_ALERTS_DAILY_CAP", "50"));
    nodeB = nodeA.otherNode();
  }

  @AfterEach
  void close() {
    nodeB.close();
    nodeA.close();
    AlertFixture.await(vertx.close());
  }

  @Test
  void twoNodesFanningOutOneVacancyQueueEachAlertOnce() throws Exception {
    for (int i = 0; i < PEOPLE; i++) {
      nodeA.subscriber("LOM", "MACON");
    }
    Vacancy v = AlertFixture.await(nodeA.vacancies.open(AlertFixture.STAFF, nodeA.draft("Maçon", "MACON", "LOM").ref()));
    List<Throwable> failures = together(() -> nodeA.drain(v.id()), () -> nodeB.drain(v.id()));

    assertThat(failures).as("no batch failed on the other node's alerts").isEmpty();
    assertThat(nodeA.alertsFor(v)).isEqualTo(PEOPLE);
    assertThat(nodeA.outboxFor(v)).as("one SMS per alert, none left over by a rolled-back race").isEqualTo(PEOPLE);
    assertThat(nodeA.count("SELECT count(DISTINCT subscriber_id) FROM outbox WHERE vacancy_id = ? AND kind = 'alert'",
        v.id())).isEqualTo(PEOPLE);
  }

  @Test
  void welcomeAlertsOnOneNodeDuringAFanOutOnTheOtherQueueEachAlertOnce() throws Exception {
    List<Subscriber> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(nodeA.subscriber("LOM", "MACON"));
    }
    Vacancy v = AlertFixture.await(nodeA.vacancies.open(AlertFixture.STAFF, nodeA.draft("Maçon", "MACON", "LOM").ref()));
    WelcomeMatches welcome = new WelcomeMatches(nodeB.writer);
    List<Throwable> failures = together(() -> nodeA.drain(v.id()), () -> {
      for (Subscriber s : people) {
        AlertFixture.await(nodeB.store.write(tx -> welcome.queue(tx, s)));
      }
    });

    assertThat(failures).as("neither the fan-out nor a registration failed").isEmpty();
    assertThat(nodeA.alertsFor(v)).isEqualTo(PEOPLE);
    assertThat(nodeA.outboxFor(v)).isEqualTo(PEOPLE);
    for (Subscriber s : people) {
      assertThat(nodeA.alerted(s, v)).isTrue();
    }
  }

  @Test
  void twoNodesClosingPastDateVacanciesCloseEachOnce() throws Exception {
    int n = 60;
    AlertFixture.await(nodeA.store.write(tx -> {
      try (java.sql.PreparedStatement p = tx.jdbc().prepareStatement("INSERT INTO vacancies (ref, title, trade, region, "
          + "employer, status, opened_at, closing_date) VALUES (?, 'Maçon', 'MACON', 'LOM', 'Entreprise', 'open', 1, '2026-01-01')")) {
        for (int i = 0; i < n; i++) {
          p.setString(1, "C" + (1000 + i));
          p.addBatch();
        }
        p.executeBatch();
      }
      return null;
    }));
    List<List<String>> closed = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Throwable> failures = together(() -> closed.add(AlertFixture.await(nodeA.vacancies.closePastClosingDate())),
        () -> closed.add(AlertFixture.await(nodeB.vacancies.closePastClosingDate())));

    assertThat(failures).isEmpty();
    assertThat(closed.stream().mapToInt(List::size).sum()).as("each vacancy closed by one node").isEqualTo(n);
    assertThat(nodeA.count("SELECT count(*) FROM vacancies WHERE status = 'closed'")).isEqualTo(n);
    assertThat(nodeA.count("SELECT count(*) FROM audit_log WHERE action = 'vacancy.close'")).as("audited once each").isEqualTo(n);
  }

  /** Runs both at once (each from its own thread, each node through its own store) and returns what failed. */
  private static List<Throwable> together(Runnable a, Runnable b) throws InterruptedException {
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (Runnable r : List.of(a, b)) {
      Thread t = new Thread(() -> {
        try {
          start.await();
          r.run();
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join(120_000);
    }
    return new ArrayList<>(failures);
  }
}
