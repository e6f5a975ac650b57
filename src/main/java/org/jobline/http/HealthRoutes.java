package org.jobline.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.jobline.core.ReadinessCheck;

/** GET /health (the process is alive) and GET /ready (every part can do its work). */
public final class HealthRoutes {
  /** Local event-bus address answering the checks' JSON in-process (the admin page's link state). */
  public static final String ADDRESS = "jobline.readiness";
  private final List<ReadinessCheck> checks;

  public HealthRoutes(List<ReadinessCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public void mount(Router router) {
    router.get("/health").handler(rc -> Json.send(rc, 200, new JsonObject().put("status", "alive")));
    router.get("/ready").handler(this::ready);
  }

  /** Answers {@link #ADDRESS} with the same checks as GET /ready, without going through the network. */
  public void register(io.vertx.core.Vertx vertx) {
    vertx.eventBus().<Object>localConsumer(ADDRESS, msg -> report().onComplete(r -> msg.reply(r.result())));
  }

  private void ready(RoutingContext rc) {
    report().onComplete(r -> {
      boolean ok = r.result().getBoolean("ok");
      Json.send(rc, ok ? 200 : 503, new JsonObject().put("status", ok ? "ready" : "not ready")
          .put("checks", r.result().getJsonObject("checks")));
    });
  }

  /** Every check's result under "checks", and "ok" when all passed; never a failed future. */
  public Future<JsonObject> report() {
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
      return Future.succeededFuture(new JsonObject().put("ok", ok).put("checks", body));
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
