package org.jobline.aggregator.africastalking;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A real HTTP server standing in for Africa's Talking's messaging API: records every request and
 * answers what {@link #answer} says (by default every recipient accepted with statusCode 101).
 */
public final class AtStub {
  /** One request as received: its headers, its form, when it arrived. */
  public record Received(MultiMap headers, MultiMap form, String path, long atMs) {
    public List<String> to() {
      return List.of(form.get("to").split(","));
    }
  }

  /** What to answer: HTTP status and body. */
  public record Reply(int status, String body) {}

  public final List<Received> received = new CopyOnWriteArrayList<>();
  public volatile Function<Received, Reply> answer = AtStub::acceptAll;
  /** When above 0, every answer leaves this many ms after the request came (an aggregator slower than our timeout). */
  public volatile long delayMs;
  private Vertx vertx;
  private HttpServer server;

  public Future<AtStub> start(Vertx vertx, int port) {
    this.vertx = vertx;
    return vertx.createHttpServer().requestHandler(this::handle).listen(port, "127.0.0.1").map(s -> {
      server = s;
      return this;
    });
  }

  public int port() {
    return server.actualPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public Future<Void> stop() {
    return server.close();
  }

  private void handle(HttpServerRequest req) {
    long at = System.currentTimeMillis();
    req.setExpectMultipart(true);
    req.end().onSuccess(v -> {
      Received r = new Received(MultiMap.caseInsensitiveMultiMap().addAll(req.headers()),
          MultiMap.caseInsensitiveMultiMap().addAll(req.formAttributes()), req.path(), at);
      received.add(r);
      Reply reply = answer.apply(r);
      long delay = delayMs;
      if (delay > 0) {
        vertx.setTimer(delay, t -> req.response().setStatusCode(reply.status()).putHeader("Content-Type", "application/json")
            .end(reply.body()));
        return;
      }
      req.response().setStatusCode(reply.status()).putHeader("Content-Type", "application/json").end(reply.body());
    });
  }

  /** Every recipient gets {@code code} (messageId only for 100-102). */
  public static Reply allWith(Received r, int code) {
    JsonArray recipients = new JsonArray();
    for (String number : r.to()) {
      JsonObject one = new JsonObject().put("statusCode", code).put("number", number).put("cost", "XOF 15.0000")
          .put("status", code <= 102 ? "Success" : "Failed");
      if (code <= 102) {
        one.put("messageId", "ATXid_" + java.util.UUID.randomUUID());
      }
      recipients.add(one);
    }
    return new Reply(201, new JsonObject().put("SMSMessageData",
        new JsonObject().put("Message", "Sent to " + recipients.size()).put("Recipients", recipients)).encode());
  }

  public static Reply acceptAll(Received r) {
    return allWith(r, 101);
  }
}
