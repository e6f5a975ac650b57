package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A day of agency work in a real Chromium (issue 23): publish with the SMS preview and confirmation,
 * call back and mark an interested person, export and print the shortlist, unlock and reset a user
 * who then changes the one-time password; 360 px screenshots and an axe-core check on each page.
 */
class AdminDayBrowserTest {
  @TempDir
  static Path tmp;
  static AdminServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = AdminServer.start(tmp, Map.of("JOBLINE_ALERTS_QUIET_HOURS", "off"));
    server.user("amah", "admin", null);
    server.user("kossi", "staff", null);
    server.write(tx -> {
      Subscribers.register(tx, "+22890123456", "LOM", List.of("MACON"), "fr", "ussd");
      Subscribers.register(tx, "+22891234567", "LOM", List.of("MACON", "ELEC"), "en", "sms");
      return null;
    });
    browser = Browser.open(tmp.resolve("chrome"), "http://127.0.0.1:" + server.port());
    browser.signIn("amah", AdminServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void publishWithPreviewThenFollowUpTheInterestedPeople() throws Exception {
    browser.get("/admin/vacancies/new");
    browser.driver.findElement(By.id("title")).sendKeys("Maçon coffreur");
    browser.driver.findElement(By.id("employer")).sendKeys("BTP Kara");
    new Select(browser.driver.findElement(By.id("trade"))).selectByValue("MACON");
    new Select(browser.driver.findElement(By.id("region"))).selectByValue("LOM");
    browser.driver.findElement(By.id("place")).sendKeys("Agoè");
    browser.driver.findElement(By.id("save")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("open-vacancy")).isEmpty());
    String ref = browser.driver.findElement(By.tagName("h1")).getText();
    assertThat(browser.text("facts")).contains("Agoè", "Créée", "par amah");

    browser.driver.findElement(By.id("open-vacancy")).click();
    assertThat(browser.text("sms-fr")).startsWith("Offre " + ref + ": Macon coffreur").contains("STOP");
    assertThat(browser.text("sms-en")).isNotEmpty();
    assertThat(browser.text("reach-total")).isEqualTo("2");
    assertThat(browser.text("reach-today")).isEqualTo("2");
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE status = 'open'")).as("nothing before confirming").isZero();
    browser.assertAccessible("publish preview");
    browser.driver.findElement(By.id("confirm-publish")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("vacancy-status")).getText().equals("Ouverte"));
    assertThat(browser.text("facts")).contains("Publiée", "par amah");

