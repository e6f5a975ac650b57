package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.jobline.aggregator.africastalking.AtStub;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.store.Store;
import org.jobline.subscriber.Subscribers;

/**
 * A real gateway (real SQLite file, real HTTP) whose AT route points at a real {@link AtStub};
 * the test thread blocks on futures (never an event loop).
 */
final class Harness implements AutoCloseable {
  static final String SECRET = "test-callback-secret-1234";

  final Vertx vertx = Vertx.vertx();
  final AtStub stub = new AtStub();
  final WebClient http = WebClient.create(vertx);
  final Path dir;
  Gateway gateway;

  Harness(Path dir) {
    this.dir = dir;
  }

  static Map<String, String> env(Object... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put((String) pairs[i], String.valueOf(pairs[i + 1]));
    }
    return env;
  }

  Harness startStub() {
    await(stub.start(vertx, 0));
    return this;
  }

  /** Starts the gateway against the stub (or {@code baseUrl} when given); {@code env} overrides the test defaults. */
  Harness startGateway(String baseUrl, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(Map.of(
        "JOBLINE_HTTP_PORT", "0",
        "JOBLINE_AGGREGATOR_TYPE", "africastalking",
        "JOBLINE_AGGREGATOR_AFRICASTALKING_BASE_URL", baseUrl != null ? baseUrl : stub.baseUrl(),
        "JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET,
        "JOBLINE_OUTBOX_POLL_MS", "20",
        "JOBLINE_OUTBOX_SEGMENTS_PER_SECOND", "0",
        "JOBLINE_OUTBOX_BACKOFF_BASE_MS", "100",
        "JOBLINE_OUTBOX_BACKOFF_MAX_MS", "400",
        "JOBLINE_ALERTS_QUIET_HOURS", "off"));
    all.put("JOBLINE_OUTBOX_REQUEST_TIMEOUT_MS", "3000");
    all.putAll(org.jobline.testing.TestStores.env(dir.resolve("jobline.db")));
    all.putAll(env);
    AppConfig config = new ConfigLoader().load(null, all);
    gateway = await(Gateway.start(vertx, config));
    return this;
  }

  Store store() {
    return gateway.context().store();
  }

  AppConfig config() {
    return gateway.context().config();
  }

  /** Queues messages in one transaction (as a feature would); returns their ids. */
  List<Long> enqueue(OutboundSms... messages) {
    Outbox outbox = new Outbox(config().sms());
    return await(store().write(tx -> {
      List<Long> ids = new java.util.ArrayList<>();
      for (OutboundSms m : messages) {
        ids.add(outbox.enqueue(tx, m));
      }
      return ids;
    }));
  }

  static OutboundSms alert(String phone, String text) {
    return new OutboundSms(phone, null, null, text, "fr", OutboundSms.Kind.ALERT, 0, null);
  }

  /** A registered subscriber with an alert row pointing at a queued outbox row; returns the outbox id. */
  long subscriberWithAlert(String phone, String text) {
    Outbox outbox = new Outbox(config().sms());
    return await(store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      long sub = Subscribers.register(tx, phone, "MAR", List.of("T1"), "fr", "sms").id();
      long vacancy;
      try (PreparedStatement p = c.prepareStatement("INSERT INTO vacancies (ref, title, trade, region, employer, status)"
          + " VALUES (?, 'Macon', 'T1', 'MAR', 'BTP', 'open')", java.sql.Statement.RETURN_GENERATED_KEYS)) {
        p.setString(1, "V-" + phone);
        p.executeUpdate();
        try (ResultSet k = p.getGeneratedKeys()) {
          k.next();
          vacancy = k.getLong(1);
        }
      }
      long id = outbox.enqueue(tx, new OutboundSms(phone, sub, vacancy, text, "fr", OutboundSms.Kind.ALERT, 0, null));
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO alerts (subscriber_id, vacancy_id, outbox_id, status) VALUES (?, ?, ?, 'queued')")) {
        p.setLong(1, sub);
        p.setLong(2, vacancy);
        p.setLong(3, id);
        p.executeUpdate();
      }
      return id;
    }));
  }

  /** Sets (or, with null, takes off) AT's id on a row, as if its outcome were saved (or not yet). */
  void setProviderId(long outboxId, String providerId) {
    await(store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET provider_id = ? WHERE id = ?")) {
        p.setString(1, providerId);
        p.setLong(2, outboxId);
        return p.executeUpdate();
      }
    }));
  }

  /** One row of a query as column -> value. */
  Map<String, Object> row(String sql, Object... args) {
    List<Map<String, Object>> rows = rows(sql, args);
    return rows.isEmpty() ? null : rows.get(0);
  }

  List<Map<String, Object>> rows(String sql, Object... args) {
    return await(store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          p.setObject(i + 1, args[i]);
        }
        try (ResultSet rs = p.executeQuery()) {
          List<Map<String, Object>> out = new java.util.ArrayList<>();
          while (rs.next()) {
            Map<String, Object> r = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              r.put(rs.getMetaData().getColumnLabel(i), org.jobline.store.ColumnValue.of(rs.getObject(i)));
            }
            out.add(r);
          }
          return out;
        }
      }
    }));
  }

  Map<String, Object> outbox(long id) {
    return row("SELECT * FROM outbox WHERE id = ?", id);
  }

  long count(String sql, Object... args) {
    return ((Number) row(sql, args).values().iterator().next()).longValue();
  }

  void waitUntil(String what, Callable<Boolean> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    try {
      while (!condition.call()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("timed out waiting until " + what);
        }
        Thread.sleep(20);
      }
    } catch (AssertionError e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  HttpResponse<Buffer> post(String pathAndQuery, MultiMap form) {
    return await(http.post(gateway.port(), "127.0.0.1", pathAndQuery).sendForm(form));
  }

  HttpResponse<Buffer> get(String path) {
    return await(http.get(gateway.port(), "127.0.0.1", path).send());
  }

  void stopGateway() {
    if (gateway != null) {
      await(gateway.stop());
      gateway = null;
    }
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    stopGateway();
    await(vertx.close());
  }
}
