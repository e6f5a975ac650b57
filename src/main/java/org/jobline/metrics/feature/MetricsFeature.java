package org.jobline.metrics.feature;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.config.AppConfig.MetricsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET /metrics: behind a bearer token on the public port, and/or alone on metrics.port; plus the outbox depth gauges. */
public final class MetricsFeature implements Feature {
  private static final Logger log = LoggerFactory.getLogger(MetricsFeature.class);

  private final AppContext ctx;
  private final MetricsConfig config;

  public MetricsFeature(AppContext ctx) {
    this.ctx = ctx;
    this.config = ctx.config().metrics();
  }

  @Override
  public void mount(Router router) {
    if (config.token() != null && !config.token().isEmpty()) {
      router.get(Scrape.PATH).handler(new Scrape(config.token()));
      log.info("metrics at GET {} on the public port (bearer token)", Scrape.PATH);
    } else if (config.port() == 0) {
      log.info("metrics are not served: set metrics.token or metrics.port (README \"Operations\")");
    }
  }

  @Override
  public List<VerticleBase> workers() {
    boolean served = config.port() != 0 || (config.token() != null && !config.token().isEmpty());
    // The depth count reads the outbox: only worth a reader every 15 s when someone can scrape it.
    List<VerticleBase> workers = new ArrayList<>(served ? List.of(new OutboxDepth(ctx.store())) : List.of());
    if (config.port() != 0) {
      workers.add(new MetricsServer(config));
    }
    return workers;
  }
}
