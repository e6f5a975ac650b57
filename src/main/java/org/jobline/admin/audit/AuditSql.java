package org.jobline.admin.audit;

/** SQL text for the audit log. */
final class AuditSql {
  private AuditSql() {}

  static final String INSERT = "INSERT INTO audit_log (actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)";
  static final String PAGE = """
      SELECT at, actor, action, entity, entity_id, detail FROM audit_log
      WHERE (? = '' OR actor LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\')
      ORDER BY at DESC, id DESC LIMIT ? OFFSET ?""";
}
