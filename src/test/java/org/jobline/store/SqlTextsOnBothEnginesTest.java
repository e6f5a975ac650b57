package org.jobline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.store.postgres.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SQL statement declared as a constant (a {@code static final String} starting with SELECT, INSERT, UPDATE,
 * DELETE or WITH, in any class of the application) that SQLite accepts is accepted by PostgreSQL too, with every
 * parameter's type known: the statement is prepared on a migrated database of each engine, and on PostgreSQL its
 * parameters are described by the server (which is where "could not determine data type of parameter $1", a
 * missing function or operator, or a SQLite-only syntax shows up). Statements built at run time are covered by
 * the end-to-end tests of the {@code postgres} Maven profile.
 */
class SqlTextsOnBothEnginesTest {
  private static final Pattern STATEMENT = Pattern.compile("^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\\s", Pattern.CASE_INSENSITIVE);

  @TempDir
  Path dir;

  @Test
  void everyStatementSqliteAcceptsPostgresAcceptsToo() throws Exception {
    Map<String, String> statements = statements();
    assertThat(statements).hasSizeGreaterThan(100);
    TestPostgres.Database db = TestPostgres.newDatabase();
    SqliteConnections sqlite = new SqliteConnections(new StoreConfig(dir.resolve("t.db").toString(), 5000, 1));
    PostgresConnections postgres = new PostgresConnections(new StoreConfig(StoreConfig.POSTGRES, "", 5000, 1,
        org.jobline.config.AppConfig.BackupConfig.OFF, db.url(), db.user(), db.password(), 2));
    List<String> refused = new ArrayList<>();
    int both = 0;
    try {
      sqlite.open();
      postgres.open();
      Connection lite = sqlite.forWrite();
      for (Map.Entry<String, String> s : statements.entrySet()) {
        try (PreparedStatement p = lite.prepareStatement(s.getValue())) {
          p.getParameterMetaData();
        } catch (SQLException notAStatement) {
          continue; // a fragment, or a text for a table SQLite does not have: not ours to judge here
        }
        Connection pg = postgres.forRead();
        try (PreparedStatement p = pg.prepareStatement(s.getValue())) {
          p.getParameterMetaData(); // parsed and described by the server, as a run would
          both++;
        } catch (SQLException e) {
          refused.add(s.getKey() + ": " + e.getMessage().lines().findFirst().orElse(""));
        } finally {
          postgres.release(pg);
        }
      }
    } finally {
      sqlite.close();
      postgres.close();
    }
    System.out.printf("%d SQL constants prepared on SQLite and PostgreSQL%n", both);
    assertThat(refused).as("statements PostgreSQL refuses").isEmpty();
  }

  /** Every statement constant by class and field name. */
  private static Map<String, String> statements() throws IOException {
    Path classes = Path.of(Store.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, SqlTextsOnBothEnginesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        for (Field field : type.getDeclaredFields()) {
          int m = field.getModifiers();
          if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
            try {
              field.setAccessible(true);
              Object value = field.get(null);
              if (value instanceof String sql && STATEMENT.matcher(sql).find()) {
                out.put(name + "." + field.getName(), sql);
              }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
              // a class that cannot be initialised on its own holds no statement we could run
            }
          }
        }
      }
    }
    return out;
  }
}
