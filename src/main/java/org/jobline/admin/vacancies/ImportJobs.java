package org.jobline.admin.vacancies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobline.admin.Sql;
import org.jobline.store.Store;
import org.jobline.vacancy.VacancyInput;

/** The imports kept in the database: a previewed file's valid rows, then each row's state as it is imported. */
final class ImportJobs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long KEEP_MS = 7L * 24 * 3600 * 1000;
  private final Store store;

  /** One job as its progress page shows it. */
  record Job(long id, String token, String owner, String fileName, boolean publish, int invalid, String status,
             long createdAt, int total, int done, int failed, int started) {
    int handled() {
      return done + failed;
    }
  }

  record Pending(int line, VacancyInput input) {}

  ImportJobs(Store store) {
    this.store = store;
  }

  /** At start: a job that was running when the gateway stopped is interrupted, never silently left half-done. */
  Future<Integer> interruptRunning() {
    long now = System.currentTimeMillis();
    return store.write(tx -> {
      Sql.update(tx, ImportSql.FORGET_OLD, now - KEEP_MS);
      return Sql.update(tx, ImportSql.INTERRUPT, now);
    });
  }

  Future<String> save(String token, String owner, String fileName, boolean publish, int invalid, List<ImportViews.Row> valid) {
    long now = System.currentTimeMillis();
    return store.write(tx -> {
      long id = ImportRows.insertJob(tx, token, owner, fileName, publish, invalid, now);
      List<ImportRows.Line> lines = new ArrayList<>(valid.size());
      for (ImportViews.Row r : valid) {
        lines.add(new ImportRows.Line(r.line(), json(r.input())));
      }
      ImportRows.insertLines(tx, id, lines);
      return token;
    });
  }

  Future<Optional<Job>> find(String token) {
    return store.read(tx -> Sql.rows(tx, ImportSql.JOB, token).stream().findFirst().map(ImportJobs::job));
  }

  /** The rows marked started when the gateway stopped: perhaps imported, to be checked by hand. */
  Future<List<Pending>> uncertain(long jobId) {
    return store.read(tx -> pending(Sql.rows(tx, ImportSql.UNCERTAIN, jobId)));
  }

  Future<List<Map<String, Object>>> unfinished(String owner) {
    return store.read(tx -> Sql.rows(tx, ImportSql.RECENT, owner));
  }

  /** Marks the job running; false when it already is (a second click) or is finished. */
  Future<Boolean> start(long jobId) {
    return store.write(tx -> Sql.update(tx, ImportSql.START, System.currentTimeMillis(), jobId) == 1);
  }

  /** The next pending rows, marked started in the same transaction. */
  Future<List<Pending>> take(long jobId, int n) {
    return store.write(tx -> {
      List<Pending> rows = pending(Sql.rows(tx, ImportSql.NEXT, jobId, n));
      for (Pending p : rows) {
        Sql.update(tx, ImportSql.MARK, "started", null, jobId, p.line());
      }
      return rows;
    });
  }

  /** Each row's outcome: its vacancy ref when done, null when it failed. */
  Future<Void> mark(long jobId, Map<Integer, String> outcomes) {
    return store.write(tx -> {
      for (var e : outcomes.entrySet()) {
        Sql.update(tx, ImportSql.MARK, e.getValue() == null ? "failed" : "done", e.getValue(), jobId, e.getKey());
      }
      return null;
    });
  }

  Future<Void> finish(long jobId) {
    return store.write(tx -> Sql.update(tx, ImportSql.FINISH, System.currentTimeMillis(), jobId)).mapEmpty();
  }

  private static List<Pending> pending(List<Map<String, Object>> rows) throws java.sql.SQLException {
    List<Pending> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      try {
        out.add(new Pending((int) Sql.num(r.get("line")), JSON.readValue((String) r.get("input"), VacancyInput.class)));
      } catch (JsonProcessingException e) {
        throw new java.sql.SQLException("import row not readable: " + e.getOriginalMessage(), e);
      }
    }
    return out;
  }

  private static Job job(Map<String, Object> r) {
    return new Job(Sql.num(r.get("id")), (String) r.get("token"), (String) r.get("owner"), (String) r.get("file_name"),
        Sql.num(r.get("publish")) == 1, (int) Sql.num(r.get("invalid")), (String) r.get("status"),
        Sql.num(r.get("created_at")), (int) Sql.num(r.get("total")), (int) Sql.num(r.get("done")),
        (int) Sql.num(r.get("failed")), (int) Sql.num(r.get("started")));
  }

  private static String json(VacancyInput in) throws java.sql.SQLException {
    try {
      return JSON.writeValueAsString(in);
    } catch (JsonProcessingException e) {
      throw new java.sql.SQLException(e);
    }
  }
}
