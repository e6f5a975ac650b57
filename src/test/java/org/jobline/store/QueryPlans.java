package org.jobline.store;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jobline.config.AppConfig.StoreConfig;

/** SQLite's query plans for our SQL, on a store at the current schema: which index each query walks. */
public final class QueryPlans implements AutoCloseable {
  /** A walk over the whole outbox: the table itself or an index over every row (the partial ones are fine). */
  private static final Pattern WHOLE_OUTBOX = Pattern.compile(
      "SCAN (outbox|o)\\b(?! USING (COVERING )?INDEX (outbox_due|outbox_sending|outbox_ended_badly)\\b)");

  private final Vertx vertx = Vertx.vertx();
  private final Store store;

  public QueryPlans(Path dir) throws Exception {
    store = Store.open(vertx, new StoreConfig(dir.resolve("plans.db").toString(), 5000, 1)).await(10, TimeUnit.SECONDS);
  }

  /** The plan's lines, e.g. "SEARCH o USING INDEX outbox_by_vacancy (vacancy_id=?)". */
  public List<String> plan(String sql) throws Exception {
    return store.read(c -> {
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
  public void close() throws Exception {
    store.close().await(10, TimeUnit.SECONDS);
    vertx.close().await(10, TimeUnit.SECONDS);
  }
}