    server.write(tx -> {
      long vid = Vacancies.byRef(tx, ref).orElseThrow().id();
      for (String phone : List.of("+22890123456", "+22891234567")) {
        long sid = Subscribers.find(tx, phone).orElseThrow().id();
        Vacancies.recordInterest(tx, sid, vid, "ussd");
      }
      return null;
    });
    browser.driver.navigate().refresh();
    var call = browser.driver.findElement(By.cssSelector("#interested a.call[href='tel:+22890123456']"));
    assertThat(call.getText()).isEqualTo("+22890123456");
    String row = browser.driver.findElement(By.xpath("//a[@href='tel:+22890123456']/ancestor::tr")).getDomAttribute("id");
    String id = row.substring("interest-".length());
    assertThat(browser.text(row)).contains("Maçon", "Grand Lomé", "USSD", "À appeler");
    new Select(browser.driver.findElement(By.id("status-" + id))).selectByValue("called");
    browser.driver.findElement(By.id("save-" + id)).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> new Select(d.findElement(By.id("status-" + id))).getFirstSelectedOption().getText().equals("Appelé"));
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE action = 'interest.status'")).isEqualTo(1);
    browser.assertAccessible("vacancy page with interested people");
    browser.screenshot360("vacancy");
    browser.screenshot360("interested", "interested-title");

    String csv = download("/admin/vacancies/" + ref + "/interested.csv");
    assertThat(csv).startsWith("\uFEFF\"Téléphone\";\"Région\";\"Métier\"")
        .contains("\"=\"\"+22890123456\"\"\";\"Grand Lomé\";\"Maçon\";\"USSD (*888#)\"").contains("\"Appelé\"");

    browser.driver.findElement(By.id("print")).click();
    assertThat(browser.driver.findElements(By.tagName("nav"))).as("print view without the menu").isEmpty();
    assertThat(browser.text(row)).contains("Appelé");
    browser.assertAccessible("print view");
  }

  @Test
  void anAdminUnlocksAndResetsAUserWhoMustThenChooseAPassword() throws Exception {
    server.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (var p = c.prepareStatement("UPDATE staff_users SET failed_logins = 5, locked_until = ? WHERE username = 'kossi'")) {
        p.setLong(1, System.currentTimeMillis() + 3_600_000);
        p.executeUpdate();
      }
      return null;
    });
    browser.get("/admin/users");
    assertThat(browser.text("user-kossi")).contains("Agent", "verrouillé");
    browser.assertAccessible("users");
    browser.screenshot360("users");
    browser.driver.findElement(By.id("unlock-kossi")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("done=unlock"));
    assertThat(browser.text("user-kossi")).contains("actif");
    browser.driver.findElement(By.id("reset-kossi")).click();
    String once = browser.text("one-time-password");
    assertThat(once).matches("[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}");
    assertThat(browser.text("user-kossi")).contains("doit changer son mot de passe");
    browser.driver.findElement(By.id("new-username")).sendKeys("afi");
    browser.driver.findElement(By.id("add-user")).click();
    assertThat(browser.text("one-time")).contains("afi");
    assertThat(server.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('user.unlock', 'user.reset', 'user.add')"))
        .isEqualTo(3);

    browser.signOut();
    browser.signIn("kossi", once);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/password");
    browser.get("/admin/vacancies");
    assertThat(browser.driver.getCurrentUrl()).as("no other page before the change").endsWith("/admin/password");
    browser.driver.findElement(By.id("pwd-current")).sendKeys(once);
    browser.driver.findElement(By.id("pwd-new")).sendKeys("mon nouveau secret");
    browser.driver.findElement(By.id("pwd-confirm")).sendKeys("mon nouveau secret");
    browser.driver.findElement(By.id("change-password")).click();
    assertThat(browser.text("password-changed")).isEqualTo("Mot de passe changé.");
    browser.get("/admin/vacancies");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/vacancies");
    browser.signOut();
    browser.signIn("amah", AdminServer.PASSWORD);
  }

  @Test
  void theBoardIsATradeByRegionGridSortableWithEmptyRowsFolded() throws Exception {
    long open = server.count("SELECT COALESCE(SUM(positions), 0) FROM vacancies WHERE status = 'open' AND trade = 'MACON' AND region = 'LOM'");
    browser.get("/admin/dashboard");
    var header = browser.driver.findElements(By.cssSelector("#board-grid thead th"));
    assertThat(header.get(1).getText()).startsWith("Grand Lomé");
    assertThat(header.get(header.size() - 1).getText()).startsWith("Total");
    var firstRow = browser.driver.findElement(By.cssSelector("#board-grid tbody tr"));
    assertThat(firstRow.getDomAttribute("id")).as("most seekers first").isEqualTo("grid-MACON");
    assertThat(firstRow.findElements(By.tagName("td")).get(0).getText()).isEqualTo("2 / " + open);
    assertThat(browser.text("grid-ELEC")).startsWith("Électricien").contains("1 / 0");
    assertThat(browser.driver.findElement(By.cssSelector("#grid-empty summary")).getText()).contains("métiers sans demandeur ni poste");
    browser.driver.findElement(By.linkText("Métier")).click();
    assertThat(browser.driver.findElement(By.cssSelector("#board-grid tbody tr")).getDomAttribute("id"))
        .as("by name: Électricien before Maçon").isEqualTo("grid-ELEC");
    assertThat(browser.driver.findElement(By.cssSelector("#chart-registrations .u-legend")).getText()).contains("Jour");
    browser.assertAccessible("dashboard");
  }

  /** The file as a spreadsheet would get it: fetched with the browser's session cookie. */
  private static String download(String path) throws Exception {
    String cookie = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .reduce((a, b) -> a + "; " + b).orElse("");
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base + path))
        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    return r.body();
  }
}
