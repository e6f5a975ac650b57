package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Grouped writes: each one atomic on its own, a failing one rolled back alone, every caller answered. */
@ExtendWith(VertxExtension.class)
class GroupCommitTest {
  @Test
  void eachWriteIsAtomicAndAFailureUndoesOnlyItself(Vertx vertx, @TempDir Path dir) {
    AppConfig config = new ConfigLoader().load(null, Map.of("JOBLINE_STORE_PATH", dir.resolve("g.db").toString()));
    Store store = UssdTestGateway.await(Store.open(vertx, config.store()));
    try {
      UssdTestGateway.await(store.write(tx -> tx.jdbc().createStatement().execute("CREATE TABLE t (x INTEGER NOT NULL)")));
      GroupCommit group = new GroupCommit(vertx, store);
      List<Future<String>> results = UssdTestGateway.await(vertx.getOrCreateContext().executeBlocking(() -> null)
          .map(v -> submitMany(group)));
      List<String> values = new ArrayList<>();
      int failed = 0;
      for (Future<String> f : results) {
        try {
          values.add(UssdTestGateway.await(f));
        } catch (IllegalStateException e) {
          failed++;
        }
      }
      assertThat(failed).isEqualTo(1);
      assertThat(values).hasSize(299).contains("0", "298", "299");
      long rows = UssdTestGateway.await(store.read(tx -> {
        java.sql.Connection c = tx.jdbc();
        try (var rs = c.createStatement().executeQuery("SELECT count(*), sum(x = 13) FROM t")) {
          rs.next();
          return rs.getLong(1) * 1000 + rs.getLong(2);
        }
      }));
      assertThat(rows / 1000).as("two rows per successful write").isEqualTo(598);
      assertThat(rows % 1000).as("the failed write left nothing").isZero();
    } finally {
      UssdTestGateway.await(store.close());
    }
  }

  /** 300 writes of two rows each, more than one group; number 13 fails after its first row. */
  private static List<Future<String>> submitMany(GroupCommit group) {
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int x = i;
      results.add(group.write(tx -> {
        java.sql.Connection c = tx.jdbc();
        for (int k = 0; k < 2; k++) {
          c.createStatement().execute("INSERT INTO t (x) VALUES (" + x + ")");
          if (x == 13) {
            throw new SQLException("boom");
          }
        }
        return String.valueOf(x);
      }));
    }
    return results;
  }
}
