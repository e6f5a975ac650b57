package org.jobline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The store's own key/value rows in app_meta, for the checks that prove the database is writable. */
@Repository({"app_meta"})
public final class MetaRows {
  static final String TOUCH_READY_CHECK = "INSERT INTO app_meta (key, value) VALUES ('last_ready_check', ?) "
      + "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

  private MetaRows() {}

  /** Writes the time of this readiness check (a real write in the caller's transaction); returns the schema version. */
  public static int touchReadyCheck(Tx tx, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(TOUCH_READY_CHECK)) {
      p.setString(1, Long.toString(now));
      p.executeUpdate();
    }
    return Migrations.current(c);
  }
}
