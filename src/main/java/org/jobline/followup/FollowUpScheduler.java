package org.jobline.followup;

import io.vertx.core.Future;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jobline.i18n.Messages;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.store.Store;
import org.jobline.store.Tx;

/**
 * Queues the outcome follow-ups that are due at a given time: for each round (latest first, so someone
 * whose interest is already past round 2 gets only that one), the interests old enough, each with one SMS
 * ("Offre K4821: 1 Embauche ...") and its followups row, in the same unit of work. The time is a parameter,
 * so tests and the simulator can run it "N days later".
 */
public final class FollowUpScheduler {
  static final int BATCH = 500;
  private static final Messages TEXTS = new Messages("common");
  private final Store store;
  private final Outbox outbox;
  private final List<Integer> days;

  public FollowUpScheduler(Store store, Outbox outbox, List<Integer> days) {
    this.store = store;
    this.outbox = outbox;
    this.days = List.copyOf(days);
  }

  /** Queues what is due at {@code now} (epoch ms); the number of follow-ups queued. */
  public Future<Integer> run(long now) {
    if (days.isEmpty()) {
      return Future.succeededFuture(0);
    }
    return store.write(tx -> queue(tx, now));
  }

  private int queue(Tx tx, long now) throws SQLException {
    int queued = 0;
    for (int round = days.size(); round >= 1; round--) {
      long createdBefore = now - TimeUnit.DAYS.toMillis(days.get(round - 1));
      for (Due d : FollowUps.due(tx, round, createdBefore, BATCH - queued)) {
        long id = outbox.enqueue(tx, new OutboundSms(d.phone(), d.subscriberId(), d.vacancyId(), text(d), d.language(),
            OutboundSms.Kind.REPLY, 0, null));
        FollowUps.sent(tx, d, id, now);
        queued++;
      }
      if (queued >= BATCH) {
        break;
      }
    }
    return queued;
  }

  static String text(Due d) {
    return TEXTS.get(d.language(), "followup.sms", d.ref());
  }
}
