package org.jobline.alert;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.core.AppContext;
import org.jobline.phone.PhoneNumbers;
import org.jobline.refdata.ReferenceData;
import org.jobline.refdata.ReferenceDataLoader;
import org.jobline.store.Store;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyService;

/** A real store in a temporary folder, wired like the gateway, with a fixed clock (10:00 in Lomé). */
final class AlertFixture implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T10:00:00Z"), ZoneOffset.UTC);
  static final Actor STAFF = Actor.staff("tester");

  final Vertx vertx;
  final AppConfig config;
  final Store store;
  final AppContext ctx;
  final VacancyService vacancies;
  final Fanout fanout;
  final AlertWriter writer;
  private int phones;

  private AlertFixture(Vertx vertx, AppConfig config, Store store) {
    this.vertx = vertx;
    this.config = config;
    this.store = store;
    ReferenceData rd = ReferenceDataLoader.load(config.referenceData());
    this.ctx = new AppContext(vertx, config, store, rd, new PhoneNumbers(config.locale().country()));
    this.vacancies = Alerts.vacancyService(ctx, CLOCK);
    this.fanout = Alerts.fanout(ctx, CLOCK);
    this.writer = Alerts.writer(config, rd, CLOCK);
  }

  static AppConfig config(Path dir, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("JOBLINE_HTTP_PORT", "0"));
    env.putAll(org.jobline.testing.TestStores.env(dir.resolve("jobline.db")));
    env.putAll(extra);
    return new ConfigLoader().load(null, env);
  }

  static AlertFixture open(Vertx vertx, Path dir, Map<String, String> extra) {
    AppConfig config = config(dir, extra);
    return new AlertFixture(vertx, config, await(Store.open(vertx, config.store())));
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Subscriber subscriber(String region, String... trades) {
    String phone = "+2289" + String.format("%07d", ++phones);
    return await(store.write(tx -> Subscribers.register(tx, phone, region, List.of(trades), "fr", "sms")));
  }

  Subscriber subscriberIn(String language, String region, String... trades) {
    String phone = "+2289" + String.format("%07d", ++phones);
    return await(store.write(tx -> Subscribers.register(tx, phone, region, List.of(trades), language, "sms")));
  }

  Vacancy draft(String title, String trade, String region) {
    return await(vacancies.create(STAFF, new VacancyInput(title, null, trade, region, null, "Entreprise Test",
        "Tel 90 00 00 00", 2, null)));
  }

  /** Opens the vacancy and runs its fan-out to the end, as the verticle would. */
  Vacancy openAndFanOut(Vacancy v) {
    Vacancy opened = await(vacancies.open(STAFF, v.ref()));
    drain(opened.id());
    return opened;
  }

  void drain(long vacancyId) {
    while (await(fanout.runBatch(vacancyId))) {
      // next batch
    }
  }

  long count(String sql, Object... args) {
    return await(store.read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          p.setObject(i + 1, args[i]);
        }
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }));
  }

  long alertsFor(Vacancy v) {
    return count("SELECT count(*) FROM alerts WHERE vacancy_id = ?", v.id());
  }

  long outboxFor(Vacancy v) {
    return count("SELECT count(*) FROM outbox WHERE vacancy_id = ? AND kind = 'alert'", v.id());
  }

  boolean alerted(Subscriber s, Vacancy v) {
    return count("SELECT count(*) FROM alerts WHERE vacancy_id = ? AND subscriber_id = ?", v.id(), s.id()) == 1;
  }

  @Override
  public void close() {
    await(store.close());
  }
}
