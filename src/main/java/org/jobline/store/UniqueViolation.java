package org.jobline.store;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Whether a statement failed on a UNIQUE constraint, on either engine: SQLite's SQLITE_CONSTRAINT_UNIQUE (its
 * message names {@code table.column}), PostgreSQL's SQLState 23505 (its detail names the key's columns). On
 * PostgreSQL the error also aborts the transaction: code that goes on after one wraps the statement in a
 * {@link Savepoint} there ({@link Tx#postgres()}).
 */
public final class UniqueViolation {
  /** PostgreSQL's unique_violation. */
  public static final String SQL_STATE = "23505";

  private UniqueViolation() {}

  /** True when {@code e} (or a cause) is a UNIQUE violation on {@code table.column}. */
  public static boolean on(SQLException e, String table, String column) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
          || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)) {
        return String.valueOf(s.getMessage()).contains(table + "." + column);
      }
      if (t instanceof PSQLException p && SQL_STATE.equals(p.getSQLState())) {
        ServerErrorMessage m = p.getServerErrorMessage();
        return m != null && table.equals(m.getTable()) && String.valueOf(m.getDetail()).startsWith("Key (" + column + ")=");
      }
    }
    return false;
  }
}
