package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jobline.gsm.Gsm7;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: "Signaler" on the vacancy details screen, in French and English, every screen within 160 GSM-7. */
@ExtendWith(VertxExtension.class)
class UssdReportTest {
  private static final String AMA = "+22891100001";
  private static final String JOHN = "+22891100002";
  private UssdTestGateway gw;

  @BeforeEach
  void start(Vertx vertx, @TempDir Path dir) {
    gw = new UssdTestGateway(vertx, dir);
    gw.offline(tx -> {
      UssdTestGateway.vacancy(tx, "K4821", "Macon qualifie pour chantier d'ecole primaire a Lome", "MACON", "LOM",
          "Entreprise Generale de Batiment et Travaux Publics du Golfe", 1);
      Subscribers.register(tx, AMA, "LOM", List.of("MACON"), "fr", "sms");
      Subscribers.register(tx, JOHN, "LOM", List.of("MACON"), "en", "sms");
      return null;
    });
    gw.start();
  }

  @AfterEach
  void stop() {
    gw.stop();
  }

  /** Plays {@code inputs} one request each (AT joins them with '*'); returns every screen. */
  private List<String> play(String session, String phone, String... inputs) {
    List<String> screens = new ArrayList<>();
    List<String> sofar = new ArrayList<>();
    screens.add(check(gw.ussd(session, phone, "")));
    for (String in : inputs) {
      sofar.add(in);
      screens.add(check(gw.ussd(session, phone, String.join("*", sofar))));
    }
    return screens;
  }

  private static String check(UssdTestGateway.Reply r) {
    assertThat(r.status()).isEqualTo(200);
    assertThat(Gsm7.fits(r.body())).as(r.body()).isTrue();
    assertThat(Gsm7.septets(r.body())).as(r.body()).isLessThanOrEqualTo(160);
    return r.body();
  }

  @Test
  void aFrenchCallerReportsFromTheDetailsScreenOnce() {
    List<String> s = play("fr-1", AMA, "2", "1", "2", "1");
    assertThat(s.get(2)).contains("Ref K4821").contains("1 Je suis interesse").contains("2 Signaler");
    assertThat(s.get(3)).startsWith("CON ").contains("Signaler l'offre K4821: pourquoi?")
        .contains("1 On me demande de payer").contains("2 Offre fausse").contains("3 Autre");
    assertThat(s.get(4)).startsWith("END ").contains("Merci, signalement enregistre pour l'offre K4821")
        .contains("Ne payez jamais");
    assertThat(gw.count("SELECT count(*) FROM scam_reports r JOIN subscribers s ON s.id = r.subscriber_id"
        + " WHERE s.phone = '" + AMA + "' AND r.channel = 'ussd' AND r.text = 'On me demande de payer'")).isEqualTo(1);
    List<String> again = play("fr-2", AMA, "2", "1", "2", "2");
    assertThat(again.get(4)).startsWith("END ").contains("deja enregistre");
    assertThat(gw.count("SELECT count(*) FROM scam_reports")).as("one report per person and vacancy").isEqualTo(1);
  }

  @Test
  void anEnglishCallerReportsInEnglish() {
    List<String> s = play("en-1", JOHN, "2", "1", "2", "3");
    assertThat(s.get(2)).contains("2 Report");
    assertThat(s.get(3)).contains("Report offer K4821: why?").contains("1 They ask me to pay");
    assertThat(s.get(4)).startsWith("END ").contains("Thank you, report saved for offer K4821").contains("Never pay");
    assertThat(gw.count("SELECT count(*) FROM scam_reports WHERE text = 'Other problem'")).isEqualTo(1);
  }

  @Test
  void aNewCallerWhoBrowsesCanReportToo() {
    List<String> s = play("new-1", "+22891100003", "2", "1", "1", "1", "1", "2", "1");
    assertThat(s.get(5)).contains("2 Signaler");
    assertThat(s.get(7)).startsWith("END ").contains("Merci");
    assertThat(gw.count("SELECT count(*) FROM scam_reports")).isEqualTo(1);
  }
}
