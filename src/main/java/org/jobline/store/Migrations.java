package org.jobline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema migrations: {@code db/migration/V1.sql}, {@code V2.sql}, ... on the class
 * path, applied in order, each in its own transaction with its row in {@code schema_version}.
 * Foreign keys are off while they run, so a migration may rebuild a table others point at
 * (SQLite's way to change a constraint); each checks them before it commits.
 */
public final class Migrations {
  private static final Logger log = LoggerFactory.getLogger(Migrations.class);
  private static final String LOCATION = "/db/migration/V%d.sql";

  private Migrations() {}

  /** The highest version shipped in this build: V1, V2, ... without gaps. */
  public static int latest() {
    int v = 0;
    while (Migrations.class.getResource(LOCATION.formatted(v + 1)) != null) {
      v++;
    }
    return v;
  }

  /** Applies every migration up to {@code target}; the connection must not be in a transaction. */
  public static int apply(Connection c, int target) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
          + "applied_at INTEGER NOT NULL)");
    }
    int current = current(c);
    if (current > latest()) {
      throw new SQLException("the database is at schema version " + current
          + ", newer than this Jobline build knows (" + latest() + "): use a newer Jobline");
    }
    boolean foreignKeys = "1".equals(pragma(c, "foreign_keys"));
    setForeignKeys(c, false); // before the transaction starts: inside one, SQLite ignores it
    c.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= target; v++) {
        applyOne(c, v);
      }
    } finally {
      c.setAutoCommit(true);
      setForeignKeys(c, foreignKeys);
      c.setAutoCommit(autoCommit);
    }
    return current(c);
  }

  private static void applyOne(Connection c, int version) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements(read(version))) {
        s.execute(sql);
      }
      try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
        if (broken.next()) {
          throw new SQLException("a row of " + broken.getString(1) + " (rowid " + broken.getLong(2)
              + ") points at a missing row of " + broken.getString(3));
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
        p.setInt(1, version);
        p.setLong(2, System.currentTimeMillis());
        p.executeUpdate();
      }
      c.commit();
      log.info("schema migrated to version {}", version);
    } catch (SQLException e) {
      c.rollback();
      throw new SQLException("migration V" + version + " failed: " + e.getMessage(), e);
    }
  }

  private static String pragma(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static void setForeignKeys(Connection c, boolean on) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
    }
  }

  /** The version a database is at (0 for a new file). */
  public static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static String read(int version) {
    try (InputStream in = Migrations.class.getResourceAsStream(LOCATION.formatted(version))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration V" + version, e);
    }
  }

  /** Splits a script on statement-ending semicolons; a CREATE TRIGGER runs until its END;. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inTrigger = false;
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      if (current.isEmpty() && trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
        inTrigger = true;
      }
      current.append(line).append('\n');
      String code = withoutComment(trimmed);
      boolean ends = inTrigger ? code.equalsIgnoreCase("END;") : code.endsWith(";");
      if (ends) {
        out.add(current.toString().strip());
        current.setLength(0);
        inTrigger = false;
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  /** The line without a trailing {@code -- comment} (outside quotes), so "x; -- note" still ends. */
  private static String withoutComment(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length() - 1; i++) {
      char ch = line.charAt(i);
      if (ch == '\'') {
        quoted = !quoted;
      } else if (!quoted && ch == '-' && line.charAt(i + 1) == '-') {
        return line.substring(0, i).strip();
      }
    }
    return line;
  }
}
