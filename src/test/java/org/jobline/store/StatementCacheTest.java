package org.jobline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reused prepared statements behave like fresh ones: parameters, nesting, snapshots, closing. */
class StatementCacheTest {
  static final String BY_ID = "SELECT name FROM t WHERE id = ?";
  @TempDir
  Path tmp;
  Connection writer;
  Connection reader;

  @BeforeEach
  void open() throws SQLException {
    String url = "jdbc:sqlite:" + tmp.resolve("cache.db");
    writer = StatementCache.wrap(DriverManager.getConnection(url), 4);
    try (Statement s = writer.createStatement()) {
      s.executeUpdate("PRAGMA journal_mode=WAL");
      s.executeUpdate("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
      s.executeUpdate("INSERT INTO t VALUES (1, 'un'), (2, 'deux'), (3, 'trois')");
    }
    reader = StatementCache.wrap(DriverManager.getConnection(url), 4);
  }

  @AfterEach
  void close() throws SQLException {
    reader.close();
    writer.close();
  }

  private static String name(Connection c, long id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(BY_ID)) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  @Test
  void aStatementUsedAgainTakesItsNewParameters() throws SQLException {
    assertThat(name(reader, 1)).isEqualTo("un");
    assertThat(name(reader, 2)).isEqualTo("deux");
    assertThat(name(reader, 9)).isNull();
  }

  @Test
  void theSameSqlCanBeOpenTwiceAtOnce() throws SQLException {
    try (PreparedStatement outer = reader.prepareStatement("SELECT id FROM t ORDER BY id")) {
      try (ResultSet rs = outer.executeQuery()) {
        StringBuilder seen = new StringBuilder();
        while (rs.next()) {
          seen.append(name(reader, rs.getLong(1))).append(' ');
          try (PreparedStatement again = reader.prepareStatement("SELECT id FROM t ORDER BY id");
               ResultSet inner = again.executeQuery()) {
            assertThat(inner.next()).isTrue();
          }
        }
        assertThat(seen.toString()).isEqualTo("un deux trois ");
      }
    }
  }

  @Test
  void closingAStatementWithItsResultsHalfReadReleasesTheReadersSnapshot() throws SQLException {
    PreparedStatement p = reader.prepareStatement("SELECT name FROM t ORDER BY id");
    ResultSet rs = p.executeQuery();
    assertThat(rs.next()).isTrue();
    p.close(); // the result set is left open by the caller
    try (Statement s = writer.createStatement()) {
      s.executeUpdate("INSERT INTO t VALUES (4, 'quatre')");
    }
    assertThat(name(reader, 4)).as("a new snapshot sees the new row").isEqualTo("quatre");
  }

  @Test
  void aClosedStatementCannotBeUsed() throws SQLException {
    PreparedStatement p = reader.prepareStatement(BY_ID);
    p.close();
    assertThat(p.isClosed()).isTrue();
    assertThatThrownBy(() -> p.setLong(1, 1)).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    p.close(); // twice is harmless
  }

  @Test
  void batchesAndParametersDoNotLeakIntoTheNextUse() throws SQLException {
    writer.setAutoCommit(false);
    try (PreparedStatement p = writer.prepareStatement("INSERT INTO t (name) VALUES (?)")) {
      p.setString(1, "cinq");
      p.addBatch();
      // closed without executing: the batch must not run later
    }
    try (PreparedStatement p = writer.prepareStatement("INSERT INTO t (name) VALUES (?)")) {
      p.setString(1, "six");
      p.addBatch();
      assertThat(p.executeBatch()).hasSize(1);
    }
    writer.commit();
    writer.setAutoCommit(true);
    try (PreparedStatement p = reader.prepareStatement("SELECT group_concat(name) FROM t WHERE id > 3");
         ResultSet rs = p.executeQuery()) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("six");
    }
  }

  @Test
  void generatedKeysComeFromEachUseOfAReusedInsert() throws SQLException {
    for (long expected = 4; expected <= 6; expected++) {
      try (PreparedStatement p = writer.prepareStatement("INSERT INTO t (name) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
        p.setString(1, "n" + expected);
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
          assertThat(keys.next()).isTrue();
          assertThat(keys.getLong(1)).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void moreSqlTextsThanTheCacheHoldsStillWork() throws SQLException {
    for (int i = 0; i < 20; i++) {
      try (PreparedStatement p = reader.prepareStatement("SELECT ? + " + i); ResultSet rs = bind(p, i).executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2 * i);
      }
    }
    assertThat(name(reader, 3)).isEqualTo("trois");
  }

  private static PreparedStatement bind(PreparedStatement p, int i) throws SQLException {
    p.setInt(1, i);
    return p;
  }
}
