package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, sessions, CSRF and lockout over real HTTP against a real SQLite file. */
class AuthHttpTest {
  @TempDir
  Path tmp;
  AdminServer server;

  @BeforeEach
  void start() {
    server = AdminServer.start(tmp, Map.of("JOBLINE_ADMIN_LOCKOUT_ATTEMPTS", "5"));
    server.user("amah", "admin", null);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pagesNeedASignInAndTheSessionCookieIsStrict() {
    AdminClient client = new AdminClient(server);
    var anonymous = client.get("/admin/dashboard");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.getHeader("Location")).isEqualTo("/admin/login");

    client.get("/admin/login");
    var ok = client.postForm("/admin/login", "username", "amah", "password", AdminServer.PASSWORD);
    assertThat(ok.statusCode()).isEqualTo(303);
    String cookie = ok.cookies().stream().filter(c -> c.startsWith("jl_session=")).findFirst().orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Path=/admin");
    assertThat(client.get("/admin/dashboard").statusCode()).isEqualTo(200);
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE actor = 'amah' AND action = 'login'")).isEqualTo(1);
    assertThat(server.count("SELECT COUNT(*) FROM admin_sessions")).isEqualTo(1);
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() {
    AdminClient client = new AdminClient(server);
    client.login("amah", AdminServer.PASSWORD);
    var noToken = client.post("/admin/logout", MultiMap.caseInsensitiveMultiMap());
    assertThat(noToken.statusCode()).isEqualTo(403);
    var wrongToken = client.post("/admin/logout", MultiMap.caseInsensitiveMultiMap().add("csrf", "forged"));
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(client.get("/admin/dashboard").statusCode()).as("still signed in").isEqualTo(200);
    assertThat(client.postForm("/admin/logout").statusCode()).isEqualTo(303);
    assertThat(client.get("/admin/dashboard").statusCode()).as("signed out").isEqualTo(303);
  }

  @Test
  void theLoginFormItselfNeedsItsToken() {
    AdminClient client = new AdminClient(server);
    var r = client.post("/admin/login", MultiMap.caseInsensitiveMultiMap()
        .add("username", "amah").add("password", AdminServer.PASSWORD));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void afterFiveWrongPasswordsTheAccountWaitsAndAnAdminCanClearTheWait() {
    AdminClient client = new AdminClient(server);
    for (int i = 0; i < 5; i++) {
      var wrong = client.login("amah", "wrong password " + i);
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.bodyAsString()).contains("Identifiant ou mot de passe incorrect");
    }
    var waiting = client.login("amah", AdminServer.PASSWORD);
    assertThat(waiting.statusCode()).isEqualTo(429);
    assertThat(waiting.bodyAsString()).contains("Trop d&#39;essais").doesNotContain("verrouillé");
    assertThat(Long.parseLong(waiting.getHeader("Retry-After"))).isBetween(1L, 60L);
    assertThat(client.get("/admin/dashboard").statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE action = 'login.delayed'")).isEqualTo(1);

    server.write(tx -> {
      org.jobline.admin.auth.StaffUsers.unlock(tx, 1);
      return null;
    });
    assertThat(client.login("amah", AdminServer.PASSWORD).statusCode()).as("unlocked by an admin").isEqualTo(303);
    assertThat(server.count("SELECT failed_logins FROM staff_users WHERE username = 'amah'")).isZero();
  }

  @Test
  void theAccountWaitGrowsWithEachFailureWhateverTheAddress() {
    for (int i = 0; i < 7; i++) {
      server.write(tx -> tx.jdbc().createStatement().executeUpdate("UPDATE staff_users SET locked_until = NULL"));
      AdminClient from = new AdminClient(server, "127.0.0." + (10 + i));
      assertThat(from.login("amah", "wrong password " + i).statusCode()).isEqualTo(401);
    }
    long wait = server.count("SELECT locked_until FROM staff_users WHERE username = 'amah'") - System.currentTimeMillis();
    assertThat(wait).as("7 failures, 5 free: 1 s doubled twice").isBetween(1_000L, 4_000L);
    var fromElsewhere = new AdminClient(server, "127.0.0.99").login("amah", AdminServer.PASSWORD);
    assertThat(fromElsewhere.statusCode()).as("the account waits for every address").isEqualTo(429);
  }

  @Test
  void anUnknownUserIsAnsweredExactlyLikeAKnownOne() {
    for (String name : new String[] {"amah", "nobody"}) {
      AdminClient client = new AdminClient(server, "amah".equals(name) ? "127.0.0.2" : "127.0.0.3");
      for (int i = 0; i < 5; i++) {
        assertThat(client.login(name, "wrong password " + i).statusCode()).as(name).isEqualTo(401);
      }
      var sixth = client.login(name, "wrong password 6");
      assertThat(sixth.statusCode()).as(name).isEqualTo(429);
      assertThat(sixth.bodyAsString()).contains("Trop d&#39;essais");
    }
  }

  @Test
  void oneClientAddressIsSlowedDownWhateverNamesItTries() {
    AdminClient client = new AdminClient(server);
    for (int i = 0; i < 10; i++) {
      assertThat(client.login("user" + i, "wrong password").statusCode()).as("attempt " + i).isEqualTo(401);
    }
    var r = client.login("amah", AdminServer.PASSWORD);
    assertThat(r.statusCode()).as("the 11th attempt from this address waits, even with the right password").isEqualTo(429);
    assertThat(server.count("SELECT failed_logins FROM staff_users WHERE username = 'amah'"))
        .as("the account itself is not touched").isZero();
  }

  @Test
  void anIdleSessionEnds() {
    AdminClient client = new AdminClient(server);
    client.login("amah", AdminServer.PASSWORD);
    long expires = server.count("SELECT expires_at FROM admin_sessions");
    assertThat(expires - System.currentTimeMillis()).as("admin.idleMinutes = 30").isBetween(25 * 60_000L, 30 * 60_000L);
    server.write(tx -> tx.jdbc().createStatement().executeUpdate("UPDATE admin_sessions SET expires_at = expires_at - 20 * 60000"));
    assertThat(client.get("/admin/dashboard").statusCode()).as("used within the idle time").isEqualTo(200);
    assertThat(server.count("SELECT expires_at FROM admin_sessions") - System.currentTimeMillis())
        .as("pushed forward by use").isGreaterThan(25 * 60_000L);
    server.write(tx -> tx.jdbc().createStatement().executeUpdate(
        "UPDATE admin_sessions SET expires_at = " + (System.currentTimeMillis() - 1)));
    assertThat(client.get("/admin/dashboard").statusCode()).as("idle too long").isEqualTo(303);
  }

  @Test
  void anOldHashIsRedoneWithTheConfiguredIterationsAtTheNextLogin() {
    String old = org.jobline.admin.auth.Passwords.hash(AdminServer.PASSWORD, 500);
    server.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (var p = c.prepareStatement("UPDATE staff_users SET password_hash = ? WHERE username = 'amah'")) {
        p.setString(1, old);
        return p.executeUpdate();
      }
    });
    assertThat(new AdminClient(server).login("amah", AdminServer.PASSWORD).statusCode()).isEqualTo(303);
    String now = server.read(tx -> {
      java.sql.Connection c = tx.jdbc();
      var rs = c.createStatement().executeQuery("SELECT password_hash FROM staff_users WHERE username = 'amah'");
      rs.next();
      return rs.getString(1);
    });
    assertThat(now).startsWith("pbkdf2-sha256$" + AdminServer.ITERATIONS + "$");
    assertThat(org.jobline.admin.auth.Passwords.verify(AdminServer.PASSWORD, now)).isTrue();
  }

  @Test
  void theEnglishSwitchKeepsThePage() {
    AdminClient client = new AdminClient(server);
    var r = client.get("/admin/lang?l=en&back=/admin/login");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.getHeader("Location")).isEqualTo("/admin/login");
    assertThat(client.get("/admin/login").bodyAsString()).contains("Sign in").contains("lang=\"en\"");
    assertThat(client.get("/admin/lang?l=en&back=//evil.example").getHeader("Location")).isEqualTo("/admin");
    assertThat(client.get("/admin/login").getHeader("X-Frame-Options")).isEqualTo("DENY");
    var crlf = client.get("/admin/lang?l=en&back=/admin%0d%0aSet-Cookie:%20x=1");
    assertThat(crlf.statusCode()).as("CR/LF in back: no 500").isEqualTo(303);
    assertThat(crlf.getHeader("Location")).isEqualTo("/admin");
  }
}
