package org.jobline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.jobline.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PostgresPoolTest {

  @Test
  void opensAPoolOfTheConfiguredSizeOnARealServer() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    try (PostgresPool pool = PostgresPool.open(db.url(), db.user(), db.password(), 3)) {
      assertThat(pool.size()).isEqualTo(3);
      assertThat(pool.describe()).endsWith("/" + db.name()).doesNotContain(db.password());
      List<Connection> held = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          held.add(pool.connection());
        }
        try (ResultSet rs = held.get(2).createStatement().executeQuery("SELECT current_database(), current_user")) {
          rs.next();
          assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo(db.name() + " " + db.user());
        }
      } finally {
        for (Connection c : held) {
          c.close();
        }
      }
    }
  }

  @Test
  void takesTheUrlFormOtherPostgresToolsUse() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    String plain = db.url().substring("jdbc:".length());
    for (String url : List.of(plain, plain.replace("postgresql://", "postgres://"))) {
      try (PostgresPool pool = PostgresPool.open(url, db.user(), db.password(), 1);
           Connection c = pool.connection()) {
        assertThat(c.isValid(5)).as(url).isTrue();
      }
    }
  }

  /** label, url, the config key named, words the one-line message must hold. */
  static Stream<Arguments> wrongSettings() {
    return Stream.of(
        Arguments.of("another engine", "jdbc:mysql://localhost/jobline", "store.url", "must start with jdbc:postgresql://"),
        Arguments.of("a file path", "jobline.db", "store.url", "must start with"),
        Arguments.of("no database", "jdbc:postgresql://localhost:5432/", "store.url", "must look like"),
        Arguments.of("no host part", "postgres://", "store.url", "must look like"),
        Arguments.of("bad port", "jdbc:postgresql://localhost:99999/x", "store.url", "must look like"),
        Arguments.of("password in the url", "postgres://jobline:s3cret@localhost/jobline", "store.url", "store.password"),
        Arguments.of("empty", " ", "store.url", "is needed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongSettings")
  void aWrongUrlIsAConfigErrorNamingTheKey(String label, String url, String key, String words) {
    assertThatThrownBy(() -> PostgresPool.open(url, "jobline", "pw", 2)).as(label)
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
        .hasMessageContaining(words)
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aPoolSizeOutOfRangeIsAConfigError() {
    for (int size : new int[] {0, -1, PostgresPool.MAX_POOL_SIZE + 1}) {
      assertThatThrownBy(() -> PostgresPool.open("jdbc:postgresql://localhost/x", "u", "p", size))
          .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("store.poolSize"))
          .hasMessageContaining("got " + size);
    }
  }

  @Test
  void aRefusedConnectionSaysWhereAndWhatToCheck() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    oneLine(() -> PostgresPool.open("jdbc:postgresql://127.0.0.1:" + closedPort + "/jobline", "jobline", "pw", 2))
        .hasMessageContaining("connection refused at 127.0.0.1:" + closedPort)
        .hasMessageContaining("store.url");
  }

  @Test
  void anUnknownHostIsNamed() {
    oneLine(() -> PostgresPool.open("jdbc:postgresql://no-such-host.invalid:5432/jobline", "jobline", "pw", 2))
        .hasMessageContaining("unknown host 'no-such-host.invalid'");
  }

  @Test
  void aWrongPasswordIsNamedWithoutEchoingIt() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    oneLine(() -> PostgresPool.open(db.url(), db.user(), "Not-the-password-42", 2))
        .hasMessageContaining("refused the password of user '" + db.user() + "'")
        .hasMessageNotContaining("Not-the-password-42");
  }

  @Test
  void aMissingDatabaseIsNamed() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    oneLine(() -> PostgresPool.open(db.url() + "_gone", db.user(), db.password(), 2))
        .hasMessageContaining("database '" + db.name() + "_gone' does not exist");
  }

  private interface Opening {
    PostgresPool open() throws Exception;
  }

  /** The failure is an SQLException whose message is one line, without exception class names. */
  private static AbstractThrowableAssert<?, ? extends Throwable> oneLine(Opening opening) {
    return assertThatThrownBy(() -> opening.open().close())
        .isInstanceOf(SQLException.class)
        .hasMessageStartingWith("cannot open the PostgreSQL store: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat "));
  }

  static {
    // Keep the JDBC driver from logging its own connection failures at WARNING into the test output.
    java.util.logging.Logger.getLogger("org.postgresql").setLevel(java.util.logging.Level.OFF);
  }
}
