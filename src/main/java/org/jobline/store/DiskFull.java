package org.jobline.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A write failed because the disk is full (SQLITE_FULL): the message says so, for the log and /ready. */
public final class DiskFull extends SQLException {
  DiskFull(SQLException cause) {
    super("disk full: the database cannot grow (" + cause.getMessage() + "); free space on its disk", cause);
  }

  /** {@code e} as a {@link DiskFull} when it (or a cause) is SQLITE_FULL; {@code e} itself otherwise. */
  static Throwable named(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DiskFull) {
        return t;
      }
      if (t instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_FULL
          || t instanceof SQLException q && q.getMessage() != null && q.getMessage().contains("SQLITE_FULL")) {
        return new DiskFull((SQLException) t);
      }
    }
    return e;
  }
}
