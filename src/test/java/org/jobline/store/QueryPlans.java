package org.jobline.store;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jobline.config.AppConfig.StoreConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * SQLite's query plans for our SQL, on a store at the current schema: which index each query walks.
 * A JUnit extension: {@code @RegisterExtension static final QueryPlans plans = new QueryPlans();}
 * opens the store before the class's tests and closes it after.
 */
public final class QueryPlans implements BeforeAllCallback, AfterAllCallback {
  /** A walk over the whole outbox: the table itself or an index over every row (the partial ones are fine). */
  private static final Pattern WHOLE_OUTBOX = Pattern.compile(
      "SCAN (outbox|o)\\b(?! USING (COVERING )?INDEX (outbox_due|outbox_sending|outbox_ended_badly|outbox_unconfirmed|outbox_awaiting_report)\\b)");

  private Vertx vertx;
  private Path dir;
  private Store store;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    vertx = Vertx.vertx();
    dir = Files.createTempDirectory("jobline-plans");
    store = Store.open(vertx, new StoreConfig(dir.resolve("plans.db").toString(), 5000, 1)).await(10, TimeUnit.SECONDS);
  }

  /** The plan's lines, e.g. "SEARCH o USING INDEX outbox_by_vacancy (vacancy_id=?)". */
  public List<String> plan(String sql) throws Exception {
    return store.read(tx -> {
      java.sql.Connection c = tx.jdbc();
      List<String> lines = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
        while (rs.next()) {
          lines.add(rs.getString("detail"));
        }
      }
      return lines;
    }).await(10, TimeUnit.SECONDS);
  }

  /** Whether the plan reads every outbox row (a hot-path query must not). */
  public boolean readsWholeOutbox(String sql) throws Exception {
    return plan(sql).stream().anyMatch(line -> WHOLE_OUTBOX.matcher(line).find());
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    store.close().await(10, TimeUnit.SECONDS);
    vertx.close().await(10, TimeUnit.SECONDS);
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
