package org.jobline.simulator;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.http.ErrorHandler;
import org.jobline.phone.PhoneNumbers;

/** Helpers for the simulator's tests: configuration, a simulator on its own server, blocking waits. */
final class SimTestSupport {
  static final String SECRET = "test-secret-0123456789";

  private SimTestSupport() {}

  static AppConfig config(Map<String, String> overrides) {
    Map<String, String> env = new HashMap<>();
    env.put("JOBLINE_HTTP_PORT", "0");
    env.put("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET);
    env.put("JOBLINE_SIMULATOR_DLR_DELAY_MS", "20");
    env.putAll(overrides);
    return new ConfigLoader().load(null, env);
  }

  /** Starts the simulator alone on port 0, calling Jobline (or a stub) at {@code targetUrl}. */
  static Started start(Vertx vertx, AppConfig config, String targetUrl) {
    Simulator sim = new Simulator(vertx, config, new PhoneNumbers(config.locale().country()), Target.fixed(targetUrl));
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false));
    sim.mount(router);
    router.route().failureHandler(ErrorHandler::handle);
    HttpServer server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    return new Started(sim, server, "http://127.0.0.1:" + server.actualPort());
  }

  record Started(Simulator simulator, HttpServer server, String url) {}

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("future did not succeed: " + e, e);
    }
  }

  static MultiMap form(String... pairs) {
    MultiMap m = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      m.add(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** Polls {@code check} until it holds or 10 s pass. */
  static void eventually(Runnable check) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.currentTimeMillis() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(25);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
