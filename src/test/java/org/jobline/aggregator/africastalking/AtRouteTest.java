package org.jobline.aggregator.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jobline.config.AppConfig.AfricasTalkingConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The AT route against a real HTTP server standing in for Africa's Talking. */
@ExtendWith(VertxExtension.class)
class AtRouteTest {
  private static final AfricasTalkingConfig AT = new AfricasTalkingConfig("unused", "jobline", "key-123", "JOBLINE");
  private static final List<Recipient> TWO = List.of(new Recipient(1, "+22890000001"), new Recipient(2, "+22890000002"));
  private static Vertx vertx;
  private static AtStub stub;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    stub = new AtStub().start(vertx, 0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static List<SendOutcome> send(String baseUrl, int timeoutMs) throws Exception {
    AtRoute route = new AtRoute(vertx, AT, () -> baseUrl, 100, timeoutMs, 4);
    try {
      return route.send("Offre: maçon à Lomé", TWO).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } finally {
      route.close();
    }
  }

  @Test
  void sendsTheExactFormAndHeaders() throws Exception {
    stub.received.clear();
    stub.answer = AtStub::acceptAll;
    List<SendOutcome> out = send(stub.baseUrl(), 5000);
    assertThat(stub.received).hasSize(1);
    AtStub.Received r = stub.received.get(0);
    assertThat(r.path()).isEqualTo("/version1/messaging");
    assertThat(r.headers().get("apiKey")).isEqualTo("key-123");
    assertThat(r.headers().get("Accept")).isEqualTo("application/json");
    assertThat(r.headers().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(r.form().names()).containsExactlyInAnyOrder("username", "to", "message", "from", "bulkSMSMode");
    assertThat(r.form().get("username")).isEqualTo("jobline");
    assertThat(r.form().get("to")).isEqualTo("+22890000001,+22890000002");
    assertThat(r.form().get("message")).isEqualTo("Offre: maçon à Lomé");
    assertThat(r.form().get("from")).isEqualTo("JOBLINE");
    assertThat(r.form().get("bulkSMSMode")).isEqualTo("1");
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(SendOutcome.Accepted.class));
    assertThat(((SendOutcome.Accepted) out.get(0)).providerId()).startsWith("ATXid_");
  }

  /** label, what the stub answers, the outcome kind expected for each recipient. */
  static Stream<Arguments> table() {
    return Stream.of(
        row("100 processed", r -> AtStub.allWith(r, 100), "accepted"),
        row("101 sent", r -> AtStub.allWith(r, 101), "accepted"),
        row("102 queued", r -> AtStub.allWith(r, 102), "accepted"),
        row("401 risk hold", r -> AtStub.allWith(r, 401), "permanent"),
        row("402 invalid sender id", r -> AtStub.allWith(r, 402), "permanent"),
        row("403 invalid phone number", r -> AtStub.allWith(r, 403), "permanent"),
        row("404 unsupported number type", r -> AtStub.allWith(r, 404), "permanent"),
        row("405 insufficient balance", r -> AtStub.allWith(r, 405), "transient"),
        row("406 user in blacklist", r -> AtStub.allWith(r, 406), "optout"),
        row("407 could not route", r -> AtStub.allWith(r, 407), "permanent"),
        row("409 rejected", r -> AtStub.allWith(r, 409), "permanent"),
        row("500 internal error", r -> AtStub.allWith(r, 500), "transient"),
        row("501 gateway error", r -> AtStub.allWith(r, 501), "transient"),
        row("502 rejected by gateway", r -> AtStub.allWith(r, 502), "transient"),
        row("unknown statusCode 777", r -> AtStub.allWith(r, 777), "transient"),
        row("HTTP 500", r -> new AtStub.Reply(500, "oops"), "transient"),
        row("HTTP 502 bad gateway", r -> new AtStub.Reply(502, ""), "connection"),
        row("HTTP 503", r -> new AtStub.Reply(503, ""), "connection"),
        row("HTTP 504 gateway timeout", r -> new AtStub.Reply(504, ""), "connection"),
        row("HTTP 401 bad api key: kept, breaker", r -> new AtStub.Reply(401, "{}"), "connection"),
        row("HTTP 403 account refused: kept, breaker", r -> new AtStub.Reply(403, "{}"), "connection"),
        row("HTTP 400", r -> new AtStub.Reply(400, "bad"), "permanent"),
        row("HTTP 408 request timeout", r -> new AtStub.Reply(408, ""), "transient"),
        row("HTTP 429 too many requests", r -> new AtStub.Reply(429, "{}"), "transient"),
        row("HTTP 404 nothing there", r -> new AtStub.Reply(404, "{}"), "connection"),
        row("unparseable JSON", r -> new AtStub.Reply(201, "<html>not json"), "transient"),
        row("JSON without recipients", r -> new AtStub.Reply(201, "{\"SMSMessageData\":{}}"), "transient"),
        row("recipient missing from answer", r -> new AtStub.Reply(201,
            "{\"SMSMessageData\":{\"Recipients\":[]}}"), "transient"));
  }

  private static Arguments row(String label, Function<AtStub.Received, AtStub.Reply> answer, String expected) {
    return Arguments.of(label, answer, expected);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("table")
  void mapsEachAnswerToAnOutcome(String label, Function<AtStub.Received, AtStub.Reply> answer, String expected)
      throws Exception {
    stub.answer = answer;
    List<SendOutcome> out = send(stub.baseUrl(), 5000);
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(kind(o)).as(label).isEqualTo(expected));
  }

  @ParameterizedTest(name = "GET /version1/user answered {0} -> link up: {1}")
  @org.junit.jupiter.params.provider.CsvSource({"200, true", "400, true", "500, true", "401, false", "403, false",
      "404, false", "502, false", "503, false", "504, false"})
  void theIdleProbeCountsRefusedCredentialsAsALinkDown(int status, boolean up) throws Exception {
    List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpServer account = vertx.createHttpServer().requestHandler(req -> {
      paths.add(req.method() + " " + req.path());
      req.response().setStatusCode(status).end("{}");
    }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    AtRoute route = new AtRoute(vertx, AT, () -> "http://127.0.0.1:" + account.actualPort(), 100, 5000, 4);
    try {
      assertThat(route.reachable().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(up);
      assertThat(paths).containsExactly("GET /version1/user");
    } finally {
      route.close();
      account.close();
    }
  }

  @Test
  void connectionRefusedIsATransientConnectionFailure() throws Exception {
    HttpServer closed = vertx.createHttpServer().requestHandler(r -> {}).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    int port = closed.actualPort();
    closed.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    List<SendOutcome> out = send("http://127.0.0.1:" + port, 2000);
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(kind(o)).isEqualTo("connection"));
  }

  @Test
  void aServerThatNeverAnswersTimesOutAsAConnectionFailure() throws Exception {
    HttpServer silent = vertx.createHttpServer().requestHandler(r -> {}).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    try {
      List<SendOutcome> out = send("http://127.0.0.1:" + silent.actualPort(), 300);
      assertThat(out).hasSize(2).allSatisfy(o -> assertThat(kind(o)).isEqualTo("connection"));
    } finally {
      silent.close();
    }
  }

  private static String kind(SendOutcome o) {
    if (o instanceof SendOutcome.Accepted) {
      return "accepted";
    }
    if (o instanceof SendOutcome.Transient t) {
      return t.connection() ? "connection" : "transient";
    }
    return ((SendOutcome.Permanent) o).optOut() ? "optout" : "permanent";
  }
}
