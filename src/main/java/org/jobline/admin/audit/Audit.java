package org.jobline.admin.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** Writes the audit log: every change and every export made from the admin page, by whom. */
@Repository({"audit_log"})
public final class Audit {
  private Audit() {}

  public static void log(Tx tx, String actor, String action, String entity, Object entityId, String detail)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AuditSql.INSERT)) {
      p.setString(1, actor);
      p.setString(2, action);
      p.setString(3, entity);
      p.setString(4, entityId == null ? null : String.valueOf(entityId));
      p.setString(5, detail);
      p.executeUpdate();
    }
  }
}
