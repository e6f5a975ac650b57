package org.jobline.store;

import java.sql.Connection;

/**
 * One unit of work on the store, handed to {@code store.write(tx -> ...)} and {@code store.read(tx -> ...)}.
 * Features pass it to their data-access classes (the repositories); only those reach JDBC through
 * {@link #jdbc()} (StorePortTest keeps it so), so a change and the SMS that reports it commit together.
 */
public final class Tx {
  private final Connection connection;
  private final boolean postgres;

  Tx(Connection connection, boolean postgres) {
    this.connection = connection;
    this.postgres = postgres;
  }

  /**
   * True on PostgreSQL, where several connections (and nodes) write at once: the few repositories whose
   * SQLite version relies on the single writer take row locks there.
   */
  public boolean postgres() {
    return postgres;
  }

  /** The connection inside this unit of work: for repositories only, never kept after the work ends. */
  public Connection jdbc() {
    return connection;
  }

  /** The text of a {@link Dialect} statement on this engine, for the few places that build on it. */
  public String sql(String statement) {
    return postgres ? Dialect.postgres(statement) : statement;
  }
}
