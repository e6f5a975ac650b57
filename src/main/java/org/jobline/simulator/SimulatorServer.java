package org.jobline.simulator;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.jobline.config.AppConfig;
import org.jobline.http.ErrorHandler;
import org.jobline.phone.PhoneNumbers;

/** The simulator on an HTTP server of its own, calling the Jobline at {@code target} (standalone mode). */
public final class SimulatorServer {
  private SimulatorServer() {}

  /** Listens on {@code host:port} (0 = any free port); the future gives the server and the simulator. */
  public static Future<Running> start(Vertx vertx, AppConfig config, String host, int port, String targetUrl) {
    Simulator sim = new Simulator(vertx, config, new PhoneNumbers(config.locale().country()), Target.fixed(targetUrl));
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false).setBodyLimit(config.http().maxBodyBytes()));
    sim.mount(router);
    router.route().failureHandler(ErrorHandler::handle);
    return vertx.createHttpServer().requestHandler(router).listen(port, host).map(s -> new Running(sim, s));
  }

  /** A started standalone simulator. */
  public record Running(Simulator simulator, HttpServer server) {
    public String url() {
      return "http://127.0.0.1:" + server.actualPort();
    }
  }
}
