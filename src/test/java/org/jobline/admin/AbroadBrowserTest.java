package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Issue 21's admin pages in a real Chromium: the figures and the recruiter registry at 360 px, axe-core clean. */
class AbroadBrowserTest {
  @TempDir
  static Path tmp;
  static AdminServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = AdminServer.start(tmp, Map.of());
    server.user("kossi", "staff", null);
    server.write(tx -> {
      for (int i = 0; i < 6; i++) {
        long id = Subscribers.register(tx, "+2289012345" + i, "LOM", List.of("MACON"), "fr", "ussd").id();
        org.jobline.abroad.AbroadOptIns.set(tx, id, true, "ussd", 1L);
      }
      long kara = Subscribers.register(tx, "+22891234567", "KAR", List.of("MACON"), "fr", "sms").id();
      org.jobline.abroad.AbroadOptIns.set(tx, kara, true, "sms", 1L);
      return null;
    });
    browser = Browser.open(tmp.resolve("chrome"), "http://127.0.0.1:" + server.port());
    browser.signIn("kossi", AdminServer.PASSWORD);
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
  void figuresAndRegistryWorkOnAPhone() throws Exception {
    browser.get("/admin/vacancies/new");
    browser.driver.findElement(By.id("title")).sendKeys("Ouvrier agricole");
    browser.driver.findElement(By.id("employer")).sendKeys("Agence");
    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("trade"))).selectByValue("AGRI");
    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("region"))).selectByValue("LOM");
    browser.driver.findElement(By.id("country")).sendKeys("Tunisie");
    browser.driver.findElement(By.id("save")).click();
    // the click returns before the POST is answered: wait for the vacancy's page (it shows the country)
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.id("open-vacancy")).isEmpty());
    assertThat(browser.text("facts")).contains("Tunisie (TN)");
    assertThat(server.count("SELECT COUNT(*) FROM vacancies WHERE country = 'TN'")).isEqualTo(1);

    browser.get("/admin/abroad");
    String optIns = browser.text("abroad-optins");
    assertThat(optIns).contains("Grand Lomé").contains("6").contains("Kara").contains("<5");
    assertThat(browser.text("abroad-offers")).contains("Tunisie (TN)");
    browser.screenshot360("abroad");
    browser.assertAccessible("abroad figures");

    browser.driver.findElement(By.id("recruiters-link")).click();
    browser.driver.findElement(By.id("r-licence")).sendKeys("AGR-TG-2024-001");
    browser.driver.findElement(By.id("r-name")).sendKeys("Afrique Emploi International");
    browser.driver.findElement(By.id("r-contact")).sendKeys("Lomé, 22 00 00 01");
    browser.driver.findElement(By.id("recruiter-add")).click();
    assertThat(browser.text("recruiters")).contains("Afrique Emploi International").contains("AGR-TG-2024-001");
    browser.screenshot360("recruiters");
    browser.assertAccessible("recruiter registry");
  }
}
