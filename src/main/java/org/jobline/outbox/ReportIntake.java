package org.jobline.outbox;

import io.vertx.core.Future;
import org.jobline.aggregator.Inbound.DeliveryReport;
import org.jobline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every route's delivery reports arrive: the report is applied to the message that carries
 * its provider id (or our message id, for routes that carry it back), or, when none does yet (its send's outcome may still wait for a group commit, a
 * few ms), kept in the database and applied by {@link LateReportSweeper} once the message is saved.
 * The one place of that rule.
 */
public final class ReportIntake {
  private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);
  private final Store store;

  public ReportIntake(Store store) {
    this.store = store;
  }

  /** True when a message carries the report's id; false when the report was kept for later. */
  public Future<Boolean> receive(DeliveryReport r) {
    return store.write(tx -> {
      boolean known = r.messageId() != null
          ? DeliveryReports.applyToMessage(tx, r.messageId(), r.providerId(), r.status(), r.providerStatus(), r.reason(),
              r.optOut(), r.atMs())
          : DeliveryReports.apply(tx, r.providerId(), r.status(), r.providerStatus(), r.reason(), r.optOut(), r.atMs());
      if (!known) {
        LateReports.keep(tx, r.providerId(), r.status(), r.providerStatus(), r.reason(), r.optOut(), r.atMs(), r.route(),
            r.phone(), r.messageId());
      }
      return known;
    }).onSuccess(known -> {
      if (!known) {
        log.info("delivery report from {} for message id {} not saved yet ({}): kept until it is", r.route(),
            r.providerId(), r.providerStatus());
      }
    });
  }
}
