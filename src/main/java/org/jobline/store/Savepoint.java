package org.jobline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A named savepoint inside a unit of work, so one piece of a batched transaction can roll back alone. By SQL,
 * not JDBC's Savepoint, which prepares its statement anew every time; the statements are made once, here.
 */
public final class Savepoint {
  private final String begin;
  private final String release;
  private final String rollbackTo;

  private Savepoint(String name) {
    this.begin = "SAVEPOINT " + name;
    this.release = "RELEASE " + name;
    this.rollbackTo = "ROLLBACK TO " + name;
  }

  /** {@code name}: lower-case letters and underscores (it goes into the SQL text). */
  public static Savepoint named(String name) {
    if (!name.matches("[a-z_]+")) {
      throw new IllegalArgumentException("savepoint names are lower-case letters and '_': " + name);
    }
    return new Savepoint(name);
  }

  public void begin(Tx tx) throws SQLException {
    run(tx, begin);
  }

  public void release(Tx tx) throws SQLException {
    run(tx, release);
  }

  /** Undoes the work since {@link #begin}; the savepoint stays open until released. */
  public void rollbackTo(Tx tx) throws SQLException {
    run(tx, rollbackTo);
  }

  private static void run(Tx tx, String sql) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.execute();
    }
  }
}
