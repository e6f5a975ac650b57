package org.jobline.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.outbox.Outbox;
import org.jobline.store.Store;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Follow-ups on a controllable clock, over a real SQLite file: when each round goes out, once, and when none does. */
@ExtendWith(VertxExtension.class)
class FollowUpSchedulerTest {
  private static final long DAY = TimeUnit.DAYS.toMillis(1);
  private static final long T0 = 1_780_000_000_000L;
  private Store store;
  private AppConfig config;
  private FollowUpScheduler scheduler;

  @BeforeEach
  void open(Vertx vertx, @TempDir Path dir) {
    config = new ConfigLoader().load(null, Map.of("JOBLINE_STORE_PATH", dir.resolve("f.db").toString()));
    store = await(Store.open(vertx, config.store()));
    scheduler = new FollowUpScheduler(store, new Outbox(config.sms()), config.followUp().rounds());
  }

  @AfterEach
  void close() {
    await(store.close());
  }

  /** A subscriber interested in a new vacancy at {@code at}; returns the vacancy ref. */
  private String interest(String phone, String ref, long at, String language) {
    return await(store.write(tx -> {
      Subscriber s = Subscribers.register(tx, phone, "KAR", List.of("MACON"), language, "sms");
      var c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("INSERT INTO vacancies (ref, title, trade, region, employer, status)"
          + " VALUES (?, 'Macon', 'MACON', 'KAR', 'BTP', 'open')")) {
        p.setString(1, ref);
        p.executeUpdate();
      }
      Vacancies.recordInterest(tx, s.id(), Vacancies.byRef(tx, ref).orElseThrow().id(), "sms");
      try (PreparedStatement p = c.prepareStatement("UPDATE interests SET created_at = ? WHERE vacancy_id = "
          + "(SELECT id FROM vacancies WHERE ref = ?)")) {
        p.setLong(1, at);
        p.setString(2, ref);
        p.executeUpdate();
      }
      return ref;
    }));
  }

  private long count(String sql) {
    return await(store.read(tx -> {
      try (ResultSet rs = tx.jdbc().createStatement().executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }));
  }

  @Test
  void theDefaultRoundsAre14And60Days() {
    assertThat(config.followUp().rounds()).containsExactly(14, 60);
  }

  @Test
  void eachRoundGoesOutOnceOnItsDay() {
    interest("+22890000001", "K4821", T0, "fr");
    assertThat(await(scheduler.run(T0 + 14 * DAY - 1))).isZero();
    assertThat(await(scheduler.run(T0 + 14 * DAY))).isEqualTo(1);
    assertThat(await(scheduler.run(T0 + 15 * DAY))).as("never twice").isZero();
    assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'reply' AND text LIKE 'Jobline - offre K4821: qu''est-il arrive?"
        + " Repondez 1 Embauche, 2 Entretien, 3 Pas de nouvelles, 4 Pas interesse.'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM followups f JOIN outbox o ON o.id = f.outbox_id WHERE f.round = 1"
        + " AND f.sent_at = " + (T0 + 14 * DAY) + " AND f.answer IS NULL")).isEqualTo(1);
    assertThat(await(scheduler.run(T0 + 60 * DAY - 1))).isZero();
    assertThat(await(scheduler.run(T0 + 60 * DAY))).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM followups WHERE round = 2")).isEqualTo(1);
    assertThat(await(scheduler.run(T0 + 400 * DAY))).isZero();
  }

  @Test
  void hiredOrNotInterestedEndsTheFollowUpsButAnInterviewDoesNot() {
    interest("+22890000001", "K1", T0, "fr");
    interest("+22890000002", "K2", T0, "en");
    assertThat(await(scheduler.run(T0 + 20 * DAY))).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM outbox WHERE text LIKE 'Jobline - offer K2: what happened?%'")).isEqualTo(1);
    await(store.write(tx -> {
      long one = Subscribers.find(tx, "+22890000001").orElseThrow().id();
      long two = Subscribers.find(tx, "+22890000002").orElseThrow().id();
      FollowUps.answerLatest(tx, one, Outcome.HIRED, "sms", 0, T0 + 21 * DAY);
      return FollowUps.answerLatest(tx, two, Outcome.INTERVIEW, "sms", 0, T0 + 21 * DAY);
    }));
    assertThat(await(scheduler.run(T0 + 61 * DAY))).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM followups f JOIN vacancies v ON v.id = f.vacancy_id WHERE f.round = 2 AND v.ref = 'K2'"))
        .isEqualTo(1);
  }

  @Test
  void anInterestAlreadyPastTheLastRoundGetsOnlyThatOneAndStoppedPeopleNone() {
    interest("+22890000001", "K1", T0, "fr");
    interest("+22890000002", "K2", T0, "fr");
    await(store.write(tx -> Subscribers.stopByPhone(tx, "+22890000002")));
    assertThat(await(scheduler.run(T0 + 90 * DAY))).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM followups")).isEqualTo(1);
    assertThat(count("SELECT round FROM followups")).isEqualTo(2);
  }

  @Test
  void theVerticleRunsAtItsClocksTime(Vertx vertx) {
    interest("+22890000001", "K1", T0, "fr");
    Clock later = Clock.fixed(Instant.ofEpochMilli(T0 + 15 * DAY), ZoneOffset.UTC);
    String id = await(vertx.deployVerticle(new FollowUpVerticle(scheduler, later, 3_600_000L)));
    assertThat(count("SELECT count(*) FROM followups WHERE sent_at = " + (T0 + 15 * DAY))).isEqualTo(1);
    await(vertx.undeploy(id));
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
