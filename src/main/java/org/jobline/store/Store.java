package org.jobline.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.config.AppConfig.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The embedded SQLite database (WAL). One writer thread owns the only write connection, so
 * writes are serialised without locks; reader threads each hold a read-only connection. Callers
 * get {@link Future}s completed on their Vert.x context: JDBC never runs on the event loop.
 */
public final class Store {
  private static final Logger log = LoggerFactory.getLogger(Store.class);
  /** Prepared statements kept per connection (the SQL texts in use are far fewer). */
  private static final int STATEMENTS = 256;

  private final Vertx vertx;
  private final StoreConfig config;
  private final ExecutorService writer;
  private final ExecutorService readers;
  private final ThreadLocal<Connection> readConnection = new ThreadLocal<>();
  private final List<Connection> openReaders = new CopyOnWriteArrayList<>();
  private Connection writeConnection;
  /** When a write last failed with a full disk (0: never); /ready reports it for {@link #DISK_FULL_REPORT_MS}. */
  private volatile long diskFullAt;
  static final long DISK_FULL_REPORT_MS = 60_000;

  private Store(Vertx vertx, StoreConfig config) {
    this.vertx = vertx;
    this.config = config;
    this.writer = Executors.newSingleThreadExecutor(named("sqlite-writer"));
    this.readers = Executors.newFixedThreadPool(config.readers(), named("sqlite-reader"));
  }

  /** Opens (creating the file and its folder) and migrates the database to the latest version. */
  public static Future<Store> open(Vertx vertx, StoreConfig config) {
    Store store = new Store(vertx, config);
    return store.submit(store.writer, () -> {
      ReadOnly.Leftovers leftovers = ReadOnly.before(Path.of(config.path()).toAbsolutePath());
      try {
        ReadOnly.check(leftovers.file());
        store.writeConnection = store.connect(false);
        int version = Migrations.apply(store.writeConnection, Migrations.latest());
        log.info("store {} open at schema version {}", config.path(), version);
        return store;
      } catch (SQLException e) {
        if (store.writeConnection != null) {
          try {
            store.writeConnection.close();
          } catch (SQLException closing) {
            e.addSuppressed(closing);
          }
          store.writeConnection = null;
        }
        leftovers.removeNew(); // a -wal/-shm made by this failed start would keep the next one failing
        throw ReadOnly.named(e, leftovers.file());
      }
    }).onFailure(e -> store.shutdownExecutors());
  }

  /**
   * Runs {@code work} in one IMMEDIATE transaction on the writer thread; rolls back if it throws.
   * The error that broke the transaction is the one reported: SQLite may have rolled back already
   * (a full disk does), and the rollback's or autocommit's own complaint ("no transaction is
   * active") must not hide it. A full disk is named as such ({@link DiskFull}).
   */
  public <T> Future<T> write(SqlWork<T> work) {
    return submit(writer, org.jobline.metrics.Metrics.storeWrite(() -> {
      Connection c = writeConnection;
      // BEGIN IMMEDIATE here and back to autocommit after: between writes the write lock is free for
      // other processes (the CLI), which an always-open xerial transaction would keep.
      Throwable failure = null;
      try {
        c.setAutoCommit(false);
        T result = work.run(new Tx(c));
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
          log.error("disk full: cannot write to {} ({})", config.path(), e.getMessage());
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
    }));
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
    return submit(readers, () -> work.run(new Tx(readerConnection())));
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
        for (Connection c : openReaders) {
          c.close();
        }
        if (writeConnection != null) {
          writeConnection.close();
        }
        log.info("store {} closed", config.path());
        done.complete(null);
      } catch (Exception e) {
        done.completeExceptionally(e);
      }
    }, "sqlite-closer");
    closer.start();
    return Future.fromCompletionStage(done, vertx.getOrCreateContext());
  }

  public String path() {
    return config.path();
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

  private Connection readerConnection() throws SQLException {
    Connection c = readConnection.get();
    if (c == null) {
      c = connect(true);
      readConnection.set(c);
      openReaders.add(c);
    }
    return c;
  }

  private Connection connect(boolean readOnly) throws SQLException {
    Path file = Path.of(config.path()).toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (java.io.IOException e) {
      throw new SQLException("cannot create folder " + file.getParent() + ": " + e.getMessage(), e);
    }
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.setBusyTimeout(config.busyTimeoutMs());
    sqlite.enforceForeignKeys(true);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    if (readOnly) {
      sqlite.setReadOnly(true);
    }
    return StatementCache.wrap(DriverManager.getConnection("jdbc:sqlite:" + file, sqlite.toProperties()), STATEMENTS);
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
