package org.jobline.admin.vacancies;

/** SQL of the CSV imports kept in the database (V9: import_jobs, import_rows). */
final class ImportSql {
  static final String INSERT_JOB = "INSERT INTO import_jobs (token, owner, file_name, publish, invalid, status, "
      + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'ready', ?, ?)";
  static final String INSERT_ROW = "INSERT INTO import_rows (job_id, line, input) VALUES (?, ?, ?)";
  static final String JOB = "SELECT j.id, j.token, j.owner, j.file_name, j.publish, j.invalid, j.status, j.created_at, "
      + "(SELECT count(*) FROM import_rows r WHERE r.job_id = j.id) AS total, "
      + "(SELECT count(*) FROM import_rows r WHERE r.job_id = j.id AND r.state = 'done') AS done, "
      + "(SELECT count(*) FROM import_rows r WHERE r.job_id = j.id AND r.state = 'failed') AS failed, "
      + "(SELECT count(*) FROM import_rows r WHERE r.job_id = j.id AND r.state = 'started') AS started "
      + "FROM import_jobs j WHERE j.token = ?";
  static final String UNCERTAIN = "SELECT line, input FROM import_rows WHERE job_id = ? AND state = 'started' ORDER BY line";
  static final String START = "UPDATE import_jobs SET status = 'running', updated_at = ? WHERE id = ? "
      + "AND status IN ('ready', 'interrupted')";
  static final String NEXT = "SELECT line, input FROM import_rows WHERE job_id = ? AND state = 'pending' ORDER BY line LIMIT ?";
  static final String MARK = "UPDATE import_rows SET state = ?, vacancy_ref = ? WHERE job_id = ? AND line = ?";
  static final String FINISH = "UPDATE import_jobs SET status = 'finished', updated_at = ? WHERE id = ?";
  /**
   * At start. On PostgreSQL another node may be running an import now: only imports started more than an hour
   * ago (far above a 5 MB file's import) are taken for interrupted.
   */
  static final String INTERRUPT = org.jobline.store.Dialect.sql(
      "UPDATE import_jobs SET status = 'interrupted', updated_at = ? WHERE status = 'running'",
      "UPDATE import_jobs SET status = 'interrupted', updated_at = ?1 WHERE status = 'running' AND updated_at < ?1 - 3600000");
  static final String RECENT = "SELECT token, file_name, status, created_at, "
      + "(SELECT count(*) FROM import_rows r WHERE r.job_id = j.id) AS total, "
      + "(SELECT count(*) FROM import_rows r WHERE r.job_id = j.id AND r.state = 'done') AS done "
      + "FROM import_jobs j WHERE owner = ? AND status IN ('running', 'interrupted') ORDER BY id DESC LIMIT 5";
  static final String FORGET_OLD = "DELETE FROM import_jobs WHERE status IN ('ready', 'finished') AND updated_at < ?";

  private ImportSql() {}
}
