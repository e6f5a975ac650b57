package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobline.followup.FollowUps;
import org.jobline.followup.Outcome;
import org.jobline.partner.Referrals;
import org.jobline.profile.Answers;
import org.jobline.profile.ProfileQuestion;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 20 at 360 px in a real Chromium (skipped with a message when it is not installed): the reach page and a
 * vacancy's interest list with its funnel, for staff and for a partner user. No horizontal scroll, every table
 * cell inside the screen and in a readable size, masked cells shown as "<5".
 */
class ReachBrowserTest {
  @TempDir
  static Path tmp;
  static AdminServer server;
  static Browser browser;
  static long espoir;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = AdminServer.start(tmp, Map.of("JOBLINE_ALERTS_QUIET_HOURS", "off"));
    server.user("kodjo", "staff", null);
    espoir = server.partner("Organisation Non Gouvernementale Espoir des Jeunes de la Région des Savanes");
    server.user("espoir", "partner", espoir);
    server.write(tx -> {
      tx.jdbc().createStatement().executeUpdate("INSERT INTO vacancies (ref, title, trade, region, employer, status, "
          + "partner_id, tags) VALUES ('K4821', 'Menuisier ébéniste pour atelier de meubles scolaires', 'MENUIS', "
          + "'SAV', 'Bois du Nord', 'open', " + espoir + ", 'firstJob,womenEncouraged')");
      long vacancy = Vacancies.byRef(tx, "K4821").orElseThrow().id();
      long now = System.currentTimeMillis();
      for (int i = 1; i <= 9; i++) {
        Subscriber s = Subscribers.register(tx, "+2289300000" + i, "SAV", List.of("MENUIS", "MACON", "ELEC"), "fr", "sms");
        Referrals.credit(tx, s.id(), espoir, "sms", now);
        Answers.answer(tx, s.id(), ProfileQuestion.SEX, i <= 6 ? "woman" : "man", null, now);
        tx.jdbc().createStatement().executeUpdate("INSERT INTO outbox (recipient, subscriber_id, vacancy_id, text, kind, "
            + "status) VALUES ('" + s.phone() + "', " + s.id() + ", " + vacancy + ", 'Offre K4821', 'alert', 'delivered')");
        tx.jdbc().createStatement().executeUpdate("INSERT INTO alerts (subscriber_id, vacancy_id, status, outbox_id) "
            + "VALUES (" + s.id() + ", " + vacancy + ", 'delivered', (SELECT max(id) FROM outbox))");
        if (i <= 7) {
          Vacancies.recordInterest(tx, s.id(), vacancy, "sms");
        }
        if (i <= 2) {
          tx.jdbc().createStatement().executeUpdate("UPDATE interests SET follow_up = 'hired' WHERE subscriber_id = " + s.id());
        }
        if (i == 3) {
          FollowUps.answer(tx, s.id(), "K4821", Outcome.HIRED, "sms", now);
        }
      }
      return null;
    });
    browser = Browser.open(tmp.resolve("chrome"), "http://127.0.0.1:" + server.port());
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
  void theReachPageAtThreeHundredSixtyPixels() throws Exception {
    browser.signOut();
    browser.signIn("kodjo", AdminServer.PASSWORD);
    browser.get("/admin/reach");
    browser.width(360);
    readable("reach-region", "reach-sex", "funnel-region", "funnel-partner");
    assertThat(cellsOf("reach-sex")).contains("<5");
    assertThat(browser.text("funnel-total-hired_staff")).startsWith("<5");
    assertThat(browser.text("funnel-total-alerted")).startsWith("9");
    browser.screenshot360("reach", "funnel-region");
    browser.screenshot360("reach-top");
  }

  @Test
  void theInterestListAndItsFunnelAtThreeHundredSixtyPixelsForStaffAndPartner() throws Exception {
    browser.signOut();
    browser.signIn("kodjo", AdminServer.PASSWORD);
    browser.get("/admin/vacancies/K4821");
    browser.width(360);
    readable("interested");
    assertThat(browser.text("vacancy-funnel-hired_staff")).startsWith("2");
    assertThat(browser.driver.findElements(By.cssSelector("#interested a[href^='tel:']"))).hasSize(7);
    browser.screenshot360("interested-staff", "interested");

    browser.signOut();
    browser.signIn("espoir", AdminServer.PASSWORD);
    browser.get("/admin/vacancies/K4821");
    browser.width(360);
    readable("interested");
    assertThat(browser.text("vacancy-funnel-hired_staff")).as("masked for a partner").startsWith("<5");
    assertThat(browser.text("vacancy-funnel-hired_said")).startsWith("<5");
    assertThat(browser.text("vacancy-funnel-interested")).startsWith("7");
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain("93000001");
    browser.screenshot360("interested-partner", "vacancy-funnel");
    browser.get("/admin/reach");
    browser.width(360);
    readable("reach-region", "funnel-region");
    assertThat(browser.driver.findElements(By.id("funnel-partner"))).isEmpty();
    browser.screenshot360("reach-partner", "funnel-region");
  }

  /** Every cell of these tables lies inside the 360 px screen, in text of at least 12 px, and is not empty. */
  private static void readable(String... tableIds) {
    for (String id : tableIds) {
      List<WebElement> cells = browser.driver.findElements(By.cssSelector("#" + id + " td, #" + id + " tbody th"));
      assertThat(cells).as(id + " cells").isNotEmpty();
      for (WebElement cell : cells) {
        if (!cell.isDisplayed()) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.js("var r = arguments[0].getBoundingClientRect();"
            + "return {left: r.left, right: r.right, font: parseFloat(getComputedStyle(arguments[0]).fontSize)};", cell);
        assertThat(((Number) box.get("left")).doubleValue()).as(id + " cell left").isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue()).as(id + " cell right: " + cell.getText())
            .isLessThanOrEqualTo(360);
        assertThat(((Number) box.get("font")).doubleValue()).as(id + " font size").isGreaterThanOrEqualTo(12);
      }
    }
  }

  private static List<String> cellsOf(String tableId) {
    return browser.driver.findElements(By.cssSelector("#" + tableId + " td")).stream().map(WebElement::getText).toList();
  }
}
