package org.jobline.migration;

/** SQL text of the recruiter registry. */
final class RecruiterSql {
  private RecruiterSql() {}

  static final String COLUMNS = "r.id, r.licence, r.name, r.contact, r.source, r.created_at";

  /** Seeding and staff additions: a licence already known (even removed) is left alone. */
  static final String INSERT = """
      INSERT INTO recruiters (licence, name, contact, licence_key, name_key, source, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (licence) DO NOTHING""";

  /** By licence key (?1) or a name containing the words (?2, a LIKE pattern); at most ?3. */
  static final String FIND = "SELECT " + COLUMNS + """
       FROM recruiters r WHERE r.removed_at IS NULL AND (r.licence_key = ?1 OR r.name_key LIKE ?2 ESCAPE '!')
      ORDER BY CASE WHEN r.licence_key = ?1 THEN 0 ELSE 1 END, r.name LIMIT ?3""";

  static final String LIST = "SELECT " + COLUMNS + " FROM recruiters r WHERE r.removed_at IS NULL ORDER BY r.name, r.id LIMIT ?";

  static final String BY_ID = "SELECT " + COLUMNS + " FROM recruiters r WHERE r.id = ? AND r.removed_at IS NULL";

  static final String REMOVE = "UPDATE recruiters SET removed_at = ? WHERE id = ? AND removed_at IS NULL";

  static final String AUDIT = "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, 'recruiter', ?, ?)";
}
