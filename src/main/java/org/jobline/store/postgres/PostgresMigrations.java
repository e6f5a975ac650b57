package org.jobline.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL twin of {@link org.jobline.store.Migrations}: {@code db/postgres/V1.sql}, {@code V2.sql},
 * ... (the same versions as {@code db/migration/}), applied in order, each in its own transaction with its
 * row in {@code schema_version}. Nodes starting together on one database migrate one at a time: the
 * runner holds a session advisory lock while it works, and the others then find nothing left to do.
 */
public final class PostgresMigrations {
  private static final Logger log = LoggerFactory.getLogger(PostgresMigrations.class);
  private static final String LOCATION = "/db/postgres/V%d.sql";
  /** The advisory lock key that serialises migrations (any constant: "JOBLINE" in ASCII). */
  private static final long LOCK = 0x4A4F424C494E45L;

  private PostgresMigrations() {}

  /** The highest version shipped in this build: V1, V2, ... without gaps. */
  public static int latest() {
    int v = 0;
    while (PostgresMigrations.class.getResource(LOCATION.formatted(v + 1)) != null) {
      v++;
    }
    return v;
  }

  /** Applies every migration up to {@code target}; the connection must not be in a transaction. */
  public static int apply(Connection c, int target) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(true);
    lock(c, true);
    try {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
      }
      int current = current(c);
      if (current > latest()) {
        throw new SQLException("the database is at schema version " + current
            + ", newer than this Jobline build knows (" + latest() + "): use a newer Jobline");
      }
      c.setAutoCommit(false);
      for (int v = current + 1; v <= target; v++) {
        applyOne(c, v);
      }
      c.setAutoCommit(true);
      return current(c);
    } finally {
      c.setAutoCommit(true);
      lock(c, false);
      c.setAutoCommit(autoCommit);
    }
  }

  private static void applyOne(Connection c, int version) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : SqlText.statements(read(version))) {
        s.execute(sql);
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
        p.setInt(1, version);
        p.setLong(2, System.currentTimeMillis());
        p.executeUpdate();
      }
      c.commit();
      log.info("schema migrated to version {} (PostgreSQL)", version);
    } catch (SQLException e) {
      c.rollback();
      throw new SQLException("migration V" + version + " failed: " + e.getMessage(), e.getSQLState(), e);
    }
  }

  private static void lock(Connection c, boolean take) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(take ? "SELECT pg_advisory_lock(?)" : "SELECT pg_advisory_unlock(?)")) {
      p.setLong(1, LOCK);
      p.executeQuery().close();
    }
  }

  /** The version a database is at (0 for a new one). */
  public static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** The text of migration {@code version}. */
  static String read(int version) {
    try (InputStream in = PostgresMigrations.class.getResourceAsStream(LOCATION.formatted(version))) {
      if (in == null) {
        throw new IllegalStateException("no PostgreSQL migration V" + version + " in this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration V" + version, e);
    }
  }
}
