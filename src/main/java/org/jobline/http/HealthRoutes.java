package org.jobline.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.jobline.core.ReadinessCheck;

/** GET /health (the process is alive) and GET /ready (every part can do its work). */
public final class HealthRoutes {
  private final List<ReadinessCheck> checks;

  public HealthRoutes(List<ReadinessCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public void mount(Router router) {
    router.get("/health").handler(rc -> Json.send(rc, 200, new JsonObject().put("status", "alive")));
    router.get("/ready").handler(this::ready);
  }

  private void ready(RoutingContext rc) {
    List<Future<JsonObject>> results = checks.stream().map(HealthRoutes::safely).toList();
    Future.join(results).onComplete(done -> {
      JsonObject body = new JsonObject();
      boolean ok = true;
      for (int i = 0; i < checks.size(); i++) {
        JsonObject r = results.get(i).succeeded() ? results.get(i).result()
            : new JsonObject().put("ok", false).put("error", String.valueOf(results.get(i).cause().getMessage()));
        ok &= r.getBoolean("ok", false);
        body.put(checks.get(i).name(), r);
      }
      Json.send(rc, ok ? 200 : 503, new JsonObject().put("status", ok ? "ready" : "not ready").put("checks", body));
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
