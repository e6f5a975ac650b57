package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV import as a file upload (issue 23 broken item 1) and kept in the database across a restart
 * (issue 22 point 3): French Excel files, 10,000 rows, empty and oversized submits, an interrupted import.
 */
class CsvImportHttpTest {
  static final Charset EXCEL = Charset.forName("windows-1252");
  static final Pattern CONFIRM = Pattern.compile("action=\"(/admin/vacancies/import/[^\"]+)\"");
  @TempDir
  Path tmp;
  AdminServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private AdminClient signIn() {
    AdminClient staff = new AdminClient(server);
    staff.login("kodjo", AdminServer.PASSWORD);
    staff.get("/admin/vacancies/import");
    return staff;
  }

  /** What French Excel saves: a French header, ';' separators, Windows-1252, CRLF. */
  static byte[] frenchExcel(int rows) {
    StringBuilder b = new StringBuilder("Intitulé;Employeur;Métier;Région;Lieu;Contact;Postes;Date de clôture;Description\r\n");
    for (int i = 1; i <= rows; i++) {
      b.append("Maçon coffreur n°").append(i).append(";Société Générale d'Élévation;MACON;Plateaux;Kpalimé;;2;;")
          .append("Chantier à l'été, « logé »\r\n");
    }
    b.append(";;;;;;;;\r\n");
    return b.toString().getBytes(EXCEL);
  }

  static long waitFor(AdminServer s, String sql, long expected, int seconds) throws InterruptedException {
    long n = 0;
    for (int i = 0; i < seconds * 10 && (n = s.count(sql)) < expected; i++) {
      Thread.sleep(100);
    }
    return n;
  }

  @Test
  void aTenThousandRowFrenchExcelFileImportsWithAccentsIntact() throws Exception {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    AdminClient staff = signIn();
    byte[] file = frenchExcel(10_000);
    assertThat(file.length).as("far over the old 8 KB form-field limit").isGreaterThan(500_000);
    var preview = staff.postFile("/admin/vacancies/import", "offres.csv", file);
    assertThat(preview.statusCode()).as(preview.bodyAsString()).isEqualTo(200);
    assertThat(preview.bodyAsString()).contains("10000 lignes : 10000 valides, 0 avec erreur.")
        .contains("Maçon coffreur n°1<");
    Matcher m = CONFIRM.matcher(preview.bodyAsString());
    assertThat(m.find()).isTrue();
    assertThat(staff.postForm(m.group(1)).statusCode()).isEqualTo(303);
    assertThat(staff.get(m.group(1)).bodyAsString()).contains("id=\"import-progress\"");
    assertThat(waitFor(server, "SELECT COUNT(*) FROM vacancies", 10_000, 600)).isEqualTo(10_000);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE title = 'Maçon coffreur n°9999' "
        + "AND employer = 'Société Générale d''Élévation' AND place = 'Kpalimé' AND description = 'Chantier à l''été, « logé »'"))
        .isEqualTo(1);
    for (int i = 0; i < 100 && !staff.get(m.group(1)).bodyAsString().contains("Import terminé"); i++) {
      Thread.sleep(100);
    }
    assertThat(staff.get(m.group(1)).bodyAsString()).contains("Import terminé : 10000 sur 10000");
  }

  @Test
  void utf8WithBomCommasEmptyAndOversizedSubmitsAreAnsweredInFrench() {
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    AdminClient staff = signIn();
    byte[] bom = ("\uFEFFtitle,employer,trade,region\n\"Électricien, bâtiment\",Lumière SA,ELEC,LOM\n")
        .getBytes(StandardCharsets.UTF_8);
    var ok = staff.postFile("/admin/vacancies/import", "bom.csv", bom);
    assertThat(ok.bodyAsString()).contains("1 lignes : 1 valides").contains("Électricien, bâtiment");

    var empty = staff.postFile("/admin/vacancies/import", "", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.bodyAsString()).contains("Choisissez un fichier CSV").doesNotContain("Exception");

    var blank = staff.postFile("/admin/vacancies/import", "vide.csv", "\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(blank.bodyAsString()).contains("Le fichier est vide.");

    var big = staff.postFile("/admin/vacancies/import", "gros.csv", new byte[6 * 1024 * 1024]);
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(big.bodyAsString()).contains("Le fichier est trop gros : 5 Mo au plus");
  }

  @Test
  void anImportStoppedByARestartIsShownInterruptedAndResumes() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(org.jobline.testing.TestStores.postgres(),
        "on PostgreSQL a starting node leaves a running import to the node that runs it for an hour "
            + "(several nodes share the database): ImportsAcrossNodesTest checks that rule");
    server = AdminServer.start(tmp);
    server.user("kodjo", "staff", null);
    AdminClient staff = signIn();
    var preview = staff.postFile("/admin/vacancies/import", "offres.csv", frenchExcel(3000));
    Matcher m = CONFIRM.matcher(preview.bodyAsString());
    assertThat(m.find()).isTrue();
    staff.postForm(m.group(1));
    assertThat(waitFor(server, "SELECT COUNT(*) FROM vacancies", 50, 60)).isGreaterThanOrEqualTo(50);
    server.close();

    server = AdminServer.start(tmp);
    long made = server.count("SELECT COUNT(*) FROM vacancies");
    long done = server.count("SELECT COUNT(*) FROM import_rows WHERE state = 'done'");
    long started = server.count("SELECT COUNT(*) FROM import_rows WHERE state = 'started'");
    assertThat(made).as("rows done are counted, in-flight ones marked").isBetween(done, done + started);
    assertThat(made).as("the stop came before the end").isLessThan(3000);
    staff = signIn();
    assertThat(staff.get("/admin/vacancies/import").bodyAsString()).contains("non terminé");
    String page = staff.get(m.group(1)).bodyAsString();
    assertThat(page).contains("Import interrompu par un arrêt du serveur : " + done + " sur 3000")
        .contains("id=\"resume-import\"");
    assertThat(staff.postForm(m.group(1)).statusCode()).isEqualTo(303);
    assertThat(waitFor(server, "SELECT COUNT(*) FROM import_rows WHERE state = 'done'", 3000 - started, 300))
        .isEqualTo(3000 - started);
    assertThat(server.count("SELECT COUNT(*) FROM vacancies")).isBetween(3000 - started, 3000L);
  }
}
