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
