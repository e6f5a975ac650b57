package org.jobline.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.config.AppConfig.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: the embedded SQLite file (WAL, the default) or a PostgreSQL server shared by
 * several nodes ({@code store.engine}). One writer thread runs every write of this node in order;
 * reader threads run reads. Callers get {@link Future}s completed on their Vert.x context: JDBC
 * never runs on the event loop. Work gets a {@link Tx}, never a connection.
 */
public final class Store {
  private static final Logger log = LoggerFactory.getLogger(Store.class);

  private final Vertx vertx;
  private final StoreConfig config;
  private final Connections connections;
  private final ExecutorService writer;
  private final ExecutorService readers;
  /** When a write last failed with a full disk (0: never); /ready reports it for {@link #DISK_FULL_REPORT_MS}. */
  private volatile long diskFullAt;
  static final long DISK_FULL_REPORT_MS = 60_000;

  private Store(Vertx vertx, StoreConfig config) {
    this.vertx = vertx;
    this.config = config;
    this.connections = config.postgres() ? new PostgresConnections(config) : new SqliteConnections(config);
    String prefix = config.postgres() ? "postgres" : "sqlite";
    this.writer = Executors.newSingleThreadExecutor(named(prefix + "-writer"));
    int readerThreads = config.postgres() ? Math.max(1, config.poolSize() - 1) : config.readers();
    this.readers = Executors.newFixedThreadPool(readerThreads, named(prefix + "-reader"));
  }

  /** Opens (creating the file and its folder, or connecting) and migrates the database to the latest version. */
  public static Future<Store> open(Vertx vertx, StoreConfig config) {
    Store store = new Store(vertx, config);
    return store.submit(store.writer, () -> {
      int version = store.connections.open();
      log.info("store {} open at schema version {}", store.connections.describe(), version);
      return store;
    }).onFailure(e -> store.shutdownExecutors());
  }

  /**
   * Runs {@code work} in one transaction on the writer thread; rolls back if it throws.
   * The error that broke the transaction is the one reported: SQLite may have rolled back already
   * (a full disk does), and the rollback's or autocommit's own complaint ("no transaction is
   * active") must not hide it. A full disk is named as such ({@link DiskFull}).
   */
  public <T> Future<T> write(SqlWork<T> work) {
    return submit(writer, org.jobline.metrics.Metrics.storeWrite(() -> {
      Connection c = connections.forWrite();
      try {
        return inTransaction(c, work);
      } finally {
        connections.release(c);
      }
    }));
  }

  private <T> T inTransaction(Connection c, SqlWork<T> work) throws Exception {
    // BEGIN here and back to autocommit after: between writes the SQLite write lock is free for
    // other processes (the CLI), which an always-open xerial transaction would keep.
    Throwable failure = null;
    try {
      c.setAutoCommit(false);
      T result = work.run(new Tx(c, connections.postgres()));
      c.commit();
      return result;
    } catch (Throwable e) {
      failure = DiskFull.named(e);
      try {
        c.rollback();
      } catch (SQLException rollback) {
        failure.addSuppressed(rollback);
      }
      if (failure instanceof DiskFull) {
        diskFullAt = System.currentTimeMillis();
        log.error("disk full: cannot write to {} ({})", connections.describe(), e.getMessage());
      }
      if (failure instanceof Exception ex) {
        throw ex;
      }
      throw (Error) failure;
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        if (failure == null) {
          throw e;
        }
        failure.addSuppressed(e);
      }
    }
  }

  /**
   * True when a write failed for a full disk (or the database's size limit) within the last minute:
   * a small write (the /ready probe) may still fit while real ones do not.
   */
  public boolean diskFull() {
    long at = diskFullAt;
    return at > 0 && System.currentTimeMillis() - at < DISK_FULL_REPORT_MS;
  }

  /** Runs {@code work} on a reader thread with a read-only connection (autocommit). */
  public <T> Future<T> read(SqlWork<T> work) {
    return submit(readers, () -> {
      Connection c = connections.forRead();
      try {
        return work.run(new Tx(c, connections.postgres()));
      } finally {
        connections.release(c);
      }
    });
  }

  /** Finishes queued work, then closes every connection. */
  public Future<Void> close() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread closer = new Thread(() -> {
      try {
        readers.shutdown();
        writer.shutdown();
        readers.awaitTermination(30, TimeUnit.SECONDS);
        writer.awaitTermination(30, TimeUnit.SECONDS);
        connections.close();
        log.info("store {} closed", connections.describe());
        done.complete(null);
      } catch (Exception e) {
        done.completeExceptionally(e);
      }
    }, "store-closer");
    closer.start();
    return Future.fromCompletionStage(done, vertx.getOrCreateContext());
  }

  /** The SQLite file (engine sqlite). */
  public String path() {
    return config.path();
  }

  /** The schema version the database is at. */
  public Future<Integer> schemaVersion() {
    return read(tx -> Migrations.current(tx.jdbc()));
  }

  /** True on PostgreSQL: several nodes may share the database. */
  public boolean postgres() {
    return connections.postgres();
  }

  /** Where the data is, for logs and /ready (never a password). */
  public String describe() {
    return connections.describe();
  }

  private <T> Future<T> submit(ExecutorService executor, Callable<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      executor.execute(() -> {
        try {
          result.complete(task.call());
        } catch (Throwable e) {
          result.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException e) {
      return Future.failedFuture(new SQLException("the store is closed"));
    }
    return Future.fromCompletionStage(result, vertx.getOrCreateContext());
  }

  private void shutdownExecutors() {
    writer.shutdownNow();
    readers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
