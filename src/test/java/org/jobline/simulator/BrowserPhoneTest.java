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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser phone in a real headless Chromium: dial, answer a menu, send an SMS, see the reply arrive. */
class BrowserPhoneTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path profile;
  private Vertx vertx;
  private WebDriver driver;

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
}
