package org.jobline.ussd;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.store.SqlWork;
import org.jobline.store.Store;
import org.jobline.store.Tx;

/** A real gateway on a random port with a real SQLite file, driven over HTTP (blocking calls, test thread only). */
final class UssdTestGateway {
  static final String SECRET = "test-secret-123";
  static final String PHONE = "+22890112233";

  final Vertx vertx;
  final Path db;
  final AppConfig config;
  private final WebClient client;
  private Gateway gateway;

  record Reply(int status, String contentType, String body) {}

  UssdTestGateway(Vertx vertx, Path dir) {
    this.vertx = vertx;
    this.db = dir.resolve("jobline.db");
    Map<String, String> env = new java.util.HashMap<>(Map.of("JOBLINE_HTTP_PORT", "0", "JOBLINE_HTTP_HOST", "127.0.0.1",
        "JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET));
    env.putAll(org.jobline.testing.TestStores.env(db));
    this.config = new ConfigLoader().load(null, env);
    this.client = WebClient.create(vertx);
  }

  UssdTestGateway start() {
    gateway = await(Gateway.start(vertx, config));
    return this;
  }

  void stop() {
    if (gateway != null) {
      await(gateway.stop());
      gateway = null;
    }
  }

  /** Runs {@code work} on a store opened just for it (before start or after stop). */
  <T> T offline(SqlWork<T> work) {
    Store store = await(Store.open(vertx, config.store()));
    try {
      return await(store.write(work));
    } finally {
      await(store.close());
    }
  }

  <T> T write(SqlWork<T> work) {
    return await(gateway.context().store().write(work));
  }

  Reply ussd(String sessionId, String phone, String text) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap()
        .add("sessionId", sessionId).add("serviceCode", "*888#").add("phoneNumber", phone)
        .add("networkCode", "61501").add("text", text);
    return post(SECRET, form);
  }

  /** Sends the same request twice at once, as an aggregator retrying a slow callback would. */
  List<Reply> twiceAtOnce(String sessionId, String phone, String text) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap()
        .add("sessionId", sessionId).add("phoneNumber", phone).add("text", text);
    List<Future<HttpResponse<Buffer>>> sent = List.of(send(SECRET, form), send(SECRET, form));
    return sent.stream().map(UssdTestGateway::await)
        .map(r -> new Reply(r.statusCode(), r.getHeader("Content-Type"), r.bodyAsString())).toList();
  }

  private Future<HttpResponse<Buffer>> send(String secret, MultiMap form) {
    return client.post(gateway.port(), "127.0.0.1", "/aggregator/africastalking/ussd").addQueryParam("secret", secret).sendForm(form);
  }

  Reply post(String secret, MultiMap form) {
    var req = client.post(gateway.port(), "127.0.0.1", "/aggregator/africastalking/ussd");
    if (secret != null) {
      req.addQueryParam("secret", secret);
    }
    HttpResponse<Buffer> r = await(req.sendForm(form));
    return new Reply(r.statusCode(), r.getHeader("Content-Type"), r.bodyAsString());
  }

  long count(String sql) {
    return write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (var rs = c.createStatement().executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Inserts one open vacancy; {@code age} orders them (larger = older). */
  static void vacancy(Tx tx, String ref, String title, String trade, String region, String employer, int age)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement("""
        INSERT INTO vacancies (ref, title, trade, region, place, employer, contact, positions, closing_date, status, opened_at)
        VALUES (?, ?, ?, ?, ?, ?, '+22890000000', 2, '2026-12-31', 'open', ?)""")) {
      p.setString(1, ref);
      p.setString(2, title);
      p.setString(3, trade);
      p.setString(4, region);
      p.setString(5, "Quartier Bè-Kpota, Lomé");
      p.setString(6, employer);
      p.setLong(7, 1_700_000_000_000L - age * 1000L);
      p.executeUpdate();
    }
  }
}
