package org.jobline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;

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

  /**
   * For a job that must run on one node at a time (a sweeper pass): true when this transaction may
   * run it, false when another node's transaction holds it now (skip this pass; the job's timer
   * comes back). On PostgreSQL a transaction-level advisory lock ({@code pg_try_advisory_xact_lock}),
   * released at commit or rollback (or when a dead node's connection drops); always true on SQLite,
   * whose single writer already runs one job at a time. Call it first in a {@code store.write}.
   */
  public boolean once(String job) throws SQLException {
    if (!postgres) {
      return true;
    }
    try (PreparedStatement p = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
      p.setInt(1, JOB_LOCKS);
      p.setInt(2, jobKey(job));
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** The first key of every job lock ("JL"): the two-key space, apart from the migrations' one-key lock. */
  static final int JOB_LOCKS = 0x4A4C;

  /** A job name's lock key: the same on every node (CRC-32 of its UTF-8 bytes). */
  static int jobKey(String job) {
    CRC32 crc = new CRC32();
    crc.update(job.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  /** The text of a {@link Dialect} statement on this engine, for the few places that build on it. */
  public String sql(String statement) {
    return postgres ? Dialect.postgres(statement) : statement;
  }
}
