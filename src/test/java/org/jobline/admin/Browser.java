package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a whole test class (skipped with a clear message when it is not
 * installed), with sign-in, 360 px screenshots under target/screenshots and an axe-core check
 * injected from the test classpath (nothing loaded from the internet).
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public final WebDriver driver;
  public final String base;
  private static String axe;

  private Browser(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  public static void assumeInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium/chromedriver not installed: browser tests skipped (apt-get install chromium chromium-driver)");
  }

  public static Browser open(Path profile, String base) throws IOException {
    assumeInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=fr-FR", "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profile));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    WebDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return new Browser(d, base);
  }

  public void get(String path) {
    driver.get(base + path);
  }

  public void signIn(String user, String password) {
    get("/admin/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().endsWith("/admin/login"));
  }

  public void signOut() {
    driver.manage().deleteAllCookies();
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  public void width(int px) {
    driver.manage().window().setSize(new Dimension(px, 900));
  }

  /** A full-height screenshot at 360 px wide, saved under target/screenshots (a build artefact). */
  public Path screenshot360(String name) throws IOException {
    return screenshot360(name, null);
  }

  /** The same, scrolled to the element {@code scrollTo} (an id) first. */
  public Path screenshot360(String name, String scrollTo) throws IOException {
    width(360);
    if (scrollTo != null) {
      js("document.getElementById(arguments[0]).scrollIntoView();", scrollTo);
    }
    Path out = Path.of("target", "screenshots", name + "-360.png");
    Files.createDirectories(out.getParent());
    Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    long scrollWidth = (Long) js("return document.documentElement.scrollWidth;");
    assertThat(scrollWidth).as(name + ": nothing wider than a 360 px phone").isLessThanOrEqualTo(360 + 1);
    width(1280);
    return out;
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Runs axe-core (WCAG 2 A and AA rules) on the page shown and asserts it finds no violation. */
  @SuppressWarnings("unchecked")
  public void assertAccessible(String page) throws IOException {
    if (axe == null) {
      try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
        assertThat(in).as("axe.min.js on the test classpath").isNotNull();
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    js(axe);
    Object result = ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' -> '"
            + " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); })); })"
            + ".catch(function (e) { done(['axe failed: ' + e]); });");
    assertThat((List<String>) result).as("axe-core violations on " + page).isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
