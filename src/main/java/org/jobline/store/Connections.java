package org.jobline.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the store's connections come from: the embedded SQLite file ({@link SqliteConnections}) or a
 * PostgreSQL server ({@link PostgresConnections}). The store calls these on its own threads only.
 */
interface Connections {
  /** Opens the database and brings its schema to the latest version; returns that version. */
  int open() throws SQLException;

  /** The connection for one write (on the single writer thread), in autocommit mode. */
  Connection forWrite() throws SQLException;

  /** The connection for one read (on a reader thread). */
  Connection forRead() throws SQLException;

  /** Gives back a connection after its work (a pool takes it back; SQLite keeps its own). */
  void release(Connection c) throws SQLException;

  /** A failed {@link #open()} or the end: closes every connection. */
  void close() throws SQLException;

  boolean postgres();

  /** Where the data is, for logs (never a password). */
  String describe();
}
