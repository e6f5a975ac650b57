package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.jobline.gsm.Gsm7;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21 by USSD: offers abroad on/off (in "Travail etranger"), the browsing filter, "Travail etranger" (FR and EN). */
@ExtendWith(VertxExtension.class)
class AbroadUssdTest {
  private static final String PHONE = UssdTestGateway.PHONE;
  private UssdTestGateway gw;

  @BeforeEach
  void start(Vertx vertx, @TempDir Path dir) {
    gw = new UssdTestGateway(vertx, dir);
    gw.offline(tx -> {
      UssdTestGateway.vacancy(tx, "V-LOM-MAC1", "Macon confirme", "MACON", "LOM", "BTP Sarl", 1);
      UssdTestGateway.vacancy(tx, "V-TN-MAC2", "Macon chantier Tunis", "MACON", "LOM", "Agence", 2);
      try (var p = tx.jdbc().prepareStatement("UPDATE vacancies SET country = 'TN' WHERE ref = 'V-TN-MAC2'")) {
        p.executeUpdate();
      }
      return null;
    });
    gw.start();
  }

  @AfterEach
  void stop() {
    gw.stop();
  }

  private String dial(String session, String text) {
    UssdTestGateway.Reply r = gw.ussd(session, PHONE, text);
    assertThat(r.status()).isEqualTo(200);
    assertThat(Gsm7.septets(r.body())).as(r.body()).isLessThanOrEqualTo(160);
    assertThat(Gsm7.fits(r.body())).as(r.body()).isTrue();
    return r.body();
  }

  private void register() {
    gw.write(tx -> org.jobline.subscriber.Subscribers.register(tx, PHONE, "LOM", java.util.List.of("MACON"), "fr", "ussd"));
  }

  @Test
  void offersAbroadAreHiddenUntilTheCallerOptsInFromTheProfile() {
    register();
    assertThat(dial("a1", "2")).contains("V-LOM-MAC1").doesNotContain("V-TN-MAC2");
    String menu = dial("a2", "6");
    assertThat(menu).contains("4 Guichet migration").contains("5 Offres a l'etranger: non");
    assertThat(dial("a2", "6*5")).contains("Recevoir aussi les offres d'emploi a l'etranger? (maintenant: non)")
        .contains("1 Oui").contains("2 Non");
    assertThat(dial("a2", "6*5*1")).startsWith("END Vous recevrez aussi les offres a l'etranger");
    assertThat(gw.count("SELECT COUNT(*) FROM abroad_optins")).isEqualTo(1);
    assertThat(dial("a3", "2")).contains("V-LOM-MAC1").contains("V-TN-MAC2");
    assertThat(dial("a4", "6")).contains("5 Offres a l'etranger: oui");
    assertThat(dial("a4", "6*5*2")).startsWith("END Vous ne recevrez plus");
    assertThat(gw.count("SELECT COUNT(*) FROM abroad_optins")).isZero();
  }

  @Test
  void travailEtrangerShowsTheAgencyScreensInFrenchAndEnglish() {
    String main = dial("m1", "");
    assertThat(main).contains("4 Travail etranger");
    assertThat(dial("m1", "4")).startsWith("CON Travailler a l'etranger").contains("1 Vos droits")
        .contains("3 Verifier un recruteur").contains("4 Guichet migration");
    assertThat(dial("m1", "4*3")).startsWith("END Envoyez VERIF");
    register();
    gw.write(tx -> {
      org.jobline.subscriber.Subscribers.setLanguage(tx, org.jobline.subscriber.Subscribers.find(tx, PHONE).orElseThrow().id(), "en");
      return null;
    });
    String en = dial("m2", "");
    assertThat(en).contains("6 Working abroad");
    assertThat(dial("m2", "6")).startsWith("CON Working abroad").contains("1 Your rights");
    assertThat(dial("m2", "6*1")).startsWith("END A licensed recruiter never makes you pay");
  }
}
