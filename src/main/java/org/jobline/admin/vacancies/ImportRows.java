package org.jobline.admin.vacancies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** A saved import's rows: the job, then each valid line of its file (as JSON) in one batch. */
@Repository({"import_jobs", "import_rows"})
final class ImportRows {
  private ImportRows() {}

  /** One valid line of the file and its vacancy as JSON. */
  record Line(int line, String input) {}

  /** Inserts the job; returns its id. */
  static long insertJob(Tx tx, String token, String owner, String fileName, boolean publish, int invalid, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(ImportSql.INSERT_JOB, Statement.RETURN_GENERATED_KEYS)) {
      Object[] args = {token, owner, fileName, publish ? 1 : 0, invalid, now, now};
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      p.executeUpdate();
      ResultSet keys = p.getGeneratedKeys();
      keys.next();
      return keys.getLong(1);
    }
  }

  static void insertLines(Tx tx, long jobId, List<Line> lines) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(ImportSql.INSERT_ROW)) {
      for (Line r : lines) {
        p.setLong(1, jobId);
        p.setInt(2, r.line());
        p.setString(3, r.input());
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
