package org.jobline.backup;

/** The SQL of backup and restore, in one place. */
final class BackupSql {
  /** A consistent copy of the whole database as of one read transaction; writers go on meanwhile (WAL). */
  static final String VACUUM_INTO = "VACUUM INTO ?";
  static final String INTEGRITY_CHECK = "PRAGMA integrity_check";
  static final String SCHEMA_VERSION = "SELECT MAX(version) FROM schema_version";
  /** With EXCLUSIVE locking, BEGIN EXCLUSIVE fails at once while any other connection has the file open. */
  static final String EXCLUSIVE_MODE = "PRAGMA locking_mode = EXCLUSIVE";
  static final String BEGIN_EXCLUSIVE = "BEGIN EXCLUSIVE";
  static final String CHECKPOINT = "PRAGMA wal_checkpoint(TRUNCATE)";
  static final String COMMIT = "COMMIT";

  private BackupSql() {}
}
