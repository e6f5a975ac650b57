package org.jobline.app;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.Routes;
import org.jobline.config.AppConfig;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.core.Launcher;
import org.jobline.core.LocalPort;
import org.jobline.core.ReadinessCheck;
import org.jobline.http.HealthRoutes;
import org.jobline.http.HttpVerticle;
import org.jobline.outbox.routing.RoutingPolicy;
import org.jobline.phone.PhoneNumbers;
import org.jobline.refdata.ReferenceData;
import org.jobline.refdata.ReferenceDataLoader;
import org.jobline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running gateway: the store, the features' workers and the HTTP server, started and stopped in order. */
public final class Gateway implements Launcher.Running {
  private static final Logger log = LoggerFactory.getLogger(Gateway.class);

  private final AppContext context;
  private final HttpVerticle http;
  private final Routes routes;
  private final List<String> deployments = new ArrayList<>();

  private Gateway(AppContext context, HttpVerticle http, Routes routes) {
    this.context = context;
    this.http = http;
    this.routes = routes;
  }

  /** Loads reference data (a ConfigException if it is wrong), opens the store, deploys everything. */
  public static Future<Gateway> start(Vertx vertx, AppConfig config) {
    ReferenceData referenceData = ReferenceDataLoader.load(config.referenceData());
    // the agency's safe-migration texts and recruiter file: a bad one stops the start before the store opens
    org.jobline.migration.MigrationTexts.of(config.referenceData().migration());
    org.jobline.migration.RecruiterFile.read(config.referenceData().recruiters());
    PhoneNumbers phones = new PhoneNumbers(config.locale().country());
    LocalPort localPort = new LocalPort();
    Routes routes = Routes.build(new ChannelContext(vertx, config, phones, config.aggregator().callbackSecret(),
        localPort::loopbackUrl));
    RoutingPolicy.build(config, routes); // a wrong routing.* key stops the start before the store opens
    return Store.open(vertx, config.store()).compose(store -> {
      AppContext ctx = new AppContext(vertx, config, store, referenceData, phones, localPort);
      List<Feature> features = Features.all(ctx, routes);
      List<ReadinessCheck> checks = new ArrayList<>(List.of(new StoreReadiness(store)));
      features.forEach(f -> checks.addAll(f.readinessChecks()));
      HttpVerticle http = new HttpVerticle(config.http(), config.production(), features, new HealthRoutes(checks));
      Gateway gateway = new Gateway(ctx, http, routes);
      return routes.start().compose(v -> gateway.deployAll(features))
          .recover(e -> routes.close().eventually(store::close).transform(x -> Future.failedFuture(e)));
    });
  }

  private Future<Gateway> deployAll(List<Feature> features) {
    Future<Void> chain = Future.succeededFuture();
    for (Feature f : features) {
      for (VerticleBase worker : f.workers()) {
        chain = chain.compose(v -> deploy(worker));
      }
    }
    return chain.compose(v -> deploy(http)).map(v -> {
      context.localPort().set(http.port());
      log.info("Jobline started (mode {}, sending through route {}, store {})", context.config().mode(),
          routes.sending().name(), context.store().path());
      return this;
    });
  }

  private Future<Void> deploy(VerticleBase verticle) {
    return context.vertx().deployVerticle(verticle).map(id -> {
      deployments.add(id);
      return null;
    });
  }

  /** Stops accepting requests, lets work in flight finish, stops workers, then closes the store. */
  @Override
  public Future<Void> stop() {
    Future<Void> chain = Future.succeededFuture();
    for (int i = deployments.size() - 1; i >= 0; i--) {
      String id = deployments.get(i);
      chain = chain.compose(v -> context.vertx().undeploy(id)).recover(e -> {
        log.warn("undeploy failed: {}", e.getMessage());
        return Future.succeededFuture();
      });
    }
    deployments.clear();
    return chain.compose(v -> routes.close()).compose(v -> context.store().close());
  }

  @Override
  public int port() {
    return http.port();
  }

  @Override
  public Store store() {
    return context.store();
  }

  public AppContext context() {
    return context;
  }
}
