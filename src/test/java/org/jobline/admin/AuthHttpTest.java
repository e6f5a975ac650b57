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
  void theSixthAttemptAfterFiveWrongPasswordsIsRefusedEvenWhenRight() {
    AdminClient client = new AdminClient(server);
    for (int i = 0; i < 5; i++) {
      var wrong = client.login("amah", "wrong password " + i);
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.bodyAsString()).contains("Identifiant ou mot de passe incorrect");
    }
    var locked = client.login("amah", AdminServer.PASSWORD);
    assertThat(locked.statusCode()).isEqualTo(423);
    assertThat(locked.bodyAsString()).contains("Compte verrouillé");
    assertThat(client.get("/admin/dashboard").statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE action = 'login.lockout'")).isEqualTo(1);

    server.write(c -> c.createStatement().executeUpdate("UPDATE staff_users SET locked_until = 1"));
    assertThat(client.login("amah", AdminServer.PASSWORD).statusCode()).as("lock ran out").isEqualTo(303);
    assertThat(server.count("SELECT failed_logins FROM staff_users WHERE username = 'amah'")).isZero();
  }

  @Test
  void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
    var r = new AdminClient(server).login("nobody", "whatever-it-is");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.bodyAsString()).contains("Identifiant ou mot de passe incorrect").doesNotContain("nobody<");
  }

  @Test
  void theEnglishSwitchKeepsThePage() {
    AdminClient client = new AdminClient(server);
    var r = client.get("/admin/lang?l=en&back=/admin/login");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.getHeader("Location")).isEqualTo("/admin/login");
    assertThat(client.get("/admin/login").bodyAsString()).contains("Sign in").contains("lang=\"en\"");
    assertThat(client.get("/admin/lang?l=en&back=//evil.example").getHeader("Location")).isEqualTo("/admin");
  }
}
