package org.jobline.metrics.feature;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.jobline.config.AppConfig.MetricsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** metrics.port: a listener that serves only GET /metrics, bound to metrics.host (127.0.0.1 by default). */
final class MetricsServer extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(MetricsServer.class);

  private final MetricsConfig config;
  private HttpServer server;

  MetricsServer(MetricsConfig config) {
    this.config = config;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.get(Scrape.PATH).handler(new Scrape(config.token()));
    server = vertx.createHttpServer().requestHandler(router);
    return server.listen(config.port(), config.host()).onSuccess(s ->
        log.info("metrics at http://{}:{}{}", config.host(), s.actualPort(), Scrape.PATH));
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
