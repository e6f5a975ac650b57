package org.jobline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jobline.config.AppConfig.StoreConfig;
import org.sqlite.SQLiteConfig;

/**
 * The embedded SQLite file (WAL): one write connection, owned by the writer thread, so writes are
 * serialised without locks; each reader thread keeps its own read-only connection.
 */
final class SqliteConnections implements Connections {
  /** Prepared statements kept per connection (the SQL texts in use are far fewer). */
  private static final int STATEMENTS = 256;

  private final StoreConfig config;
  private final ThreadLocal<Connection> readConnection = new ThreadLocal<>();
  private final List<Connection> openReaders = new CopyOnWriteArrayList<>();
  private Connection writeConnection;

  SqliteConnections(StoreConfig config) {
    this.config = config;
  }

  @Override
  public int open() throws SQLException {
    ReadOnly.Leftovers leftovers = ReadOnly.before(Path.of(config.path()).toAbsolutePath());
    try {
      ReadOnly.check(leftovers.file());
      writeConnection = connect(false);
      return Migrations.apply(writeConnection, Migrations.latest());
    } catch (SQLException e) {
      close();
      leftovers.removeNew(); // a -wal/-shm made by this failed start would keep the next one failing
      throw ReadOnly.named(e, leftovers.file());
    }
  }

  @Override
  public Connection forWrite() {
    return writeConnection;
  }

  @Override
  public Connection forRead() throws SQLException {
    Connection c = readConnection.get();
    if (c == null) {
      c = connect(true);
      readConnection.set(c);
      openReaders.add(c);
    }
    return c;
  }

  @Override
  public void release(Connection c) {
    // kept: one connection per thread
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (Connection c : openReaders) {
      try {
        c.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    openReaders.clear();
    if (writeConnection != null) {
      try {
        writeConnection.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
      writeConnection = null;
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public boolean postgres() {
    return false;
  }

  @Override
  public String describe() {
    return config.path();
  }

  private Connection connect(boolean readOnly) throws SQLException {
    Path file = Path.of(config.path()).toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (java.io.IOException e) {
      throw new SQLException("cannot create folder " + file.getParent() + ": " + e.getMessage(), e);
    }
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.setBusyTimeout(config.busyTimeoutMs());
    sqlite.enforceForeignKeys(true);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    if (readOnly) {
      sqlite.setReadOnly(true);
    }
    return StatementCache.wrap(DriverManager.getConnection("jdbc:sqlite:" + file, sqlite.toProperties()), STATEMENTS);
  }
}
