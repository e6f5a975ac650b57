package org.jobline.store;

import java.sql.Connection;

/**
 * One unit of work on the store, handed to {@code store.write(tx -> ...)} and {@code store.read(tx -> ...)}.
 * Features pass it to their data-access classes (the repositories); only those reach JDBC through
 * {@link #jdbc()} (StorePortTest keeps it so), so a change and the SMS that reports it commit together.
 */
public final class Tx {
  private final Connection connection;

  Tx(Connection connection) {
    this.connection = connection;
  }

  /** The connection inside this unit of work: for repositories only, never kept after the work ends. */
  public Connection jdbc() {
    return connection;
  }
}
