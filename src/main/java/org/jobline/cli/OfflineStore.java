package org.jobline.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jobline.config.AppConfig;
import org.jobline.store.Store;

/**
 * For CLI commands that change the database without starting the gateway (user add, partner add):
 * opens the store, runs one piece of work, closes it. Only the CLI's main thread waits here; it
 * is not a Vert.x thread. Works while a gateway runs on the same file (WAL, busy timeout).
 */
public final class OfflineStore {
  private static final long TIMEOUT_SECONDS = 60;

  private OfflineStore() {}

  /** Runs {@code work} against the configured store; its failure is rethrown as it was. */
  public static <T> T run(AppConfig config, Function<Store, Future<T>> work) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Store store = await(Store.open(vertx, config.store()));
      try {
        return await(work.apply(store));
      } finally {
        await(store.close());
      }
    } finally {
      await(vertx.close());
    }
  }

  private static <T> T await(Future<T> future) throws Exception {
    try {
      return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
