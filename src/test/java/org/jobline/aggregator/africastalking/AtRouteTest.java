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

/**
 * The AT route against a real HTTP server standing in for Africa's Talking: the idle probe and
 * connection failures (the request and answer tables are in {@link AtTablesTest}).
 */
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

  /** The request went out and no answer came: AT may have taken it, so it is not a plain retry (issue 25). */
  @Test
  void aServerThatTakesTheRequestButNeverAnswersLeavesTheOutcomeUnknown() throws Exception {
    List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpServer silent = vertx.createHttpServer().requestHandler(r -> r.body().onSuccess(b -> received.add(b.toString())))
        .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    try {
      List<SendOutcome> out = send("http://127.0.0.1:" + silent.actualPort(), 300);
      assertThat(out).hasSize(2).allSatisfy(o -> assertThat(kind(o)).isEqualTo("unknown"));
      assertThat(received).as("the body was written").hasSize(1);
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
    if (o instanceof SendOutcome.Unknown) {
      return "unknown";
    }
    return ((SendOutcome.Permanent) o).optOut() ? "optout" : "permanent";
  }
}
