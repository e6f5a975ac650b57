package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.sms.SmsTestGateway.form;
import static org.jobline.sms.SmsTestGateway.status;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** End to end over HTTP: Africa's Talking's callback into a real gateway with a real SQLite file. */
@ExtendWith(VertxExtension.class)
class SmsChannelTest {
  static final String AMA = "+22890112233";
  static final String KOFI = "+22891445566";

  @TempDir
  Path dir;
  SmsTestGateway gw;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    gw = SmsTestGateway.start(vertx, dir, Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    gw.stop();
  }

  private Subscriber subscriber(String phone) throws Exception {
    return gw.sql(tx -> Subscribers.find(tx, phone)).orElseThrow();
  }

  private static void assertOneGsmSegment(SmsTestGateway.Sent sent) {
    assertThat(sent.encoding()).as(sent.text()).isEqualTo("GSM7");
    assertThat(sent.segments()).as(sent.text()).isEqualTo(1);
  }

  @Test
  void registersBySmsAndConfirmsInOneSegment() throws Exception {
    HttpResponse<Buffer> r = gw.sms(AMA, "INSCRIRE maçons, soudeur KARA");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(status(r)).isEqualTo("answered");
    Subscriber s = subscriber(AMA);
    assertThat(s.region()).isEqualTo("KAR");
    assertThat(s.trades()).containsExactly("MACON", "SOUD");
    assertThat(s.language()).isEqualTo("fr");
    assertThat(s.channel()).isEqualTo("sms");
    assertThat(s.active()).isTrue();
    List<SmsTestGateway.Sent> sent = gw.sentTo(AMA);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).kind()).isEqualTo("confirmation");
    assertThat(sent.get(0).subscriberId()).isEqualTo(s.id());
    assertThat(sent.get(0).text()).contains("Macon", "Soudeur", "Kara");
    assertOneGsmSegment(sent.get(0));
    assertThat(gw.count("SELECT COUNT(*) FROM inbound_messages WHERE phone = ? AND answered = 1", AMA)).isEqualTo(1);
  }

  @Test
  void threeLongTradeNamesStillGetAOneSegmentConfirmation() throws Exception {
    gw.sms(AMA, "INSCRIRE reparateur telephone, technicien electronique, transformation agroalimentaire lome");
    assertThat(subscriber(AMA).trades()).containsExactly("REPTEL", "ELECTRON", "AGROALI");
    SmsTestGateway.Sent sent = gw.sentTo(AMA).get(0);
    assertThat(sent.text()).contains("REPTEL", "Grand Lom");
    assertOneGsmSegment(sent);
  }

  @Test
  void aSecondRegistrationMayChangeOnlyTheRegion() throws Exception {
    gw.sms(AMA, "INSCRIRE macon, soudeur kara");
    gw.sms(AMA, "inscrire savanes");
    assertThat(subscriber(AMA).region()).isEqualTo("SAV");
    assertThat(subscriber(AMA).trades()).containsExactly("MACON", "SOUD");
    gw.sms(AMA, "INSCRIRE macon partout");
    assertThat(subscriber(AMA).region()).isEqualTo(Subscriber.ALL_REGIONS);
  }

  @Test
  void aNewcomerWithoutRegionIsAskedForIt() throws Exception {
    gw.sms(AMA, "INSCRIRE electricien");
    java.util.Optional<Subscriber> none = gw.sql(tx -> Subscribers.find(tx, AMA));
    assertThat(none).isEmpty();
    assertThat(gw.sentTo(AMA).get(0).text()).contains("Kara", "Savanes", "Grand Lom");
  }

  @Test
  void newcomerGetsTheKeywordsLanguageAndKnownPeopleTheirOwn() throws Exception {
    gw.sms(KOFI, "JOIN plumber kara");
    assertThat(subscriber(KOFI).language()).isEqualTo("en");
    assertThat(subscriber(KOFI).trades()).containsExactly("PLOMB");
    gw.sms(KOFI, "PROFIL");
    List<SmsTestGateway.Sent> sent = gw.sentTo(KOFI);
    assertThat(sent).extracting(SmsTestGateway.Sent::language).containsExactly("en", "en");
    assertThat(sent.get(0).text()).contains("registered", "Plumber", "Kara");
    assertThat(sent.get(1).text()).contains("Plumber", "Kara", "Alerts: on");
  }

  @Test
  void anUnknownWordChangesNothingAndListsTheClosestChoices() throws Exception {
    gw.sms(AMA, "INSCRIRE plombxxxx kara");
    java.util.Optional<Subscriber> none = gw.sql(tx -> Subscribers.find(tx, AMA));
    assertThat(none).isEmpty();
    List<SmsTestGateway.Sent> sent = gw.sentTo(AMA);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).text()).contains("plombxxxx", "Plombier");
  }

  @Test
  void anAmbiguousWordListsTheTiedChoicesInTheSendersLanguage() throws Exception {
    gw.sms(KOFI, "JOIN caisie kara");
    SmsTestGateway.Sent sent = gw.sentTo(KOFI).get(0);
    assertThat(sent.text()).contains("caisie", "Cashier", "Data entry clerk");
    assertOneGsmSegment(sent);
  }

  @Test
  void offersListsUpToThreeOpenMatchingVacanciesNewestFirst() throws Exception {
    gw.sms(AMA, "INSCRIRE macon kara");
    gw.vacancy("K1001", "Macon coffreur", "MACON", "KAR", "open", null, null, 1000);
    gw.vacancy("K1002", "Macon finisseur", "MACON", "KAR", "open", null, null, 2000);
    gw.vacancy("K1003", "Chef macon", "MACON", "KAR", "open", null, null, 3000);
    gw.vacancy("K1004", "Macon villa", "MACON", "KAR", "open", null, null, 4000);
    gw.vacancy("K1005", "Macon ferme", "MACON", "KAR", "closed", null, null, 5000);
    gw.vacancy("K1006", "Macon Lome", "MACON", "LOM", "open", null, null, 6000);
    gw.vacancy("K1007", "Soudeur Kara", "SOUD", "KAR", "open", null, null, 7000);
    assertThat(status(gw.sms(AMA, "offres svp"))).isEqualTo("answered");
    String text = gw.sentTo(AMA).get(1).text();
    assertThat(text).contains("K1004", "K1003", "K1002").doesNotContain("K1001", "K1005", "K1006", "K1007");
    assertThat(text.indexOf("K1004")).isLessThan(text.indexOf("K1002"));
    assertThat(gw.sentTo(AMA).get(1).segments()).isLessThanOrEqualTo(2);
  }

  @Test
  void offersForSomeoneNotRegisteredExplainsHowToRegister() throws Exception {
    gw.sms(AMA, "OFFRES");
    assertThat(gw.sentTo(AMA).get(0).text()).contains("INSCRIRE");
  }

  @Test
  void infoShowsOneVacancyInFullWithinTwoSegments() throws Exception {
    String longDescription = "Chantier de construction d'un immeuble de trois etages, travail du lundi au samedi. ".repeat(15);
    gw.vacancy("K4821", "Maçon qualifié", "MACON", "KAR", "open", longDescription, "+22890998877", 1);
    gw.sms(AMA, "info k 4821");
    SmsTestGateway.Sent sent = gw.sentTo(AMA).get(0);
    assertThat(sent.text()).contains("K4821", "Macon qualifié", "BTP Kara SARL", "Kara", "+22890998877",
        "POSTULER K4821", "Chantier");
    assertThat(sent.encoding()).isEqualTo("GSM7");
    assertThat(sent.segments()).isEqualTo(2);
    gw.sms(AMA, "INFO K9999");
    assertThat(gw.sentTo(AMA).get(1).text()).contains("K9999");
    assertOneGsmSegment(gw.sentTo(AMA).get(1));
  }

  @Test
  void applyRecordsInterestOnceAndRepliesBothTimes() throws Exception {
    gw.sms(AMA, "INSCRIRE macon kara");
    long vacancy = gw.vacancy("K4821", "Macon", "MACON", "KAR", "open", null, "+22890998877", 1);
    assertThat(status(gw.sms(AMA, "POSTULER K4821"))).isEqualTo("answered");
    assertThat(status(gw.sms(AMA, "interesse k4821"))).isEqualTo("answered");
    assertThat(gw.count("SELECT COUNT(*) FROM interests WHERE vacancy_id = ?", vacancy)).isEqualTo(1);
    List<SmsTestGateway.Sent> sent = gw.sentTo(AMA);
    assertThat(sent).hasSize(3);
    assertThat(sent.get(1).vacancyId()).isEqualTo(vacancy);
    assertThat(sent.get(1).text()).contains("K4821", "+22890998877");
    assertThat(sent.get(2).text()).contains("K4821", "deja");
  }

  @Test
  void applyForAClosedVacancyRecordsNothing() throws Exception {
    long vacancy = gw.vacancy("K7000", "Macon", "MACON", "KAR", "closed", null, null, 1);
    gw.sms(AMA, "APPLY K7000");
    assertThat(gw.count("SELECT COUNT(*) FROM interests WHERE vacancy_id = ?", vacancy)).isZero();
    assertThat(gw.sentTo(AMA).get(0).text()).contains("K7000");
  }

  @Test
  void stopStopsAlertsConfirmsOnceAndStartResumes() throws Exception {
    gw.sms(AMA, "INSCRIRE macon kara");
    assertThat(status(gw.sms(AMA, "merci, STOP"))).isEqualTo("answered");
    assertThat(subscriber(AMA).active()).isFalse();
    List<SmsTestGateway.Sent> sent = gw.sentTo(AMA);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).kind()).isEqualTo("confirmation");
    assertThat(sent.get(1).text()).contains("START");
    assertOneGsmSegment(sent.get(1));
    assertThat(gw.count("SELECT COUNT(*) FROM outbox WHERE recipient = ? AND kind = 'alert'", AMA)).isZero();

    assertThat(status(gw.sms(AMA, "stop"))).isEqualTo("unanswered");
    assertThat(gw.sentTo(AMA)).hasSize(2);

    assertThat(status(gw.sms(AMA, "START"))).isEqualTo("answered");
    assertThat(subscriber(AMA).active()).isTrue();
    assertThat(gw.sentTo(AMA)).hasSize(3);
    assertOneGsmSegment(gw.sentTo(AMA).get(2));
  }

  @Test
  void stopFromAnUnknownNumberIsRecordedAsAnOptOut() throws Exception {
    gw.sms(KOFI, "UNSUBSCRIBE");
    assertThat(subscriber(KOFI).status()).isEqualTo("stopped");
    assertThat(gw.sentTo(KOFI)).singleElement().satisfies(s -> assertThat(s.language()).isEqualTo("en"));
  }

  @Test
  void languageChangesTheLanguageOfLaterReplies() throws Exception {
    gw.sms(AMA, "INSCRIRE macon kara");
    gw.sms(AMA, "LANGUE EN");
    gw.sms(AMA, "aide");
    assertThat(subscriber(AMA).language()).isEqualTo("en");
    List<SmsTestGateway.Sent> sent = gw.sentTo(AMA);
    assertThat(sent.get(1).text()).contains("English");
    assertThat(sent.get(2).text()).contains("JOIN");
    assertOneGsmSegment(sent.get(1));
    assertOneGsmSegment(sent.get(2));
  }

  @Test
  void theSameIdTwiceIsProcessedOnce() throws Exception {
    HttpResponse<Buffer> first = gw.post(SmsTestGateway.SECRET, form(AMA, "INSCRIRE macon kara", "ATXid_same"));
    HttpResponse<Buffer> second = gw.post(SmsTestGateway.SECRET, form(AMA, "INSCRIRE macon kara", "ATXid_same"));
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(status(second)).isEqualTo("duplicate");
    assertThat(gw.count("SELECT COUNT(*) FROM inbound_messages")).isEqualTo(1);
    assertThat(gw.sentTo(AMA)).hasSize(1);
  }

  @Test
  void aMissingIdIsDerivedFromSenderDateAndText() throws Exception {
    assertThat(status(gw.post(SmsTestGateway.SECRET, form(AMA, "AIDE", null)))).isEqualTo("answered");
    assertThat(status(gw.post(SmsTestGateway.SECRET, form(AMA, "AIDE", "")))).isEqualTo("duplicate");
    var later = form(AMA, "AIDE", null).set("date", "2026-11-23 10:05:00");
    assertThat(status(gw.post(SmsTestGateway.SECRET, later))).isEqualTo("answered");
    assertThat(gw.count("SELECT COUNT(*) FROM inbound_messages WHERE provider_id LIKE 'derived-%'")).isEqualTo(2);
  }

  @Test
  void unknownTextGetsTheHelpOnlyOncePerDay() throws Exception {
    assertThat(status(gw.sms(AMA, "Bonjour"))).isEqualTo("answered");
    assertThat(status(gw.sms(AMA, "Votre message n'a pas pu etre delivre"))).isEqualTo("unanswered");
    assertThat(status(gw.sms(AMA, "Votre message n'a pas pu etre delivre"))).isEqualTo("unanswered");
    assertThat(gw.sentTo(AMA)).hasSize(1);
    assertOneGsmSegment(gw.sentTo(AMA).get(0));
    assertThat(gw.count("SELECT COUNT(*) FROM inbound_messages WHERE phone = ?", AMA)).isEqualTo(3);
    assertThat(status(gw.sms(AMA, "AIDE"))).as("asking for help always works").isEqualTo("answered");

    long dayAgo = System.currentTimeMillis() - 25L * 3600 * 1000;
    gw.sql(tx -> tx.jdbc().createStatement().executeUpdate("UPDATE inbound_messages SET received_at = " + dayAgo));
    assertThat(status(gw.sms(AMA, "Bonjour"))).isEqualTo("answered");
    assertThat(gw.sentTo(AMA)).hasSize(3);
  }

  @Test
  void wrongOrMissingSecretIs403AndRecordsNothing() throws Exception {
    assertThat(gw.post(null, form(AMA, "STOP", "x1")).statusCode()).isEqualTo(403);
    assertThat(gw.post("wrong", form(AMA, "STOP", "x2")).statusCode()).isEqualTo(403);
    assertThat(gw.post(SmsTestGateway.SECRET + "x", form(AMA, "STOP", "x3")).statusCode()).isEqualTo(403);
    assertThat(gw.count("SELECT COUNT(*) FROM inbound_messages")).isZero();
    assertThat(gw.count("SELECT COUNT(*) FROM subscribers")).isZero();
  }

  @Test
  void missingOrInvalidFieldsAre400WithTheField() throws Exception {
    HttpResponse<Buffer> noFrom = gw.post(SmsTestGateway.SECRET, form(null, "AIDE", "b1"));
    assertThat(noFrom.statusCode()).isEqualTo(400);
    assertThat(noFrom.bodyAsJsonObject().getString("field")).isEqualTo("from");
    HttpResponse<Buffer> noText = gw.post(SmsTestGateway.SECRET, form(AMA, null, "b2"));
    assertThat(noText.statusCode()).isEqualTo(400);
    assertThat(noText.bodyAsJsonObject().getString("field")).isEqualTo("text");
    HttpResponse<Buffer> badFrom = gw.post(SmsTestGateway.SECRET, form("not-a-number", "AIDE", "b3"));
    assertThat(badFrom.statusCode()).isEqualTo(400);
    assertThat(badFrom.bodyAsJsonObject().getString("field")).isEqualTo("from");
    HttpResponse<Buffer> json = SmsTestGateway.await(gw.client.post(gw.gateway.port(), "127.0.0.1", "/aggregator/africastalking/sms")
        .addQueryParam("secret", SmsTestGateway.SECRET).sendJsonObject(new io.vertx.core.json.JsonObject().put("from", AMA)));
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(gw.count("SELECT COUNT(*) FROM inbound_messages")).isZero();
  }

  @Test
  void emptyTextIsRecordedAndAnsweredLikeUnknownText() throws Exception {
    assertThat(status(gw.sms(AMA, ""))).isEqualTo("answered");
    assertThat(gw.sentTo(AMA).get(0).text()).contains("INSCRIRE");
  }
}
