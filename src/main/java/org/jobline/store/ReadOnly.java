package org.jobline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/**
 * A start on a database this process may not write (file or folder read-only, owned by another
 * user, an immutable file): fails with a message that names the fix, and takes back the
 * {@code -wal}/{@code -shm} files SQLite made while trying, which would otherwise keep the next
 * start failing even once the file is writable again (owned by the wrong user, or stale).
 */
final class ReadOnly {
  private ReadOnly() {}

  /** The side files present before this start. */
  record Leftovers(Path file, boolean wal, boolean shm) {
    /** Deletes the side files this start created. */
    void removeNew() {
      try {
        if (!wal) {
          Files.deleteIfExists(side("-wal"));
        }
        if (!shm) {
          Files.deleteIfExists(side("-shm"));
        }
      } catch (IOException e) {
        // nothing more to do: the message below still names the fix
      }
    }

    Path side(String suffix) {
      return file.resolveSibling(file.getFileName() + suffix);
    }
  }

  static Leftovers before(Path file) {
    Leftovers probe = new Leftovers(file, true, true);
    return new Leftovers(file, Files.exists(probe.side("-wal")), Files.exists(probe.side("-shm")));
  }

  /** Fails before SQLite touches anything when the file or its folder is plainly not writable. */
  static void check(Path file) throws SQLException {
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new SQLException(message(file, "the file is read-only"));
    }
    Path dir = file.getParent();
    if (dir != null && Files.isDirectory(dir) && !Files.isWritable(dir)) {
      throw new SQLException(message(file, "its folder is read-only (SQLite writes -wal and -shm files next to it)"));
    }
  }

  /** {@code e} with the fix named when it says the database is read-only. */
  static SQLException named(SQLException e, Path file) {
    boolean readOnly = e.getMessage() != null && (e.getMessage().contains("readonly")
        || e.getMessage().contains("read-only") || e.getMessage().contains("SQLITE_CANTOPEN"));
    for (Throwable t = e; t != null && !readOnly; t = t.getCause() == t ? null : t.getCause()) {
      readOnly = t instanceof SQLiteException s && (s.getResultCode().name().startsWith("SQLITE_READONLY")
          || s.getResultCode().name().startsWith("SQLITE_CANTOPEN"));
    }
    if (!readOnly || e.getMessage() != null && e.getMessage().startsWith("the database ")) {
      return e;
    }
    return new SQLException(message(file, "SQLite says: " + e.getMessage()), e);
  }

  private static String message(Path file, String why) {
    return "the database " + file + " cannot be written by this user (" + System.getProperty("user.name") + "): " + why
        + ". Fix: give this user write access to the file and its folder (chown/chmod, or chattr -i), remove any "
        + file.getFileName() + "-wal/-shm owned by another user, or set store.path to a writable place";
  }
}
