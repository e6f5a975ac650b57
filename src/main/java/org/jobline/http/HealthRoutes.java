package org.jobline.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.jobline.core.ReadinessCheck;

/**
 * GET /health (the process is alive) and GET /ready (every part can do its work). The checks run at
 * most once per {@link #CACHE_MS} (the store check writes): callers in between, anonymous ones
 * included, share the last answer or the one being computed.
 */
public final class HealthRoutes {
  static final long CACHE_MS = 1500;
  /** Local event-bus address answering the checks' JSON in-process (the admin page's link state). */
  public static final String ADDRESS = "jobline.readiness";
  private final List<ReadinessCheck> checks;
  private Future<JsonObject> last;
  private long lastAt;

  public HealthRoutes(List<ReadinessCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public void mount(Router router) {
    router.get("/health").handler(rc -> Json.send(rc, 200, new JsonObject().put("status", "alive")));
    router.get("/ready").handler(this::ready);
  }

  private void ready(RoutingContext rc) {
    current().onComplete(done -> {
      JsonObject body = done.result();
      Json.send(rc, "ready".equals(body.getString("status")) ? 200 : 503, body);
    });
  }

  /** Answers {@link #ADDRESS} with the same checks as GET /ready, without going through the network. */
  public void register(io.vertx.core.Vertx vertx) {
    vertx.eventBus().<Object>localConsumer(ADDRESS, msg -> report().onComplete(r -> msg.reply(r.result())));
  }

  /** Every check's result under "checks", and "ok" when all passed; never a failed future. */
  public Future<JsonObject> report() {
    return current().map(b -> new JsonObject().put("ok", "ready".equals(b.getString("status")))
        .put("checks", b.getJsonObject("checks")));
  }

  /** The cached answer while fresh, else a new run (one at a time, whatever thread asks). */
  private synchronized Future<JsonObject> current() {
    long now = System.nanoTime() / 1_000_000;
    if (last == null || now - lastAt >= CACHE_MS) {
      last = runChecks();
      lastAt = now;
    }
    return last;
  }

  private Future<JsonObject> runChecks() {
    List<Future<JsonObject>> results = checks.stream().map(HealthRoutes::safely).toList();
    return Future.join(results).transform(done -> {
      JsonObject body = new JsonObject();
      boolean ok = true;
      for (int i = 0; i < checks.size(); i++) {
        JsonObject r = results.get(i).succeeded() ? results.get(i).result()
            : new JsonObject().put("ok", false).put("error", String.valueOf(results.get(i).cause().getMessage()));
        ok &= r.getBoolean("ok", false);
        body.put(checks.get(i).name(), r);
      }
      return Future.succeededFuture(new JsonObject().put("status", ok ? "ready" : "not ready").put("checks", body));
    });
  }

  private static Future<JsonObject> safely(ReadinessCheck check) {
    try {
      return check.check();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
