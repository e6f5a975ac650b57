package org.jobline.metrics.feature;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.ArrayList;
import java.util.List;
import org.jobline.metrics.Metrics;
import org.jobline.store.Store;

/** jobline_outbox_depth{status,kind}: the messages queued or being sent, counted on a reader every 15 s. */
final class OutboxDepth extends VerticleBase {
  static final long PERIOD_MS = 15_000;
  private static final List<String> STATUSES = List.of("queued", "sending");
  private static final List<String> KINDS = List.of("alert", "reply", "confirmation");

  private final Store store;
  private final MultiGauge gauge = MultiGauge.builder("jobline_outbox_depth")
      .description("Outbox messages by status (queued, sending) and kind").register(Metrics.registry());
  private long timer;

  OutboxDepth(Store store) {
    this.store = store;
  }

  @Override
  public Future<?> start() {
    timer = vertx.setPeriodic(0, PERIOD_MS, id -> refresh());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }

  Future<Void> refresh() {
    return store.read(tx -> MetricsRows.outboxDepth(tx, STATUSES, KINDS)).map(counts -> {
      List<MultiGauge.Row<?>> rows = new ArrayList<>();
      for (int s = 0; s < STATUSES.size(); s++) {
        for (int k = 0; k < KINDS.size(); k++) {
          rows.add(MultiGauge.Row.of(Tags.of("status", STATUSES.get(s), "kind", KINDS.get(k)), counts[s][k]));
        }
      }
      gauge.register(rows, true);
      return null;
    });
  }
}
