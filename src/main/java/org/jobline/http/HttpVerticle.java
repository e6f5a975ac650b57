package org.jobline.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jobline.config.AppConfig.HttpConfig;
import org.jobline.core.Feature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: mounts every feature's routes and the health routes on one router. */
public final class HttpVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(HttpVerticle.class);
  private static final long SHUTDOWN_SECONDS = 10;
  /** Fields in one form: the widest form (a vacancy) has about 15. */
  static final int MAX_FORM_FIELDS = 128;

  private final HttpConfig config;
  private final boolean production;
  private final List<Feature> features;
  private final HealthRoutes health;
  private HttpServer server;

  public HttpVerticle(HttpConfig config, boolean production, List<Feature> features, HealthRoutes health) {
    this.config = config;
    this.production = production;
    this.features = features;
    this.health = health;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.route().failureHandler(BodyErrors::handle);
    router.route().handler(SecurityHeaders.forMode(production));
    router.route().handler(BodyErrors::ignoreBodyOfReads);
    features.forEach(f -> f.mountFirst(router));
    router.route().handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
    health.mount(router);
    health.register(vertx);
    features.forEach(f -> f.mount(router));
    router.route().failureHandler(ErrorHandler::handle);
    router.errorHandler(405, ErrorHandler::handle);
    return vertx.createHttpServer(serverOptions(config))
        .requestHandler(router)
        .listen(config.port(), config.host())
        .onSuccess(s -> {
          server = s;
          log.info("HTTP listening on {}:{}", config.host(), s.actualPort());
        });
  }

  /** Form limits set on purpose (Netty's defaults were only met by accident): see {@link BodyErrors}. */
  static HttpServerOptions serverOptions(HttpConfig config) {
    return new HttpServerOptions()
        .setMaxFormAttributeSize(config.maxFieldBytes())
        .setMaxFormFields(MAX_FORM_FIELDS)
        .setMaxFormBufferedBytes(3 * config.maxFieldBytes()); // a percent-encoded field takes up to 3x
  }

  /** Stops accepting connections and lets requests in flight finish (up to 10 s). */
  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.shutdown(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
  }

  public int port() {
    return server.actualPort();
  }
}
