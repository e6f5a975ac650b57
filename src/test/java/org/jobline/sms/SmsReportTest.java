package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobline.gsm.Gsm7;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: SIGNALER / REPORT by SMS, stored once per person and vacancy, answered in the person's language. */
@ExtendWith(VertxExtension.class)
class SmsReportTest {
  static final String AMA = "+22890112233";
  static final String JOHN = "+22891445566";

  @TempDir
  Path dir;
  SmsTestGateway gw;
  long vacancyId;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    gw = SmsTestGateway.start(vertx, dir, Map.of("JOBLINE_OUTBOX_POLL_MS", "60000"));
    vacancyId = gw.vacancy("K4821", "Gardien de nuit", "MACON", "KAR", "open", "Frais de dossier 5000F", "90000000", 1L);
  }

  @AfterEach
  void stop() throws Exception {
    gw.stop();
  }

  /** The last reply to {@code phone}, checked to fit one GSM-7 SMS. */
  private String lastReply(String phone) throws Exception {
    List<SmsTestGateway.Sent> sent = gw.sentTo(phone);
    String text = sent.get(sent.size() - 1).text();
    assertThat(Gsm7.fits(text)).as(text).isTrue();
    assertThat(Gsm7.septets(text)).as(text).isLessThanOrEqualTo(160);
    return text;
  }

  @Test
  void aFrenchReportIsStoredWithItsTextAndAcknowledgedOnce() throws Exception {
    gw.sms(AMA, "INSCRIRE macon kara");
    gw.sms(AMA, "SIGNALER K4821 ils demandent 5000F pour le dossier, stop");
    assertThat(lastReply(AMA)).startsWith("Merci, votre signalement de l'offre K4821 est enregistre")
        .contains("Ne payez jamais");
    assertThat(gw.count("SELECT count(*) FROM scam_reports r JOIN subscribers s ON s.id = r.subscriber_id"
        + " WHERE s.phone = ? AND r.vacancy_id = ? AND r.channel = 'sms' AND r.text = ?", AMA, vacancyId,
        "ils demandent 5000F pour le dossier, stop")).isEqualTo(1);
    assertThat(gw.count("SELECT count(*) FROM subscribers WHERE phone = ? AND status = 'active'", AMA))
        .as("a report's own words never unsubscribe (\"stop\" in the account)").isEqualTo(1);
    gw.sms(AMA, "signaler k-4821 encore");
    assertThat(lastReply(AMA)).contains("deja enregistre");
    assertThat(gw.count("SELECT count(*) FROM scam_reports")).isEqualTo(1);
  }

  @Test
  void anEnglishNewcomerReportsAndGetsAnEnglishAnswer() throws Exception {
    gw.sms(JOHN, "REPORT K4821 they want money first");
    assertThat(lastReply(JOHN)).startsWith("Thank you, your report on job K4821 is recorded").contains("Never pay");
    assertThat(gw.count("SELECT count(*) FROM scam_reports WHERE text = 'they want money first'")).isEqualTo(1);
    assertThat(gw.count("SELECT count(*) FROM inbound_messages WHERE answered = 1")).isEqualTo(1);
  }

  @Test
  void anUnknownRefOrNoRefGetsAHelpfulReplyAndStoresNothing() throws Exception {
    gw.sms(AMA, "SIGNALER K9999 arnaque");
    assertThat(lastReply(AMA)).startsWith("Offre K9999 introuvable").contains("SIGNALER K4821");
    gw.sms(JOHN, "REPORT");
    assertThat(lastReply(JOHN)).startsWith("To report a suspicious job: REPORT K4821");
    gw.sms(JOHN, "REPORT X12345678901234567890123456789 money");
    assertThat(lastReply(JOHN)).startsWith("Job X12345678901 not found");
    gw.sms(AMA, "arnaque");
    assertThat(lastReply(AMA)).startsWith("Pour signaler une offre douteuse: SIGNALER K4821");
    assertThat(gw.count("SELECT count(*) FROM scam_reports")).isZero();
  }

  @Test
  void theParserReadsTheKeywordsAndTheRef() {
    assertThat(SmsParser.parse("SIGNALER K4821 il faut payer").kind()).isEqualTo(Command.Kind.REPORT);
    assertThat(SmsParser.parse("Signalé k 4821").arg()).isEqualTo("K4821");
    assertThat(SmsParser.parse("REPORT K4821").language()).isEqualTo("en");
    assertThat(SmsParser.parse("signaller K4821").kind()).as("one typo").isEqualTo(Command.Kind.REPORT);
    assertThat(SmsParser.parse("merci stop").kind()).isEqualTo(Command.Kind.STOP);
    assertThat(SmsParser.parse("SIGNALER K4821 stop").kind()).isEqualTo(Command.Kind.REPORT);
  }
}
