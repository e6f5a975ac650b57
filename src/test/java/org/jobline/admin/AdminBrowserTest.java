package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin page in a real headless Chromium: sign in, create, import, open (alerts go out), sign out. */
class AdminBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  @TempDir
  Path tmp;
  AdminServer server;
  WebDriver browser;
  String base;

  @BeforeEach
  void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium/chromedriver not installed: browser tests skipped");
    server = AdminServer.start(tmp, Map.of("JOBLINE_ALERTS_QUIET_HOURS", "off"));
    server.user("amah", "admin", null);
    server.write(tx -> {
      Subscribers.register(tx, "+22890123456", "LOM", List.of("MACON"), "fr", "ussd");
      Subscribers.register(tx, "+22891234567", "LOM", List.of("MACON", "ELEC"), "fr", "sms");
      return null;
    });
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=360,800", "--user-data-dir=" + Files.createDirectory(tmp.resolve("chrome")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void signInCreateImportOpenAndSignOut() throws Exception {
    browser.get(base + "/admin");
    browser.findElement(By.id("username")).sendKeys("amah");
    browser.findElement(By.id("password")).sendKeys(AdminServer.PASSWORD);
    browser.findElement(By.id("login")).click();
    assertThat(browser.findElement(By.id("board-regions")).getText()).contains("Grand Lomé");

    browser.get(base + "/admin/vacancies/new");
    browser.findElement(By.id("title")).sendKeys("Maçon coffreur");
    browser.findElement(By.id("employer")).sendKeys("BTP Kara");
    new Select(browser.findElement(By.id("trade"))).selectByValue("MACON");
    new Select(browser.findElement(By.id("region"))).selectByValue("LOM");
    browser.findElement(By.id("save")).click();
    assertThat(statusAfterSubmit("Brouillon")).isEqualTo("Brouillon");
    String vacancyUrl = browser.getCurrentUrl();

    Path csv = tmp.resolve("offres.csv");
    Files.writeString(csv, "title,employer,trade,region,place,contact,positions,closingDate,description\n"
        + "Plombier,Eau Vive,PLOMB,LOM,,,1,,\n"
        + "Soudeur,Métal SA,ASTRONAUTE,LOM,,,1,,\n");
    browser.get(base + "/admin/vacancies/import");
    browser.findElement(By.id("csv-file")).sendKeys(csv.toString());
    browser.findElement(By.id("preview")).click();
    assertThat(browser.findElement(By.id("row-3")).getText()).contains("Métier", "ASTRONAUTE", "inconnu");
    assertThat(browser.findElement(By.id("row-2")).getText()).contains("OK");
    browser.findElement(By.id("confirm-import")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("import-status")).getText().contains("1 sur 1"));

    browser.get(vacancyUrl);
    assertThat(browser.findElement(By.id("fig-matched")).getText()).startsWith("0");
    browser.findElement(By.id("open-vacancy")).click();
    browser.findElement(By.id("confirm-publish")).click();
    assertThat(statusAfterSubmit("Ouverte")).isEqualTo("Ouverte");
    new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
      d.navigate().refresh();
      return d.findElement(By.id("fig-matched")).getText().startsWith("2");
    });

    browser.findElement(By.id("logout")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin/login"));
    assertThat(browser.findElement(By.id("login")).isDisplayed()).isTrue();
    browser.get(base + "/admin/dashboard");
    assertThat(browser.getCurrentUrl()).endsWith("/admin/login");
  }

  /**
   * The vacancy's status once the page the form posted to has loaded: the page before it may still
   * be there (with its own status) or go away under the lookup, so look again until it reads
   * {@code expected} or 10 s pass; then return what it reads.
   */
  private String statusAfterSubmit(String expected) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElement(By.id("vacancy-status")).getText().equals(expected));
    } catch (org.openqa.selenium.TimeoutException e) {
      // fall through: the assertion shows what the page says instead
    }
    return browser.findElement(By.id("vacancy-status")).getText();
  }
}
