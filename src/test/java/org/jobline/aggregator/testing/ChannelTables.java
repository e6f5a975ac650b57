package org.jobline.aggregator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jobline.http.ErrorHandler;

/**
 * The one runner of every adapter's tables (courier's RunIncomingTestCases / RunOutgoingTestCases).
 * Inbound: a real HTTP server with the route's callbacks mounted as the gateway mounts them, a
 * request per case, the {@link org.jobline.aggregator.Inbound} call and the HTTP answer expected.
 * Outbound: a real HTTP server standing in for the aggregator, a send per case, the request it
 * must receive and one outcome kind per recipient.
 */
public final class ChannelTables {
  private ChannelTables() {}

  /**
   * One callback request. {@code query} is appended to the path as is; {@code form} (may be null)
   * is sent url-encoded; {@code expectedCall} is the Inbound record expected (times 0), or null for
   * none; {@code bodyContains} a piece of the answer (or null).
   */
  public record In(String label, HttpMethod method, String path, String query, MultiMap form, Object expectedCall,
                   int status, String bodyContains) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** What the stand-in aggregator received. */
  public record Received(HttpMethod method, String path, MultiMap query, MultiMap headers, MultiMap form, String body) {}

  /** What it answers. */
  public record Answer(int status, String body) {}

  /**
   * One send. {@code answer} is the stand-in's reply to each request; {@code request} checks each
   * request received (null: no check); {@code outcomes} one kind per recipient: accepted, transient,
   * connection, permanent, optout.
   */
  public record Out(String label, String text, List<Recipient> to, Function<Received, Answer> answer,
                    Consumer<List<Received>> requests, List<String> outcomes) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** Runs one inbound case against {@code route} (built by the adapter's own factory). */
  public static void runIn(Vertx vertx, Channel route, In c) throws Exception {
    RecordingInbound inbound = new RecordingInbound();
    Router router = Router.router(vertx);
    route.mountFirst(router, inbound);
    router.route().handler(BodyHandler.create(false));
    route.mount(router, inbound);
    router.route().failureHandler(ErrorHandler::handle);
    HttpServer server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    WebClient client = WebClient.create(vertx);
    try {
      String uri = c.path() + (c.query() == null || c.query().isEmpty() ? "" : "?" + c.query());
      var request = client.request(c.method(), server.actualPort(), "127.0.0.1", uri);
      HttpResponse<Buffer> response = await(c.form() == null ? request.send() : request.sendForm(c.form()));
      assertThat(response.statusCode()).as(c.label() + ": HTTP status (body %s)", response.bodyAsString())
          .isEqualTo(c.status());
      if (c.bodyContains() != null) {
        assertThat(response.bodyAsString()).as(c.label() + ": answer").contains(c.bodyContains());
      }
      if (c.expectedCall() == null) {
        assertThat(inbound.calls).as(c.label() + ": no call to the core").isEmpty();
      } else {
        assertThat(inbound.calls).as(c.label() + ": the call to the core").containsExactly(c.expectedCall());
      }
    } finally {
      client.close();
      await(server.close());
    }
  }

  /** Runs one outbound case: {@code route} is built by the adapter's factory for the stand-in's base URL. */
  public static void runOut(Vertx vertx, Function<String, Channel> route, Out c) throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false));
    router.route().handler(rc -> {
      Received r = new Received(rc.request().method(), rc.request().path(), rc.queryParams(), rc.request().headers(),
          rc.request().formAttributes(), rc.body().asString());
      received.add(r);
      Answer a = c.answer().apply(r);
      rc.response().setStatusCode(a.status()).end(a.body() == null ? "" : a.body());
    });
    HttpServer server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    Channel channel = route.apply("http://127.0.0.1:" + server.actualPort());
    try {
      List<SendOutcome> out = await(channel.send(c.text(), c.to()));
      List<String> kinds = new ArrayList<>();
      out.forEach(o -> kinds.add(kind(o)));
      assertThat(kinds).as(c.label() + ": outcomes (%s)", out).isEqualTo(c.outcomes());
      if (c.requests() != null) {
        c.requests().accept(received);
      }
    } finally {
      await(channel.close());
      await(server.close());
    }
  }

  /** accepted, transient, connection (transient that feeds the breaker), permanent or optout. */
  public static String kind(SendOutcome o) {
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

  public static MultiMap form(String... pairs) {
    MultiMap m = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      m.add(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  public static <T> T await(io.vertx.core.Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }
}
