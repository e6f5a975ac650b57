package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 23's "broken today" items in a real Chromium, one browser and one gateway for the class:
 * the CSV upload (10,000 French Excel rows), the messages page's vacancy links, the link state over
 * IPv6, the vacancy form's errors in one round, the browser phone after a reload, the favicon.
 */
class AdminFixesBrowserTest {
  @TempDir
  static Path tmp;
  static AdminServer server;
  static Browser browser;
  static String host;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = AdminServer.start(tmp, Map.of("JOBLINE_ALERTS_QUIET_HOURS", "off", "JOBLINE_HTTP_HOST", "::"));
    server.user("amah", "admin", null);
    server.write(tx -> {
      Subscribers.register(tx, "+22890123456", "LOM", List.of("MACON"), "fr", "ussd");
      Subscribers.register(tx, "+22891234567", "LOM", List.of("MACON", "ELEC"), "fr", "sms");
      return null;
    });
    host = Files.exists(Path.of("/proc/net/if_inet6")) ? "[::1]" : "127.0.0.1";
    browser = Browser.open(tmp.resolve("chrome"), "http://" + host + ":" + server.port());
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
  void aTenThousandRowFrenchExcelFileImportsWithPreviewAndProgress() throws Exception {
    Path csv = tmp.resolve("offres-excel.csv");
    Files.write(csv, CsvImportHttpTest.frenchExcel(10_000));
    browser.get("/admin/vacancies/import");
    browser.driver.findElement(By.id("preview")).click();
    assertThat(browser.driver.getCurrentUrl()).as("the browser asks for a file first").endsWith("/admin/vacancies/import");
    browser.driver.findElement(By.id("csv-file")).sendKeys(csv.toString());
    browser.driver.findElement(By.id("preview")).click();
    assertThat(browser.text("preview-summary")).isEqualTo("10000 lignes : 10000 valides, 0 avec erreur.");
    assertThat(browser.text("row-2")).contains("Maçon coffreur n°1", "OK");
    browser.assertAccessible("import preview");
    browser.driver.findElement(By.id("confirm-import")).click();
    assertThat(browser.driver.findElement(By.id("import-progress")).isDisplayed()).isTrue();
    new WebDriverWait(browser.driver, Duration.ofSeconds(300)).pollingEvery(Duration.ofSeconds(1))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("import-status")).getText().startsWith("Import terminé : 10000 sur 10000"));
    browser.driver.findElement(By.id("to-list")).click();
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Maçon coffreur n°");
  }

  @Test
  void anEmptyImportSubmitGetsAFrenchMessage() {
    browser.get("/admin/vacancies/import");
    browser.js("document.getElementById('csv-file').removeAttribute('required');");
    browser.driver.findElement(By.id("preview")).click();
    assertThat(browser.text("import-error")).isEqualTo("Choisissez un fichier CSV avant de demander l'aperçu.");
  }

  @Test
  void theMessagesPageLinksToTheVacancyAndReadsTheLinkInProcess() throws Exception {
    String ref = createAndOpen("Maçon boiseur");
    new WebDriverWait(browser.driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
      browser.get("/admin/messages");
      return !d.findElements(By.linkText(ref)).isEmpty();
    });
    assertThat(browser.driver.getCurrentUrl()).as("opened over IPv6 when the machine has it").contains(host);
    assertThat(browser.text("link-state")).doesNotContain("inconnu").containsAnyOf("en ligne", "hors service");
    browser.assertAccessible("messages");
    browser.driver.findElement(By.linkText(ref)).click();
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(ref);
  }

  @Test
  void theVacancyFormShowsEveryErrorInOneRoundWithTheSameNames() throws Exception {
    browser.get("/admin/vacancies/new");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Nouvelle offre");
    assertThat(browser.driver.findElements(By.cssSelector("#vacancy-form .required"))).hasSize(4);
    assertThat(browser.driver.findElement(By.cssSelector("label[for=title]")).getText()).startsWith("Titre");
    browser.driver.findElement(By.id("employer")).sendKeys("B");
    browser.driver.findElement(By.id("positions")).sendKeys("deux");
    browser.driver.findElement(By.id("save")).click();
    assertThat(browser.text("error-positions")).isEqualTo("Postes : un nombre entier");
    assertThat(browser.text("error-title")).startsWith("Titre : ");
    assertThat(browser.text("error-employer")).startsWith("Employeur : ");
    assertThat(browser.text("error-trade")).startsWith("Métier : ");
    assertThat(browser.text("error-region")).startsWith("Région : ");
    assertThat(browser.driver.findElement(By.id("employer")).getDomProperty("value")).isEqualTo("B");
    browser.assertAccessible("vacancy form with errors");
  }

  @Test
  void theBrowserPhoneStartsANewSessionAfterAReload() {
    browser.get("/simulator/");
    browser.driver.findElement(By.id("btn-dial")).click();
    WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(15));
    wait.until(d -> d.findElement(By.id("screen")).getText().contains("Jobline"));
    browser.driver.findElement(By.id("key-1")).click();
    browser.driver.findElement(By.id("btn-send")).click();
    wait.until(d -> !d.findElement(By.id("screen")).getText().contains("Jobline - Emploi"));
    browser.driver.navigate().refresh();
    browser.driver.findElement(By.id("btn-send")).click();
    wait.until(d -> d.findElement(By.id("screen")).getText().contains("Jobline - Emploi"));
    assertThat(browser.text("screen")).doesNotContain("invalide");
  }

  @Test
  void everyPageHasAFavicon() {
    browser.get("/admin/dashboard");
    Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
        "var done = arguments[0]; var link = document.querySelector('link[rel=icon]');"
            + "fetch(link.href).then(function (r) { done(r.status + ' ' + r.headers.get('content-type')); });");
    assertThat(status).isEqualTo("200 image/x-icon");
  }

  static String createAndOpen(String title) {
    browser.get("/admin/vacancies/new");
    browser.driver.findElement(By.id("title")).sendKeys(title);
    browser.driver.findElement(By.id("employer")).sendKeys("BTP Kara");
    new Select(browser.driver.findElement(By.id("trade"))).selectByValue("MACON");
    new Select(browser.driver.findElement(By.id("region"))).selectByValue("LOM");
    browser.driver.findElement(By.id("save")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/admin/vacancies/[A-Za-z0-9-]+$")
        && !d.getCurrentUrl().endsWith("/new"));
    String ref = browser.driver.findElement(By.tagName("h1")).getText();
    browser.driver.findElement(By.id("open-vacancy")).click();
    browser.driver.findElement(By.id("confirm-publish")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("vacancy-status")).getText().equals("Ouverte"));
    return ref;
  }
}
