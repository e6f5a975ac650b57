package org.jobline.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store port (issue 19 point 1): outside {@code org.jobline.store} only repositories (classes marked
 * {@code @Repository}) reach JDBC, and a repository is never a verticle or a handler, so no feature sees a
 * connection. Read from the sources, comments and string literals skipped.
 */
class StorePortTest {
  private static final String P = "org.jobline.";

  /**
   * Classes that may reach JDBC without being repositories, each with its reason. cli.OfflineStore is not one: it
   * opens the store and hands work a Tx like the gateway does.
   */
  private static final Map<String, String> EXCEPTIONS = Map.of(
      P + "backup.Backups", "SQLite file-level backup (VACUUM INTO a file, integrity check of that file): works on "
          + "database files, not inside the store's unit of work, so it opens its own connections (DriverManager)",
      P + "backup.Restore", "puts a backup file in place of the database with the gateway stopped: takes the live file "
          + "exclusively through its own connection (Backups.open) to prove nothing else has it open");

  private static final Pattern JDBC = Pattern.compile(
      "\\bjava\\.sql\\.(?:(?:Connection|PreparedStatement|ResultSet|Statement|DriverManager)\\b|\\*)|\\.jdbc\\(\\)");
  private static final Pattern REPOSITORY = Pattern.compile("@(?:org\\.jobline\\.store\\.)?Repository\\s*\\(");
  private static final Pattern HANDLER = Pattern.compile(
      "^import\\s+(?:io\\.vertx\\.core\\.(?:Future|\\*)|io\\.vertx\\.ext\\.web\\.[\\w.*]+);", Pattern.MULTILINE);
  // Text blocks, string and char literals, comments: not code (an accept header or a URL in a string would
  // otherwise open a comment that hides the code after it).
  private static final Pattern NOT_CODE = Pattern.compile(
      "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])'|/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
  private static final Map<String, String> MAIN = sources(Path.of("src/main/java"));

  @Test
  void theScannerSeesRepositoriesAndHandlers() {
    assertThat(repositories(MAIN)).contains(P + "subscriber.Subscribers", P + "outbox.Outbox");
    assertThat(reachesJdbc(MAIN)).contains(P + "subscriber.Subscribers", P + "backup.Backups");
    assertThat(handlers(MAIN)).contains(P + "app.StoreReadiness", P + "vacancy.VacancyService");
  }

  @Test
  void onlyRepositoriesReachJdbc() {
    assertThat(offenders(MAIN)).as("classes outside store that reach JDBC (java.sql.Connection, PreparedStatement, "
        + "ResultSet, Statement, DriverManager or tx.jdbc()) without @Repository: move their SQL into a repository")
        .isEmpty();
  }

  @Test
  void noRepositoryIsAVerticleOrAHandler() {
    TreeSet<String> both = new TreeSet<>(repositories(MAIN));
    both.retainAll(handlers(MAIN));
    assertThat(both).as("@Repository classes that import io.vertx.core.Future or io.vertx.ext.web: keep the futures, "
        + "routes and verticles in the feature and let it call the repository with tx").isEmpty();
  }

  @Test
  void everyExceptionStillReachesJdbcAndIsNoRepository() {
    assertThat(reachesJdbc(MAIN)).as("an exception that no longer reaches JDBC: delete it").containsAll(EXCEPTIONS.keySet());
    assertThat(repositories(MAIN)).doesNotContainAnyElementsOf(EXCEPTIONS.keySet());
  }

  @Test
  void aHandlerThatCallsJdbcFails(@TempDir Path dir) throws IOException {
    write(dir, "org/jobline/sms/Handler.java", "package org.jobline.sms;\nimport io.vertx.core.Future;\n"
        + "class Handler { Object f(org.jobline.store.Tx tx) { return tx.jdbc(); } }\n");
    write(dir, "org/jobline/sms/Qualified.java", "package org.jobline.sms;\n"
        + "class Qualified { String accept = \"*/*\"; char q = '\"'; java.sql.ResultSet rs; }\n");
    write(dir, "org/jobline/sms/Commented.java", "package org.jobline.sms;\n"
        + "/** Not {@code tx.jdbc()}: java.sql.Connection only in a comment. */\nclass Commented {}\n");
    write(dir, "org/jobline/sms/Rows.java", "package org.jobline.sms;\nimport java.sql.Connection;\n"
        + "import org.jobline.store.Repository;\n@Repository({\"t\"})\nfinal class Rows {}\n");
    write(dir, "org/jobline/sms/BadRows.java", "package org.jobline.sms;\nimport io.vertx.ext.web.Router;\n"
        + "import java.sql.Connection;\n@org.jobline.store.Repository({\"t\"})\nfinal class BadRows {}\n");
    write(dir, "org/jobline/store/Inside.java", "package org.jobline.store;\nimport java.sql.Connection;\nclass Inside {}\n");
    Map<String, String> s = sources(dir);
    assertThat(offenders(s)).containsExactly(P + "sms.Handler", P + "sms.Qualified");
    assertThat(repositories(s)).containsExactly(P + "sms.BadRows", P + "sms.Rows");
    assertThat(handlers(s)).containsExactly(P + "sms.BadRows", P + "sms.Handler");
  }

  private static List<String> offenders(Map<String, String> sources) {
    TreeSet<String> out = reachesJdbc(sources);
    out.removeAll(repositories(sources));
    out.removeAll(EXCEPTIONS.keySet());
    return List.copyOf(out);
  }

  /** Classes outside store whose code names JDBC types or calls jdbc(). */
  private static TreeSet<String> reachesJdbc(Map<String, String> sources) {
    TreeSet<String> out = new TreeSet<>();
    sources.forEach((cls, text) -> {
      if (!cls.startsWith(P + "store.") && JDBC.matcher(text).find()) {
        out.add(cls);
      }
    });
    return out;
  }

  private static TreeSet<String> repositories(Map<String, String> sources) {
    TreeSet<String> out = new TreeSet<>();
    sources.forEach((cls, text) -> {
      if (REPOSITORY.matcher(text).find()) {
        out.add(cls);
      }
    });
    return out;
  }

  private static TreeSet<String> handlers(Map<String, String> sources) {
    TreeSet<String> out = new TreeSet<>();
    sources.forEach((cls, text) -> {
      if (HANDLER.matcher(text).find()) {
        out.add(cls);
      }
    });
    return out;
  }

  /** Each source file's code without comments and string literals, by class name. */
  private static Map<String, String> sources(Path root) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/').replace('/', '.');
        out.put(name.substring(0, name.length() - ".java".length()), NOT_CODE.matcher(Files.readString(p)).replaceAll(" "));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void write(Path root, String file, String text) throws IOException {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
