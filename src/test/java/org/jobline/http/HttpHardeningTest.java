package org.jobline.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.app.Gateway;
import org.jobline.testing.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Careless and hostile bodies on the callbacks and the admin page: oversized fields, JSON sent as a
 * form or multipart, a GET with a form body. Each gets a 4xx with the usual JSON error, never a 500,
 * and at most one log line without the body. Also: security headers everywhere, /ready cached.
 */
class HttpHardeningTest {
  static final String SECRET = "limits-test-secret-0123456789";
  static final List<String> CALLBACKS = List.of("/aggregator/africastalking/ussd", "/aggregator/africastalking/sms",
      "/aggregator/africastalking/dlr", "/aggregator/africastalking/optout");
  @TempDir
  static Path dir;
  static Vertx vertx;
  static Gateway gateway;
  static WebClient client;

  static final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> LOGS =
      new ch.qos.logback.core.read.ListAppender<>();

  static ch.qos.logback.classic.Logger root() {
    return (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @BeforeAll
  static void start() throws Exception {
    LOGS.start();
    root().addAppender(LOGS);
    vertx = Vertx.vertx();
    gateway = TestGateway.start(vertx, dir, Map.of("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET))
        .await(60, TimeUnit.SECONDS);
    client = TestGateway.client(vertx, gateway);
  }

  @AfterAll
  static void stop() throws Exception {
    root().detachAppender(LOGS);
    gateway.stop().await(30, TimeUnit.SECONDS);
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  static HttpResponse<Buffer> send(HttpMethod method, String path, String type, String body) throws Exception {
    var req = client.request(method, path + (path.contains("?") ? "&" : "?") + "secret=" + SECRET);
    if (type != null) {
      req.putHeader("Content-Type", type);
    }
    return req.sendBuffer(Buffer.buffer(body)).await(30, TimeUnit.SECONDS);
  }

  @Test
  void aFieldOverTheLimitIsA413WithTheUsualErrorAndOneQuietLogLine() throws Exception {
    String big = "BODYMARK" + "x".repeat(20_000);
    int before = LOGS.list.size();
    for (String path : CALLBACKS) {
      var r = send(HttpMethod.POST, path, "application/x-www-form-urlencoded",
          "sessionId=s1&phoneNumber=%2B22890000001&from=%2B22890000001&id=i1&status=Success&text=" + big);
      if (path.endsWith("ussd")) {
        assertThat(r.statusCode()).as("USSD reads its own small forms and ends the session politely").isEqualTo(200);
        assertThat(r.bodyAsString()).startsWith("END ");
      } else {
        assertThat(r.statusCode()).as(path).isEqualTo(413);
        assertThat(r.bodyAsJsonObject().getString("error")).as(path).contains("too large");
      }
    }
    var logged = List.copyOf(LOGS.list.subList(before, LOGS.list.size()));
    assertThat(logged).noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR));
    assertThat(logged).noneMatch(e -> e.getFormattedMessage().contains("BODYMARK") || e.getThrowableProxy() != null);
  }

  @Test
  void securityHeadersOnEveryKindOfResponse() throws Exception {
    for (String path : List.of("/health", "/ready", "/no/such/page", "/admin/login", "/admin/static/admin.css",
        "/api/v1/vacancies", "/api/v1/openapi.yaml")) {
      var r = client.get(path).send().await(30, TimeUnit.SECONDS);
      assertThat(r.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(r.getHeader("Strict-Transport-Security")).as(path + ": dev mode has no HSTS").isNull();
    }
    var failed = send(HttpMethod.POST, CALLBACKS.get(1), "multipart/form-data", "{}");
    assertThat(failed.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  static String lastReadyCheck() throws Exception {
    return gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (var st = c.createStatement();
           var rs = st.executeQuery("SELECT value FROM app_meta WHERE key = 'last_ready_check'")) {
        return rs.next() ? rs.getString(1) : "";
      }
    }).await(30, TimeUnit.SECONDS);
  }

  @Test
  void readyDoesNotWriteOnEveryCall() throws Exception {
    Thread.sleep(HealthRoutes.CACHE_MS + 100);
    java.util.Set<String> stamps = new java.util.HashSet<>();
    for (int i = 0; i < 5; i++) {
      assertThat(client.get("/ready").send().await(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      stamps.add(lastReadyCheck());
    }
    assertThat(stamps).as("5 calls in a row share one check (a slow machine may need two)").hasSizeBetween(1, 2);
    Thread.sleep(HealthRoutes.CACHE_MS + 100);
    client.get("/ready").send().await(30, TimeUnit.SECONDS);
    assertThat(stamps).as("checked again once the answer is stale").doesNotContain(lastReadyCheck());
  }

  @Test
  void jsonSentAsAFormOrMultipartIsA4xx() throws Exception {
    for (String path : CALLBACKS) {
      for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data",
          "multipart/form-data; boundary=xyz", "application/json")) {
        var r = send(HttpMethod.POST, path, type, "{\"from\":\"+22890000001\",\"text\":\"STOP\"}");
        assertThat(r.statusCode()).as(path + " " + type).isBetween(200, 499);
        assertThat(r.getHeader("Content-Type")).as(path + " " + type).matches("(application/json|text/plain).*");
      }
    }
  }

  @Test
  void aGetWithAFormBodyIsA4xx() throws Exception {
    for (String path : List.of("/ready", "/health", "/admin/login", "/api/v1/vacancies", CALLBACKS.get(1))) {
      var r = send(HttpMethod.GET, path, "application/x-www-form-urlencoded", "a=" + "y".repeat(9000));
      assertThat(r.statusCode()).as(path).isBetween(200, 499);
      var m = send(HttpMethod.GET, path, "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--b--\r\n");
      assertThat(m.statusCode()).as(path).isBetween(200, 499);
    }
  }

  @Test
  void theCallbackSecretIsReadFromTheQueryOnlyUnderItsExactNameOnce() throws Exception {
    String form = "application/x-www-form-urlencoded";
    String body = "sessionId=s9&phoneNumber=%2B22890000009&serviceCode=*888%23&text=&from=%2B22890000009&to=8888"
        + "&id=sec1&status=Success&date=2026-11-23";
    for (String path : CALLBACKS) {
      var inBody = client.post(path).putHeader("Content-Type", form)
          .sendBuffer(Buffer.buffer(body + "&secret=" + SECRET)).await(30, TimeUnit.SECONDS);
      assertThat(inBody.statusCode()).as(path + ": secret in the body").isEqualTo(403);
      var otherCase = client.post(path + "?SECRET=" + SECRET).putHeader("Content-Type", form)
          .sendBuffer(Buffer.buffer(body)).await(30, TimeUnit.SECONDS);
      assertThat(otherCase.statusCode()).as(path + ": SECRET").isEqualTo(403);
      var twice = client.post(path + "?secret=" + SECRET + "&secret=x").putHeader("Content-Type", form)
          .sendBuffer(Buffer.buffer(body)).await(30, TimeUnit.SECONDS);
      assertThat(twice.statusCode()).as(path + ": two secrets").isEqualTo(403);
      var right = send(HttpMethod.POST, path, form, body);
      assertThat(right.statusCode()).as(path + ": the documented way").isNotEqualTo(403).isLessThan(500);
    }
  }
}
