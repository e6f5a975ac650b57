package org.jobline.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one place features report what they do (one call line each); read at GET /metrics in
 * Prometheus format. One registry per process, like Micrometer's own global registry: the calls
 * sit deep in handlers and the store, where threading a registry through every constructor would
 * touch every feature for nothing. Vert.x's own HTTP and pool meters land in the same registry.
 */
public final class Metrics {
  private static final PrometheusMeterRegistry REGISTRY = JvmMeters.bind(routeNames(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
  private static final Timer USSD_TURN = Timer.builder("jobline_ussd_turn")
      .description("Time to answer one USSD turn").publishPercentileHistogram()
      .maximumExpectedValue(Duration.ofSeconds(10)).register(REGISTRY);
  private static final Counter FANOUT = Counter.builder("jobline_fanout_alerts")
      .description("Alerts queued by vacancy fan-outs (rate() gives alerts per second)").register(REGISTRY);
  private static final AtomicInteger WRITER_QUEUE = REGISTRY.gauge("jobline_store_writer_queue", new AtomicInteger());
  private static final Timer WRITE_WAIT = Timer.builder("jobline_store_write_wait")
      .description("Time a write waits for the single writer thread").publishPercentileHistogram().register(REGISTRY);
  private static final Timer TRANSACTION = Timer.builder("jobline_store_transaction")
      .description("Time of one write transaction on the writer thread").publishPercentileHistogram().register(REGISTRY);

  private Metrics() {}

  /**
   * Vert.x names a request's route by every route it passed, joined with '>' ("/a/ussd>/a/ussd" when a
   * body reader and the handler share a path, "/simulator/at/>/simulator/at/version1/messaging" through
   * a sub-router): the last one is the route that answered.
   */
  private static PrometheusMeterRegistry routeNames(PrometheusMeterRegistry registry) {
    registry.config().meterFilter(io.micrometer.core.instrument.config.MeterFilter.replaceTagValues("route",
        route -> route.substring(route.lastIndexOf('>') + 1)));
    return registry;
  }

  public static PrometheusMeterRegistry registry() {
    return REGISTRY;
  }

  /** A Vert.x whose HTTP server, client and pool meters (route, method, status) go to {@link #registry()}. */
  public static Vertx vertx() {
    MicrometerMetricsOptions options = new MicrometerMetricsOptions().setEnabled(true)
        .addLabels(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE);
    return Vertx.builder().with(new VertxOptions().setMetricsOptions(options))
        .withMetrics(new MicrometerMetricsFactory(REGISTRY)).build();
  }

  /** Times a USSD turn from now until its answer is ready. */
  public static <T> Future<T> ussdTurn(Future<T> answer) {
    Timer.Sample sample = Timer.start(REGISTRY);
    return answer.onComplete(ar -> sample.stop(USSD_TURN));
  }

  /** One SMS command handled, by keyword (REGISTER, OFFERS, STOP, ...). */
  public static void smsCommand(Enum<?> kind) {
    REGISTRY.counter("jobline_sms_commands", "keyword", kind.name().toLowerCase(Locale.ROOT)).increment();
  }

  /** The outcomes of one request to a route: accepted, transient or permanent, per message. */
  public static void sends(String route, List<?> outcomes) {
    for (Object o : outcomes) {
      REGISTRY.counter("jobline_sends", "route", route, "outcome", o.getClass().getSimpleName().toLowerCase(Locale.ROOT))
          .increment();
    }
  }

  /** One delivery report received, by our status (delivered, failed, ...). */
  public static void deliveryReport(Enum<?> status) {
    REGISTRY.counter("jobline_delivery_reports", "status", status.name().toLowerCase(Locale.ROOT)).increment();
  }

  /** The breaker of {@code route}: 0 closed, 1 probing, 2 open. The latest dispatcher of a route wins. */
  public static void breaker(String route, Supplier<String> state) {
    Meter.Id id = new Meter.Id("jobline_breaker_state", io.micrometer.core.instrument.Tags.of("route", route), null,
        "0 closed, 1 probing, 2 open", Meter.Type.GAUGE);
    REGISTRY.remove(id);
    Gauge.builder(id.getName(), () -> switch (state.get().toLowerCase(Locale.ROOT)) {
      case "closed" -> 0;
      case "probing" -> 1;
      default -> 2;
    }).tags(id.getTags()).description(id.getDescription()).register(REGISTRY);
  }

  /** Alerts queued by one fan-out batch; returns {@code queued} so the call wraps the write. */
  public static int fanoutAlerts(int queued) {
    FANOUT.increment(queued);
    return queued;
  }

  /** Wraps one write: counts it in the writer queue until it starts, then times its transaction. */
  public static <T> Callable<T> storeWrite(Callable<T> work) {
    WRITER_QUEUE.incrementAndGet();
    long queuedAt = System.nanoTime();
    return () -> {
      long started = System.nanoTime();
      WRITER_QUEUE.decrementAndGet();
      WRITE_WAIT.record(Duration.ofNanos(started - queuedAt));
      try {
        return work.call();
      } finally {
        TRANSACTION.record(Duration.ofNanos(System.nanoTime() - started));
      }
    };
  }
}
