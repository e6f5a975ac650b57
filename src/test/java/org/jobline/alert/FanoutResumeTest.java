package org.jobline.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jobline.vacancy.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The fan-out verticle stopped between batches resumes on the same database and alerts everyone exactly once. */
@ExtendWith(VertxExtension.class)
class FanoutResumeTest {
  static final int SUBSCRIBERS = 25;
  static final int BATCH = 4;

  @TempDir
  Path dir;

  @Test
  void stoppedBetweenBatchesThenRestartedSendsEachAlertExactlyOnce(Vertx vertx) throws Exception {
    Map<String, String> env = Map.of("JOBLINE_ALERTS_FANOUT_BATCH", String.valueOf(BATCH));
    Vacancy v;
    try (AlertFixture first = AlertFixture.open(vertx, dir, env)) {
      for (int i = 0; i < SUBSCRIBERS; i++) {
        first.subscriber(i % 2 == 0 ? "MAR" : "*", "INFIRM");
      }
      v = first.draft("Infirmier diplômé d'État", "INFIRM", "MAR");
      AtomicInteger batches = new AtomicInteger();
      CompletableFuture<String> deployed = new CompletableFuture<>();
      CompletableFuture<Void> stopped = new CompletableFuture<>();
      AtomicReference<FanoutVerticle> self = new AtomicReference<>();
      FanoutVerticle verticle = new FanoutVerticle(Alerts.fanout(first.ctx, AlertFixture.CLOCK), 60_000, () -> {
        if (batches.incrementAndGet() == 2) {
          self.get().finishAfterThisBatch();
          deployed.thenAccept(id -> vertx.undeploy(id).onComplete(ar -> stopped.complete(null)));
        }
      });
      self.set(verticle);
      deployed.complete(AlertFixture.await(vertx.deployVerticle(verticle)));
      AlertFixture.await(first.vacancies.open(AlertFixture.STAFF, v.ref()));
      stopped.get(30, TimeUnit.SECONDS);

      assertThat(first.alertsFor(v)).isEqualTo(2L * BATCH);
      assertThat(first.outboxFor(v)).isEqualTo(2L * BATCH);
      assertThat(first.count("SELECT fanout_cursor FROM vacancies WHERE id = ?", v.id()))
          .isEqualTo(first.count("SELECT max(subscriber_id) FROM alerts WHERE vacancy_id = ?", v.id()));
      assertThat(first.count("SELECT count(*) FROM vacancies WHERE id = ? AND fanout_state = 'pending'", v.id()))
          .isEqualTo(1);
    }

    try (AlertFixture second = AlertFixture.open(vertx, dir, env)) {
      FanoutVerticle restarted = new FanoutVerticle(Alerts.fanout(second.ctx, AlertFixture.CLOCK), 60_000);
      String id = AlertFixture.await(vertx.deployVerticle(restarted));
      long deadline = System.currentTimeMillis() + 30_000;
      while (second.count("SELECT count(*) FROM vacancies WHERE fanout_state = 'done'") == 0
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      AlertFixture.await(vertx.undeploy(id));

      assertThat(second.alertsFor(v)).isEqualTo(SUBSCRIBERS);
      assertThat(second.outboxFor(v)).isEqualTo(SUBSCRIBERS);
      assertThat(second.count("SELECT count(DISTINCT subscriber_id) FROM outbox WHERE vacancy_id = ?", v.id()))
          .isEqualTo(SUBSCRIBERS);

      // Progress lost altogether (cursor back to 0): a full rerun still adds nobody twice.
      AlertFixture.await(second.store.write(tx -> {
        Fanout.schedule(tx, v.id());
        return null;
      }));
      second.drain(v.id());
      assertThat(second.outboxFor(v)).isEqualTo(SUBSCRIBERS);
    }
  }
}
