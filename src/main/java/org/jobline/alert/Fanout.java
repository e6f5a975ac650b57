package org.jobline.alert;

import io.vertx.core.Future;
import java.sql.SQLException;
import java.util.List;
import org.jobline.store.Store;
import org.jobline.store.Tx;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;

/**
 * The resumable fan-out of one open vacancy: each batch is one write transaction that queues the
 * alerts of the next matching subscribers (by id) and moves the cursor kept on the vacancy, so a
 * crash loses at most the batch in flight (rolled back) and a restart carries on from the cursor.
 */
public final class Fanout {
  private final Store store;
  private final AlertWriter writer;
  private final int batchSize;

  public Fanout(Store store, AlertWriter writer, int batchSize) {
    this.store = store;
    this.writer = writer;
    this.batchSize = batchSize;
  }

  /** Vacancies with a fan-out to do, newest first. */
  public Future<List<Long>> pending() {
    return store.read(FanoutRows::pending);
  }

  /** Runs the next batch for the vacancy; completes with true when more remain. */
  public Future<Boolean> runBatch(long vacancyId) {
    return store.write(tx -> batch(tx, vacancyId));
  }

  boolean batch(Tx tx, long vacancyId) throws SQLException {
    Vacancy v = Vacancies.byId(tx, vacancyId).orElse(null);
    FanoutRows.Progress progress = FanoutRows.progress(tx, vacancyId).orElse(null);
    if (v == null || !v.open() || progress == null || !"pending".equals(progress.state())) {
      return false;
    }
    long cursor = progress.cursor();
    List<Candidate> batch = Matching.batch(tx, v, cursor, batchSize, writer.pacing());
    org.jobline.metrics.Metrics.fanoutAlerts(writer.write(tx, v, batch));
    boolean more = batch.size() == batchSize;
    long next = batch.isEmpty() ? cursor : batch.get(batch.size() - 1).subscriberId();
    FanoutRows.setProgress(tx, vacancyId, more ? "pending" : "done", next);
    return more;
  }

  /** Marks a vacancy for a fan-out from the first subscriber (those already alerted are skipped). */
  public static void schedule(Tx tx, long vacancyId) throws SQLException {
    FanoutRows.setProgress(tx, vacancyId, "pending", 0);
  }

  /** Stops a vacancy's fan-out and expires its alerts whose SMS has not left. */
  public static void expire(Tx tx, long vacancyId, long now) throws SQLException {
    FanoutRows.setProgress(tx, vacancyId, "idle", 0);
    FanoutRows.expireUnsent(tx, vacancyId, now);
  }
}
