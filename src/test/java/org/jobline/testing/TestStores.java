package org.jobline.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jobline.store.postgres.TestPostgres;

/**
 * The store a test gateway uses: by default a SQLite file in the test's folder; with
 * {@code -Djobline.test.store=postgres} (the Maven profile {@code postgres}, which .ci/run also runs) a new
 * empty database on the tests' PostgreSQL server, so the same end-to-end tests run on both engines.
 */
public final class TestStores {
  private TestStores() {}

  public static boolean postgres() {
    return "postgres".equals(System.getProperty("jobline.test.store"));
  }

  /** The database of each SQLite file name, so that a gateway restarted on the same file finds its data again. */
  private static final Map<Path, TestPostgres.Database> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The JOBLINE_STORE_* settings for a gateway whose SQLite file would be {@code file}: on PostgreSQL one new database
   * per file, the same one each time it is asked for that file (a restart).
   */
  public static Map<String, String> env(Path file) {
    Map<String, String> env = new HashMap<>();
    env.put("JOBLINE_STORE_PATH", file.toString());
    if (postgres()) {
      try {
        TestPostgres.Database db = database(file.toAbsolutePath().normalize());
        env.put("JOBLINE_STORE_ENGINE", "postgres");
        env.put("JOBLINE_STORE_URL", db.url());
        env.put("JOBLINE_STORE_USER", db.user());
        env.put("JOBLINE_STORE_PASSWORD", db.password());
        env.put("JOBLINE_STORE_BACKUP_TIME", "off");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot make a PostgreSQL database for the test: " + e.getMessage(), e);
      }
    }
    return env;
  }

  private static TestPostgres.Database database(Path file) throws java.sql.SQLException {
    TestPostgres.Database db = DATABASES.get(file);
    if (db == null) {
      db = TestPostgres.newDatabase();
      DATABASES.put(file, db);
    }
    return db;
  }
}
