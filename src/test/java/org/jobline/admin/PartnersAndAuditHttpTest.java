package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partners and audit pages: admins only, keys shown once, users created, every change audited. */
class PartnersAndAuditHttpTest {
  @TempDir
  Path tmp;
  AdminServer server;
  AdminClient admin;

  @BeforeEach
  void start() {
    server = AdminServer.start(tmp);
    server.user("amah", "admin", null);
    server.user("kodjo", "staff", null);
    admin = new AdminClient(server);
    admin.login("amah", AdminServer.PASSWORD);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anAdminCreatesAPartnerItsUserAndKeys() {
    admin.get("/admin/partners");
    String created = admin.postForm("/admin/partners", "name", "Mairie <Kara>").bodyAsString();
    Matcher key = Pattern.compile("(jl_[A-Za-z0-9_-]+)").matcher(created);
    assertThat(key.find()).isTrue();
    assertThat(created).contains("Mairie &lt;Kara&gt;");
    long id = server.count("SELECT id FROM partners WHERE name = 'Mairie <Kara>'");
    assertThat(admin.postForm("/admin/partners/" + id + "/users", "username", "kara1", "password", "court")
        .bodyAsString()).contains("au moins 10");
    assertThat(admin.postForm("/admin/partners/" + id + "/users", "username", "kara1", "password", "un mot de passe long")
        .statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM staff_users WHERE username = 'kara1' AND role = 'partner' AND partner_id = ?", id))
        .isEqualTo(1);
    AdminClient partner = new AdminClient(server);
    assertThat(partner.login("kara1", "un mot de passe long").statusCode()).isEqualTo(303);
    assertThat(admin.postForm("/admin/partners/" + id + "/keys").bodyAsString()).contains("jl_");
    assertThat(server.count("SELECT COUNT(*) FROM partner_api_keys WHERE partner_id = ? AND revoked_at IS NULL", id)).isEqualTo(2);
    admin.get("/admin/partners/" + id);
    String prefix = key.group(1).substring(0, 10);
    assertThat(admin.postForm("/admin/partners/" + id + "/keys/revoke", "prefix", prefix).statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM partner_api_keys WHERE partner_id = ? AND revoked_at IS NULL", id)).isEqualTo(1);
    String audit = admin.get("/admin/audit").bodyAsString();
    assertThat(audit).as("readable action names, no internal codes").contains("Partenaire ajouté")
        .contains("Utilisateur créé").contains("Clé d&#39;API révoquée").doesNotContain("partner.key.revoke");
    assertThat(audit).containsPattern("<td data-label=\"Date\">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}</td>");
    String csv = admin.get("/admin/audit.csv?user=amah").bodyAsString();
    assertThat(csv).startsWith("\uFEFF\"Date\";\"Utilisateur\";\"Action\"").contains("\"Partenaire ajouté\"");
  }

  @Test
  void staffCannotReachPartnersOrTheAuditLog() {
    AdminClient staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);
    assertThat(staff.get("/admin/partners").statusCode()).isEqualTo(403);
    assertThat(staff.get("/admin/audit").statusCode()).isEqualTo(403);
    staff.get("/admin/dashboard");
    assertThat(staff.postForm("/admin/partners", "name", "Intrus").statusCode()).isEqualTo(403);
    assertThat(server.count("SELECT COUNT(*) FROM partners")).isZero();
  }

  @Test
  void sqlMetacharactersInTheAuditFiltersAreHarmless() {
    for (String q : List.of("' OR 1=1 --", "%", "_", "\"")) {
      var r = admin.get("/admin/audit?user=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(q).isEqualTo(200);
      assertThat(r.bodyAsString()).as(q).doesNotContain(">Connexion</td>");
    }
    assertThat(admin.get("/admin/audit?user=amah").bodyAsString()).contains(">Connexion</td>");
    assertThat(admin.get("/admin/audit?from=2000-01-01&to=2000-01-02").bodyAsString()).doesNotContain(">Connexion</td>");
    assertThat(admin.get("/admin/audit?from=hier").statusCode()).isEqualTo(400);
  }

  @Test
  void theDashboardShowsTheBoardAndServesItsChartLibraryLocally() {
    String html = admin.get("/admin/dashboard").bodyAsString();
    assertThat(html).contains("id=\"board-regions\"").contains("id=\"board-grid\"").contains("id=\"funnel\"").contains("/admin/static/uplot/uPlot.iife.min.js")
        .doesNotContain("http://").doesNotContain("https://");
    var lib = admin.get("/admin/static/uplot/uPlot.iife.min.js");
    assertThat(lib.statusCode()).isEqualTo(200);
    assertThat(lib.bodyAsString()).contains("uPlot");
    assertThat(admin.get("/admin/static/admin.css").statusCode()).isEqualTo(200);
  }
}
