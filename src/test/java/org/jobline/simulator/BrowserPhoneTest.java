package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jobline.app.Gateway;
import org.jobline.simulator.modem.PtyPair;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser phone in a real headless Chromium: dial, answer a menu, send an SMS, see the reply
 * arrive; on a 360 px wide screen, switch the phone's texts to the emulated GSM modem.
 */
class BrowserPhoneTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path profile;
  @TempDir
  Path data;
  private Vertx vertx;
  private WebDriver driver;
  private Gateway gateway;

  @BeforeEach
  void setUp() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium/chromedriver not installed: browser tests skipped");
    vertx = Vertx.vertx();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterEach
  void tearDown() {
    if (driver != null) {
      driver.quit();
    }
    if (gateway != null) {
      await(gateway.stop());
    }
    if (vertx != null) {
      await(vertx.close());
    }
  }

  @Test
  void dialAnswerAndReceiveAnSms() {
    StubApp app = new StubApp(vertx);
    String url = SimTestSupport.start(vertx, SimTestSupport.config(Map.of()), app.start()).url();
    app.aggregatorUrl = url;
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));

    driver.get(url + "/simulator");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("btn-dial"), "*888#"));
    driver.findElement(By.id("btn-dial")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen"), "Bienvenue sur Jobline"));
    driver.findElement(By.id("key-1")).click();
    assertThat(driver.findElement(By.id("input-line")).getText()).isEqualTo("1");
    driver.findElement(By.id("btn-send")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen"), "Choisissez la region"));
    assertThat(app.ussd).extracting(m -> m.get("text")).containsExactly("", "1");
    assertThat(app.ussd.get(0).get("phoneNumber")).isEqualTo("+22890123456");

    driver.findElement(By.id("sms-text")).sendKeys("INSCRIRE macon lome");
    driver.findElement(By.id("sms-send")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"), "Vous êtes inscrit"));
    assertThat(app.sms).hasSize(1);
    assertThat(app.sms.get(0).get("text")).isEqualTo("INSCRIRE macon lome");

    driver.findElement(By.id("net-down")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("net-state"), "Coupé"));
  }

  @Test
  void onA360PixelScreenTheRouteSwitchSendsThroughTheModem() {
    Assumptions.assumeTrue(PtyPair.available(), "socat not installed (Debian package socat): modem switch test skipped");
    gateway = await(Gateway.start(vertx, SimTestSupport.config(Map.of("JOBLINE_STORE_PATH", data.resolve("j.db").toString(),
        "JOBLINE_ROUTES_AT_TYPE", "simulator", "JOBLINE_ROUTING_DEFAULT", "at", "JOBLINE_ROUTING_REPLY", "modem, at",
        "JOBLINE_SIMULATOR_MODEM_LINK", "true", "JOBLINE_OUTBOX_POLL_MS", "50"))));
    driver.manage().window().setSize(new Dimension(360, 740));
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.get("http://127.0.0.1:" + gateway.port() + "/simulator");

    WebElement modem = driver.findElement(By.id("route-modem"));
    wait.until(d -> modem.isEnabled());
    WebElement fieldset = driver.findElement(By.id("route-switch"));
    assertThat(fieldset.getText()).contains("Route de vos SMS", "Agrégateur", "Modem GSM");
    assertThat(driver.findElement(By.id("route-auto")).isSelected()).as("the aggregator by default").isTrue();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", fieldset);
    long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth");
    assertThat(width).isLessThanOrEqualTo(360);
    Rectangle box = fieldset.getRect();
    assertThat(fieldset.isDisplayed()).isTrue();
    assertThat(box.getX()).isGreaterThanOrEqualTo(0);
    assertThat(box.getX() + box.getWidth()).as("the switch fits a 360 px screen").isLessThanOrEqualTo((int) width);
    Rectangle label = driver.findElement(By.cssSelector("label:has(#route-modem)")).getRect();
    assertThat(label.getHeight()).as("a finger-sized target").isGreaterThanOrEqualTo(40);

    modem.click();
    assertThat(modem.isSelected()).isTrue();
    driver.findElement(By.id("sms-text")).sendKeys("OFFRES");
    driver.findElement(By.id("sms-send")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "par modem"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"), "par modem"));

    driver.findElement(By.id("lang-toggle")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("route-switch"), "GSM modem"));
    assertThat(fieldset.getText()).contains("Route of your texts", "Aggregator");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"), "via modem"));
    driver.navigate().refresh();
    wait.until(d -> d.findElement(By.id("route-modem")).isSelected());
  }
}
