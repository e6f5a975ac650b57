package org.jobline.admin.audit;

/** SQL text for the audit log. */
final class AuditSql {
  private AuditSql() {}

  static final String INSERT = "INSERT INTO audit_log (actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)";
  /** ?1 user ('' for all), ?2 from (epoch ms), ?3 to (epoch ms, excluded), ?4 limit, ?5 offset. */
  static final String PAGE = """
      SELECT at, actor, action, entity, entity_id, detail FROM audit_log
      WHERE (?1 = '' OR lower(actor) = lower(?1)) AND at >= ?2 AND at < ?3
      ORDER BY at DESC, id DESC LIMIT ?4 OFFSET ?5""";
  static final String ACTORS = "SELECT actor FROM audit_log GROUP BY actor ORDER BY lower(actor) LIMIT 500";
}
