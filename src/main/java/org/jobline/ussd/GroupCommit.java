package org.jobline.ussd;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jobline.store.Savepoint;
import org.jobline.store.SqlWork;
import org.jobline.store.Store;
import org.jobline.store.Tx;

/**
 * Group commit for the menu's writes: while one store transaction runs, new writes queue up and
 * then run together in the next one, each inside its own savepoint, so each stays atomic (a
 * registration and its SMS commit or roll back together) and one failure does not undo the others.
 * The single SQLite writer is the ceiling of the registration dialogue: batching about doubles it.
 * A write that finds the writer idle waits {@link #WINDOW_MS} for others to join it: under load a
 * group then holds several registrations (one commit, one wake-up of the writer), and 2 ms is
 * nothing next to a USSD round trip.
 */
final class GroupCommit {
  static final int MAX_BATCH = 128;
  static final long WINDOW_MS = 2;
  private static final Savepoint ONE_WRITE = Savepoint.named("one_write");
  private final Vertx vertx;
  private final Store store;
  private List<Pending> queue = new ArrayList<>();
  private boolean running;

  private record Pending(SqlWork<String> work, Promise<String> promise) {}

  private record Outcome(String value, Throwable failure) {}

  GroupCommit(Vertx vertx, Store store) {
    this.vertx = vertx;
    this.store = store;
  }

  /** Runs {@code work} atomically in the next group; the future holds its result or its failure. */
  Future<String> write(SqlWork<String> work) {
    Promise<String> promise = Promise.promise();
    boolean start;
    synchronized (this) {
      queue.add(new Pending(work, promise));
      start = !running;
      running = true;
    }
    if (start) {
      vertx.setTimer(WINDOW_MS, id -> next());
    }
    return promise.future();
  }

  private void next() {
    List<Pending> batch;
    synchronized (this) {
      if (queue.isEmpty()) {
        running = false;
        return;
      }
      int n = Math.min(MAX_BATCH, queue.size());
      batch = new ArrayList<>(queue.subList(0, n));
      queue = new ArrayList<>(queue.subList(n, queue.size()));
    }
    store.write(tx -> runAll(tx, batch)).onComplete(ar -> {
      for (int i = 0; i < batch.size(); i++) {
        Promise<String> p = batch.get(i).promise();
        Outcome o = ar.succeeded() ? ar.result().get(i) : new Outcome(null, ar.cause());
        if (o.failure() != null) {
          p.fail(o.failure());
        } else {
          p.complete(o.value());
        }
      }
      next();
    });
  }

  private static List<Outcome> runAll(Tx tx, List<Pending> batch) throws SQLException {
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      ONE_WRITE.begin(tx);
      try {
        outcomes.add(new Outcome(p.work().run(tx), null));
        ONE_WRITE.release(tx);
      } catch (SQLException | RuntimeException e) {
        ONE_WRITE.rollbackTo(tx);
        ONE_WRITE.release(tx);
        outcomes.add(new Outcome(null, e));
      }
    }
    return outcomes;
  }
}
