package org.jobline.sms;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.store.SqlWork;

/** A real gateway on a random port with a SQLite file in a temp folder, and the SQL the SMS tests look at. */
final class SmsTestGateway {
  static final String SECRET = "sms-test-secret-0123456789";
  private static final AtomicInteger IDS = new AtomicInteger();

  /** One outbox row as the tests see it. */
  record Sent(String recipient, Long subscriberId, Long vacancyId, String text, String language, String kind,
              String encoding, int segments) {}

  final Gateway gateway;
  final WebClient client;

  private SmsTestGateway(Gateway gateway, WebClient client) {
    this.gateway = gateway;
    this.client = client;
  }

  static SmsTestGateway start(Vertx vertx, Path dir, Map<String, String> extraEnv) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of(
        "JOBLINE_HTTP_PORT", "0",
        "JOBLINE_HTTP_HOST", "127.0.0.1",
        "JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET,
        // These tests count the replies to each text: the optional questions' consent SMS after a first
        // registration is off unless a test turns it on (SmsQuestionsTest).
        "JOBLINE_PROFILE_QUESTIONS_BY_SMS", "false"));
    env.putAll(org.jobline.testing.TestStores.env(dir.resolve("jobline.db")));
    env.putAll(extraEnv);
    AppConfig cfg = new ConfigLoader().load(null, env);
    Gateway gateway = await(Gateway.start(vertx, cfg));
    WebClient client = WebClient.create(vertx);
    return new SmsTestGateway(gateway, client);
  }

  void stop() throws Exception {
    client.close();
    await(gateway.stop());
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.await(20, TimeUnit.SECONDS);
  }

  /** Posts an incoming SMS with a fresh id; returns the response. */
  HttpResponse<Buffer> sms(String from, String text) throws Exception {
    return post(SECRET, form(from, text, "ATXid_" + IDS.incrementAndGet()));
  }

  HttpResponse<Buffer> post(String secret, MultiMap form) throws Exception {
    var request = client.post(gateway.port(), "127.0.0.1", "/aggregator/africastalking/sms");
    if (secret != null) {
      request.addQueryParam("secret", secret);
    }
    return await(request.sendForm(form));
  }

  static MultiMap form(String from, String text, String id) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("to", "8888").add("date", "2026-11-23 10:00:00");
    if (from != null) {
      form.add("from", from);
    }
    if (text != null) {
      form.add("text", text);
    }
    if (id != null) {
      form.add("id", id);
    }
    return form;
  }

  static String status(HttpResponse<Buffer> r) {
    return new JsonObject(r.bodyAsString()).getString("status");
  }

  <T> T sql(SqlWork<T> work) throws Exception {
    return await(gateway.context().store().write(work));
  }

  long count(String sql, Object... args) throws Exception {
    return sql(tx -> {
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
    });
  }

  List<Sent> sentTo(String phone) throws Exception {
    return sql(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT recipient, subscriber_id, vacancy_id, text, language, kind,"
          + " encoding, segments FROM outbox WHERE recipient = ? ORDER BY id")) {
        p.setString(1, phone);
        try (ResultSet rs = p.executeQuery()) {
          List<Sent> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new Sent(rs.getString(1), nullableLong(rs, 2), nullableLong(rs, 3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)));
          }
          return out;
        }
      }
    });
  }

  private static Long nullableLong(ResultSet rs, int column) throws java.sql.SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** Inserts a vacancy; {@code openedAt} orders them (newest first in OFFRES). */
  long vacancy(String ref, String title, String trade, String region, String status, String description,
               String contact, long openedAt) throws Exception {
    return sql(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("INSERT INTO vacancies (ref, title, description, trade, region,"
          + " place, employer, contact, positions, closing_date, status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 2,"
          + " '2026-12-31', ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
        p.setString(1, ref);
        p.setString(2, title);
        p.setString(3, description);
        p.setString(4, trade);
        p.setString(5, region);
        p.setString(6, null);
        p.setString(7, "BTP Kara SARL");
        p.setString(8, contact);
        p.setString(9, status);
        p.setLong(10, openedAt);
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }
}
