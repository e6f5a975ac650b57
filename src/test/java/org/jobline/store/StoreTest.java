package org.jobline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jobline.config.AppConfig.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite worker: transactions, threads and contexts, closing. */
@ExtendWith(VertxExtension.class)
class StoreTest {
  @TempDir
  Path tmp;

  private Store store;

  @BeforeEach
  void open(Vertx vertx, VertxTestContext testContext) {
    Store.open(vertx, new StoreConfig(tmp.resolve("store.db").toString(), 5000, 2))
        .onComplete(testContext.succeeding(s -> {
          store = s;
          testContext.completeNow();
        }));
  }

  @AfterEach
  void close(VertxTestContext testContext) {
    store.close().onComplete(testContext.succeedingThenComplete());
  }

  private static int insertPartner(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO partners (name) VALUES (?)")) {
      p.setString(1, name);
      return p.executeUpdate();
    }
  }

  private static List<String> partners(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM partners ORDER BY id")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  @Test
  void writeCommitsAndOtherConnectionsSeeIt(VertxTestContext testContext) {
    store.write(tx -> insertPartner(tx.jdbc(), "ANPE"))
        .compose(n -> store.read(tx -> partners(tx.jdbc())))
        .onComplete(testContext.succeeding(names -> testContext.verify(() -> {
          assertThat(names).containsExactly("ANPE");
          try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.path())) {
            assertThat(partners(other)).as("committed on disk, not only in the writer's transaction")
                .containsExactly("ANPE");
          }
          testContext.completeNow();
        })));
  }

  @Test
  void writeThatThrowsRollsBackAndTheNextWriteWorks(VertxTestContext testContext) {
    store.write(tx -> insertPartner(tx.jdbc(), "kept"))
        .compose(n -> store.<Integer>write(tx -> {
          java.sql.Connection c = tx.jdbc();
          insertPartner(c, "rolled back");
          throw new SQLException("boom");
        }))
        .recover(e -> {
          testContext.verify(() -> assertThat(e).isInstanceOf(SQLException.class).hasMessage("boom"));
          return Future.succeededFuture(-1);
        })
        .compose(x -> store.<Integer>write(tx -> {
          java.sql.Connection c = tx.jdbc();
          insertPartner(c, "also rolled back");
          throw new IllegalStateException("a bug in the work");
        }))
        .recover(e -> {
          testContext.verify(() -> assertThat(e).isInstanceOf(IllegalStateException.class));
          return Future.succeededFuture(-1);
        })
        .compose(x -> store.write(tx -> insertPartner(tx.jdbc(), "after")))
        .compose(n -> store.read(tx -> partners(tx.jdbc())))
        .onComplete(testContext.succeeding(names -> testContext.verify(() -> {
          assertThat(names).containsExactly("kept", "after");
          testContext.completeNow();
        })));
  }

  @Test
  void readsSeeEveryCommittedWrite(VertxTestContext testContext) {
    Future<Integer> chain = Future.succeededFuture(0);
    for (int i = 1; i <= 5; i++) {
      String name = "p" + i;
      int expected = i;
      chain = chain.compose(x -> store.write(tx -> insertPartner(tx.jdbc(), name)))
          .compose(x -> store.read(tx -> partners(tx.jdbc()).size()))
          .map(size -> {
            testContext.verify(() -> assertThat(size).isEqualTo(expected));
            return size;
          });
    }
    chain.onComplete(testContext.succeedingThenComplete());
  }

  @Test
  void concurrentWritesAreSerialised(VertxTestContext testContext) {
    List<Future<Integer>> writes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Read-modify-write: lost updates would show if two ran at once.
      writes.add(store.write(tx -> {
        java.sql.Connection c = tx.jdbc();
        int next;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(CAST(value AS INTEGER)), 0) FROM app_meta WHERE key = 'n'")) {
          next = rs.getInt(1) + 1;
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO app_meta (key, value) VALUES ('n', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
          p.setString(1, Integer.toString(next));
          p.executeUpdate();
        }
        return next;
      }));
    }
    Future.all(writes)
        .compose(all -> store.read(tx -> {
          java.sql.Connection c = tx.jdbc();
          try (Statement s = c.createStatement();
               ResultSet rs = s.executeQuery("SELECT value FROM app_meta WHERE key = 'n'")) {
            return rs.getString(1);
          }
        }))
        .onComplete(testContext.succeeding(value -> testContext.verify(() -> {
          assertThat(value).isEqualTo("40");
          testContext.completeNow();
        })));
  }

  @Test
  void workRunsOffTheEventLoopAndCompletesOnTheCallersContext(Vertx vertx, VertxTestContext testContext) {
    Context caller = vertx.getOrCreateContext();
    AtomicBoolean writeOnEventLoop = new AtomicBoolean(true);
    AtomicBoolean readOnEventLoop = new AtomicBoolean(true);
    AtomicReference<String> writeThread = new AtomicReference<>();
    caller.runOnContext(v -> store.write(tx -> {
      java.sql.Connection c = tx.jdbc();
          writeOnEventLoop.set(Context.isOnEventLoopThread());
          writeThread.set(Thread.currentThread().getName());
          return insertPartner(c, "x");
        })
        .onComplete(testContext.succeeding(n -> testContext.verify(() -> {
          assertThat(writeOnEventLoop).isFalse();
          assertThat(writeThread.get()).startsWith("sqlite-writer");
          assertThat(Vertx.currentContext()).isSameAs(caller);
          assertThat(Context.isOnEventLoopThread()).isTrue();
        })))
        .compose(n -> store.read(tx -> {
          readOnEventLoop.set(Context.isOnEventLoopThread());
          return Thread.currentThread().getName();
        }))
        .onComplete(testContext.succeeding(readThread -> testContext.verify(() -> {
          assertThat(readOnEventLoop).isFalse();
          assertThat(readThread).startsWith("sqlite-reader");
          assertThat(Vertx.currentContext()).isSameAs(caller);
          testContext.completeNow();
        }))));
  }

  @Test
  void readerConnectionsCannotWrite(VertxTestContext testContext) {
    store.read(tx -> insertPartner(tx.jdbc(), "sneaky"))
        .onComplete(testContext.failing(e -> testContext.verify(() -> {
          assertThat(e).isInstanceOf(SQLException.class).hasMessageContaining("readonly");
          testContext.completeNow();
        })));
  }

  @Test
  void writeAfterCloseFailsCleanly(Vertx vertx, VertxTestContext testContext) throws Exception {
    Store other = Store.open(vertx, new StoreConfig(tmp.resolve("other.db").toString(), 5000, 1))
        .await(10, java.util.concurrent.TimeUnit.SECONDS);
    other.write(tx -> insertPartner(tx.jdbc(), "before close"))
        .compose(n -> other.close())
        .compose(v -> other.write(tx -> insertPartner(tx.jdbc(), "after close")))
        .onComplete(testContext.failing(e -> testContext.verify(() -> {
          assertThat(e).isInstanceOf(SQLException.class).hasMessage("the store is closed");
          other.read(tx -> partners(tx.jdbc())).onComplete(testContext.failing(r -> testContext.verify(() -> {
            assertThat(r).hasMessage("the store is closed");
            testContext.completeNow();
          })));
        })));
  }
}
