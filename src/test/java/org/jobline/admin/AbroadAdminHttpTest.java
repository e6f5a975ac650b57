package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21 in the admin: a vacancy abroad by staff only, the CSV country column, the figures, the recruiter registry. */
class AbroadAdminHttpTest {
  @TempDir
  Path tmp;
  AdminServer server;
  AdminClient staff;
  AdminClient partner;

  @BeforeEach
  void start() {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    server.user("ong-a", "partner", server.partner("ONG A"));
    staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);
    partner = new AdminClient(server);
    partner.login("ong-a", AdminServer.PASSWORD);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> create(AdminClient c, String country) {
    c.get("/admin/vacancies/new");
    return c.postForm("/admin/vacancies", "title", "Ouvrier agricole", "employer", "Agence", "trade", "AGRI",
        "region", "LOM", "positions", "10", "country", country);
  }

  @Test
  void staffPublishAbroadPartnersCannotAndTheFormSaysWhy() {
    assertThat(staff.get("/admin/vacancies/new").bodyAsString()).contains("id=\"country\"");
    assertThat(partner.get("/admin/vacancies/new").bodyAsString()).doesNotContain("id=\"country\"");
    var bad = create(staff, "Atlantide");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.bodyAsString()).contains("id=\"error-country\"").contains("Atlantide");
    var created = create(staff, "Tunisie");
    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(staff.get(created.getHeader("Location")).bodyAsString()).contains("Pays de travail").contains("Tunisie (TN)");
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE country = 'TN'")).isEqualTo(1);
    var refused = create(partner, "TN");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.bodyAsString()).contains("seul le personnel de l&#39;agence peut publier une offre à l&#39;étranger");
    var mine = create(partner, "");
    assertThat(mine.statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE country IS NULL")).isEqualTo(1);
    // staff send the partner's vacancy abroad; the partner's later edit (a form without the field) keeps it there
    String ref = mine.getHeader("Location").substring("/admin/vacancies/".length());
    staff.get("/admin/vacancies/" + ref + "/edit");
    assertThat(staff.postForm("/admin/vacancies/" + ref, "title", "Ouvrier agricole", "employer", "Agence", "trade", "AGRI",
        "region", "LOM", "positions", "10", "country", "MA").statusCode()).isEqualTo(303);
    partner.get("/admin/vacancies/" + ref + "/edit");
    assertThat(partner.postForm("/admin/vacancies/" + ref, "title", "Ouvrier agricole qualifié", "employer", "Agence",
        "trade", "AGRI", "region", "LOM", "positions", "12").statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE country = 'MA' AND positions = 12")).isEqualTo(1);
  }

  @Test
  void thePublishPreviewCountsOnlyThoseWhoOptedIn() {
    server.write(tx -> {
      long ama = org.jobline.subscriber.Subscribers.register(tx, "+22890000001", "LOM", java.util.List.of("AGRI"), "fr", "sms").id();
      org.jobline.subscriber.Subscribers.register(tx, "+22890000002", "LOM", java.util.List.of("AGRI"), "fr", "sms");
      org.jobline.abroad.AbroadOptIns.set(tx, ama, true, "sms", 1L);
      return null;
    });
    String abroad = create(staff, "TN").getHeader("Location");
    String home = create(staff, "").getHeader("Location");
    assertThat(staff.get(abroad + "/publish").bodyAsString()).contains("<b id=\"reach-total\">1<");
    assertThat(staff.get(home + "/publish").bodyAsString()).contains("<b id=\"reach-total\">2<");
    assertThat(staff.get(abroad + "/publish").bodyAsString()).as("the SMS preview names the country")
        .contains("Offre").contains("a l&#39;etranger (Tunisie)");
  }

  @Test
  void theCsvImportReadsTheCountryColumnAndExplainsABadOne() {
    staff.get("/admin/vacancies/import");
    String csv = "titre;employeur;metier;region;postes;pays\n"
        + "Ouvrier agricole;Agence;AGRI;LOM;10;Tunisie\n"
        + "Maçon;BTP;MACON;LOM;2;\n"
        + "Soudeur;BTP;SOUD;LOM;1;Narnia\n";
    var preview = staff.postFile("/admin/vacancies/import", "v.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.bodyAsString()).contains("Narnia");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/admin/vacancies/import/([A-Za-z0-9_-]+)")
        .matcher(preview.bodyAsString());
    assertThat(m.find()).isTrue();
    staff.postForm("/admin/vacancies/import/" + m.group(1));
    for (int i = 0; i < 200 && server.count("SELECT COUNT(*) FROM vacancies") < 2; i++) {
      sleep();
    }
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE country = 'TN'")).isEqualTo(1);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE country IS NULL")).isEqualTo(1);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies")).as("the bad row is not imported").isEqualTo(2);
  }

  @Test
  void figuresAndTheRecruiterRegistry() {
    create(staff, "TN");
    String page = staff.get("/admin/abroad").bodyAsString();
    assertThat(page).contains("id=\"abroad-offers\"").contains("Tunisie (TN)").contains("&lt;5");
    assertThat(partner.get("/admin/abroad").statusCode()).isEqualTo(403);
    assertThat(staff.get("/admin/recruiters").bodyAsString()).contains("id=\"recruiters-none\"");
    var added = staff.postForm("/admin/recruiters", "licence", "AGR-1", "name", "Afrique Emploi", "contact", "Lomé");
    assertThat(added.statusCode()).isEqualTo(303);
    assertThat(staff.postForm("/admin/recruiters", "licence", "AGR-1", "name", "Autre", "contact", "").statusCode())
        .isEqualTo(409);
    assertThat(staff.postForm("/admin/recruiters", "licence", "", "name", "X", "contact", "").statusCode()).isEqualTo(400);
    String list = staff.get("/admin/recruiters").bodyAsString();
    assertThat(list).contains("Afrique Emploi").contains("AGR-1");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/admin/recruiters/(\\d+)/remove").matcher(list);
    assertThat(m.find()).isTrue();
    assertThat(staff.postForm("/admin/recruiters/" + m.group(1) + "/remove").statusCode()).isEqualTo(303);
    assertThat(staff.get("/admin/recruiters").bodyAsString()).doesNotContain("AGR-1");
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('recruiter.add', 'recruiter.remove') AND actor = 'kodjo'"))
        .isEqualTo(2);
    assertThat(partner.get("/admin/recruiters").statusCode()).isEqualTo(403);
  }

  private static void sleep() {
    try {
      Thread.sleep(25);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
