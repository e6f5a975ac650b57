package org.jobline.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.jobline.app.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code user add} command through the real CLI entry point, on a real database file. */
class UserAddCommandTest {
  @TempDir
  Path tmp;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String stdin, String... args) {
    return Commands.run(args, Map.of("JOBLINE_STORE_PATH", tmp.resolve("j.db").toString()),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void createsAnAdminWithAHashedPassword() throws Exception {
    assertThat(run("s3cret-enough-pw\n", "user", "add", "amah", "--role", "admin")).isZero();
    assertThat(out.toString()).contains("user amah (admin) created");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("j.db"));
         ResultSet rs = c.createStatement().executeQuery("SELECT role, password_hash FROM staff_users")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("admin");
      assertThat(rs.getString(2)).doesNotContain("s3cret").startsWith("pbkdf2-sha256$");
      assertThat(Passwords.verify("s3cret-enough-pw", rs.getString(2))).isTrue();
    }
    assertThat(run("another-long-pw\n", "user", "add", "AMAH", "--role", "staff")).as("duplicate").isEqualTo(2);
    assertThat(err.toString()).contains("already exists");
  }

  @Test
  void refusesAShortPasswordAndBadArguments() {
    assertThat(run("short\n", "user", "add", "amah", "--role", "admin")).isEqualTo(2);
    assertThat(err.toString()).contains("at least 10 characters");
    assertThat(run("", "user", "add", "amah", "--role", "admin")).isEqualTo(2);
    assertThat(run("long-enough-pw\n", "user", "add", "amah", "--role", "boss")).isEqualTo(2);
    assertThat(run("long-enough-pw\n", "user", "add", "amah", "--role", "partner")).isEqualTo(2);
    assertThat(run("long-enough-pw\n", "user", "add", "amah", "--role", "partner", "--partner", "Nowhere")).isEqualTo(2);
    assertThat(err.toString()).contains("no partner named 'Nowhere'");
  }
}
