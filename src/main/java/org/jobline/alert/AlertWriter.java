package org.jobline.alert;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.store.Tx;
import org.jobline.vacancy.Vacancy;

/**
 * Queues alerts for one vacancy inside the caller's write transaction: a batch of outbox rows
 * (kind alert), then one alert row per outbox row in a single INSERT ... SELECT. The callers pass
 * only subscribers without an alert for the vacancy (the single writer makes that check exact; on
 * PostgreSQL, where several nodes write, {@link AlertLocks} holds the vacancy and checks again);
 * the UNIQUE (subscriber, vacancy) row is the backstop, and a conflict rolls the batch back.
 */
public final class AlertWriter {
  private final Outbox outbox;
  private final AlertText texts;
  private final Pacing pacing;

  public AlertWriter(Outbox outbox, AlertText texts, Pacing pacing) {
    this.outbox = outbox;
    this.texts = texts;
    this.pacing = pacing;
  }

  public Pacing pacing() {
    return pacing;
  }

  /** Returns the number of alerts queued. */
  int write(Tx tx, Vacancy v, List<Candidate> given) throws SQLException {
    List<Candidate> candidates = AlertLocks.lockAndKeepNew(tx, v.id(), given); // PostgreSQL: other nodes
    if (candidates.isEmpty()) {
      return 0;
    }
    long mark = AlertRows.maxOutboxId(tx);
    Long expiresAt = v.closingDate() == null ? null : pacing.endOf(v.closingDate());
    Map<String, String> textByLanguage = new HashMap<>(4);
    List<OutboundSms> messages = new ArrayList<>(candidates.size());
    for (Candidate s : candidates) {
      String text = textByLanguage.computeIfAbsent(s.language(), lang -> texts.render(lang, v));
      long notBefore = pacing.notBefore(tx, s.subscriberId(), s.dueToday(), s.targeted());
      messages.add(new OutboundSms(s.phone(), s.subscriberId(), v.id(), text, s.language(),
          OutboundSms.Kind.ALERT, notBefore, expiresAt));
    }
    outbox.enqueueAll(tx, messages);
    int linked = AlertRows.link(tx, pacing.now(), mark, v.id());
    if (linked != candidates.size()) {
      throw new SQLException("alert fan-out for " + v.ref() + ": " + candidates.size() + " SMS queued but "
          + linked + " alerts recorded; rolled back so that nobody is alerted twice");
    }
    return linked;
  }
}
