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

/** Vacancy pages over HTTP: per-field errors, escaping, partner isolation, CSV import and export, search safety. */
class VacanciesHttpTest {
  @TempDir
  Path tmp;
  AdminServer server;
  AdminClient staff;
  AdminClient partnerA;

  @BeforeEach
  void start() {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    server.user("ong-a", "partner", server.partner("ONG A"));
    server.user("ong-b", "partner", server.partner("ONG B"));
    staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);
    partnerA = new AdminClient(server);
    partnerA.login("ong-a", AdminServer.PASSWORD);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String create(AdminClient c, String title) {
    c.get("/admin/vacancies/new");
    var r = c.postForm("/admin/vacancies", "title", title, "employer", "BTP Kara", "trade", "MACON", "region", "LOM",
        "positions", "2", "place", "", "contact", "", "closingDate", "", "description", "");
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    return r.getHeader("Location").substring("/admin/vacancies/".length());
  }

  @Test
  void aBadFieldIsShownBesideItAndTheEntriesAreKept() {
    staff.get("/admin/vacancies/new");
    var r = staff.postForm("/admin/vacancies", "title", "Maçon", "employer", "BTP Kara", "trade", "ASTRONAUTE",
        "region", "LOM", "positions", "2");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.bodyAsString()).contains("id=\"error-trade\"").contains("value=\"BTP Kara\"");
    var p = staff.postForm("/admin/vacancies", "title", "Maçon", "employer", "BTP Kara", "trade", "MACON",
        "region", "LOM", "positions", "deux");
    assertThat(p.bodyAsString()).contains("id=\"error-positions\"").contains("value=\"deux\"");
    var all = staff.postForm("/admin/vacancies", "title", "", "employer", "BTP Kara", "trade", "ASTRONAUTE",
        "region", "Lune", "positions", "2", "closingDate", "2020-01-01");
    assertThat(all.bodyAsString()).as("every bad field at once, in French")
        .contains("id=\"error-title\">Titre : obligatoire<")
        .contains("id=\"error-trade\">Métier : « ASTRONAUTE » inconnu")
        .contains("id=\"error-region\">Région : « Lune » inconnu")
        .contains("id=\"error-closingDate\">Date de clôture : 2020-01-01 est déjà passée<");
    assertThat(server.count("SELECT COUNT(*) FROM vacancies")).isZero();
  }

  @Test
  void aScriptTitleIsShownEscapedEverywhere() {
    String ref = create(staff, "<script>alert(1)</script>");
    for (String page : List.of("/admin/vacancies/" + ref, "/admin/vacancies", "/admin/vacancies/" + ref + "/edit")) {
      String html = staff.get(page).bodyAsString();
      assertThat(html).as(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  }

  @Test
  void aPartnerNeitherSeesNorChangesAnotherPartnersVacancy() {
    String mine = create(partnerA, "Maçon pour ONG A");
    AdminClient partnerB = new AdminClient(server);
    partnerB.login("ong-b", AdminServer.PASSWORD);
    assertThat(partnerB.get("/admin/vacancies/" + mine).statusCode()).isEqualTo(404);
    assertThat(partnerB.get("/admin/vacancies/" + mine + "/edit").statusCode()).isEqualTo(404);
    assertThat(partnerB.get("/admin/vacancies/" + mine + "/interested.csv").statusCode()).isEqualTo(404);
    partnerB.get("/admin/vacancies");
    assertThat(partnerB.postForm("/admin/vacancies/" + mine + "/open").statusCode()).isEqualTo(404);
    assertThat(partnerB.postForm("/admin/vacancies/" + mine, "title", "Volé", "employer", "X", "trade", "MACON",
        "region", "LOM").statusCode()).isEqualTo(404);
    assertThat(partnerB.get("/admin/vacancies").bodyAsString()).doesNotContain(mine);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE status = 'draft' AND title = 'Maçon pour ONG A'"))
        .isEqualTo(1);
    assertThat(partnerA.get("/admin/vacancies").bodyAsString()).contains(mine);
    assertThat(staff.get("/admin/vacancies").bodyAsString()).contains(mine);
  }

  @Test
  void openingAndClosingGoThroughTheServiceAndAreAudited() {
    String ref = create(staff, "Électricien bâtiment");
    staff.get("/admin/vacancies/" + ref);
    assertThat(staff.postForm("/admin/vacancies/" + ref + "/open").statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE ref = ? AND status = 'open'", ref)).isEqualTo(1);
    assertThat(staff.postForm("/admin/vacancies/" + ref + "/close").statusCode()).isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE ref = ? AND status = 'closed'", ref)).isEqualTo(1);
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE actor = 'kodjo' AND entity = 'vacancy'"))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void csvImportPreviewsEachRowsErrorThenImportsTheValidRows() throws Exception {
    assertThat(staff.get("/admin/vacancies/import/template.csv").bodyAsString()).startsWith("title,employer,trade");
    staff.get("/admin/vacancies/import");
    String csv = "title,employer,trade,region,place,contact,positions,closingDate,description\n"
        + "Maçon qualifié,BTP Kara,MACON,LOM,,,2,,\n"
        + "Plombier,Eau Vive,plombier,Plateaux,,,1,,\n"
        + "X,Eau Vive,PLOMB,LOM,,,1,,\n"
        + "\"Électricien, bâtiment\",Lumière SA,ELEC,LOM,,,abc,,\n";
    var preview = staff.postFile("/admin/vacancies/import", "offres.csv", csv.getBytes(StandardCharsets.UTF_8));
    String html = preview.bodyAsString();
    assertThat(html).contains("4 lignes : 2 valides, 2 avec erreur.");
    assertThat(row(html, 4)).as("errors in the page's language").contains("Titre : entre 3 et 120 caractères");
    assertThat(row(html, 5)).contains("Postes : un nombre entier");
    assertThat(row(html, 2)).contains("OK");
    assertThat(server.count("SELECT COUNT(*) FROM vacancies")).as("nothing before confirmation").isZero();
    Matcher m = Pattern.compile("action=\"(/admin/vacancies/import/[^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    assertThat(staff.postForm(m.group(1)).statusCode()).isEqualTo(303);
    for (int i = 0; i < 100 && server.count("SELECT COUNT(*) FROM vacancies") < 2; i++) {
      Thread.sleep(50);
    }
    assertThat(server.count("SELECT COUNT(*) FROM vacancies")).isEqualTo(2);
    String done = staff.get(m.group(1)).bodyAsString();
    assertThat(done).contains("id=\"import-progress\"");
    AdminClient other = new AdminClient(server);
    other.login("ong-a", AdminServer.PASSWORD);
    assertThat(other.get(m.group(1)).statusCode()).as("another user's import").isEqualTo(404);
  }

  @Test
  void tagsAreTickedOnTheFormShownOnThePageAndReadFromTheCsvColumn() throws Exception {
    staff.get("/admin/vacancies/new");
    var r = staff.postForm("/admin/vacancies", "title", "Apprenti menuisier", "employer", "Bois du Nord", "trade", "MENUIS",
        "region", "SAV", "tags", "accessible", "tags", "firstJob");
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    String ref = r.getHeader("Location").substring("/admin/vacancies/".length());
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE ref = ? AND tags = 'firstJob,accessible'", ref)).isEqualTo(1);
    assertThat(staff.get("/admin/vacancies/" + ref).bodyAsString())
        .contains("Premier emploi (sans expérience), Lieu accessible (handicap)");
    assertThat(staff.get("/admin/vacancies/" + ref + "/edit").bodyAsString())
        .contains("id=\"tag-firstJob\" value=\"firstJob\" checked", "id=\"tag-womenEncouraged\" value=\"womenEncouraged\">");
    var bad = staff.postForm("/admin/vacancies/" + ref, "title", "Apprenti menuisier", "employer", "Bois du Nord",
        "trade", "MENUIS", "region", "SAV", "tags", "youth");
    assertThat(bad.bodyAsString()).contains("Étiquettes : « youth » inconnue");
    staff.get("/admin/vacancies/" + ref + "/edit");
    assertThat(staff.postForm("/admin/vacancies/" + ref, "title", "Apprenti menuisier", "employer", "Bois du Nord",
        "trade", "MENUIS", "region", "SAV").statusCode()).as("no box ticked: no tags").isEqualTo(303);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE ref = ? AND tags = ''", ref)).isEqualTo(1);

    staff.get("/admin/vacancies/import");
    String csv = "Intitulé;Employeur;Métier;Région;Étiquettes\n"
        + "Aide menuisière;Bois du Nord;MENUIS;SAV;womenEncouraged firstJob\n"
        + "Aide scieur;Bois du Nord;MENUIS;SAV;jeunes\n";
    String html = staff.postFile("/admin/vacancies/import", "offres.csv", csv.getBytes(StandardCharsets.UTF_8)).bodyAsString();
    assertThat(html).contains("2 lignes : 1 valides, 1 avec erreur.");
    assertThat(row(html, 3)).contains("« jeunes » inconnue");
    Matcher m = Pattern.compile("action=\"(/admin/vacancies/import/[^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    assertThat(staff.postForm(m.group(1)).statusCode()).isEqualTo(303);
    for (int i = 0; i < 100 && server.count("SELECT COUNT(*) FROM vacancies WHERE title = 'Aide menuisière'") < 1; i++) {
      Thread.sleep(50);
    }
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE title = 'Aide menuisière' AND tags = 'firstJob,womenEncouraged'"))
        .isEqualTo(1);
  }

  @Test
  void aBrokenFileIsExplainedNotFailed() {
    staff.get("/admin/vacancies/import");
    var r = staff.postFile("/admin/vacancies/import", "x.csv", "name,age\nx,1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.bodyAsString()).contains("id=\"import-error\"").contains("La colonne « title » manque");
  }

  @Test
  void theInterestedExportIsAuditedAndMaskedForPartners() {
    String ref = create(partnerA, "Menuisier");
    server.write(tx -> {
      var s = org.jobline.subscriber.Subscribers.register(tx, "+22890123456", "LOM", List.of("MENUIS"), "fr", "ussd");
      long vid = org.jobline.vacancy.Vacancies.byRef(tx, ref).orElseThrow().id();
      org.jobline.vacancy.Vacancies.recordInterest(tx, s.id(), vid, "ussd");
      return null;
    });
    String csv = partnerA.get("/admin/vacancies/" + ref + "/interested.csv").bodyAsString();
    assertThat(csv).startsWith("\uFEFF\"Téléphone\";\"Région\"").contains("+22890****56").doesNotContain("+22890123456");
    assertThat(staff.get("/admin/vacancies/" + ref + "/interested.csv").bodyAsString())
        .as("phone as text, trade and region names, status").contains("\"=\"\"+22890123456\"\"\"")
        .contains("\"Menuisier\"").contains("\"Grand Lomé\"").contains("\"À appeler\"");
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE action = 'export.interested'")).isEqualTo(2);
  }

  @Test
  void ticketVacanciesArePublishedTogetherAfterAConfirmationAndTheListExports() {
    String a = create(staff, "Maçon coffreur");
    String b = create(staff, "Maçon boiseur");
    staff.get("/admin/vacancies");
    var confirm = staff.postForm("/admin/vacancies/bulk", "action", "open", "ref", a, "ref", b);
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.bodyAsString()).contains("Publier ces 2 offres").contains("id=\"confirm-bulk\"");
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE status = 'open'")).as("nothing before confirming").isZero();
    var done = staff.postForm("/admin/vacancies/bulk", "action", "open", "ref", a, "ref", b, "confirm", "yes");
    assertThat(done.bodyAsString()).contains("2 offre(s) publiée(s).");
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE status = 'open'")).isEqualTo(2);
    assertThat(staff.postForm("/admin/vacancies/bulk", "action", "open").statusCode()).as("nothing ticked").isEqualTo(400);
    String csv = staff.get("/admin/vacancies.csv?status=open").bodyAsString();
    assertThat(csv).startsWith("\uFEFF\"Référence\";\"Titre\"").contains("\"Maçon coffreur\"").contains("\"Maçon boiseur\"")
        .contains("\"Grand Lomé\"").contains("\"Ouverte\"");
  }

  @Test
  void sqlMetacharactersInTheVacancySearchAreHarmless() {
    create(staff, "Maçon 100% fiable");
    create(staff, "Plombier");
    for (String q : List.of("' OR 1=1 --", "%", "_", "\"", "') OR ('1'='1")) {
      var r = staff.get("/admin/vacancies?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(q).isEqualTo(200);
      assertThat(r.bodyAsString()).as(q).doesNotContain("Plombier</td>").doesNotContain("Plombier<br>");
    }
    assertThat(staff.get("/admin/vacancies?q=100%25").bodyAsString()).contains("Maçon 100% fiable");
    assertThat(staff.get("/admin/vacancies?status=%27%20OR%201%3D1").statusCode()).isEqualTo(400);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies")).isEqualTo(2);
  }

  private static String row(String html, int line) {
    int i = html.indexOf("id=\"row-" + line + "\"");
    assertThat(i).as("row " + line).isPositive();
    return html.substring(i, html.indexOf("</tr>", i));
  }
}
