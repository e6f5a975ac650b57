package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jobline.followup.Due;
import org.jobline.followup.FollowUps;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Optional profile questions, partner codes and follow-up answers by SMS, over HTTP on a real gateway: dialogue
 * tables (FR and EN), each row a text sent and fragments the replies it caused must show (or must not).
 */
@ExtendWith(VertxExtension.class)
class SmsQuestionsTest {
  private static final String PHONE = "+22890556677";
  @TempDir
  Path dir;
  SmsTestGateway gw;

  /** One text and what its replies (all SMS it queued, joined) show; {@code absent} must not appear. */
  record Turn(String text, List<String> shows, List<String> absent) {}

  record Dialogue(String label, List<Turn> turns) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Turn say(String text, String... shows) {
    return new Turn(text, List.of(shows), List.of());
  }

  static Turn sayNot(String text, String shows, String absent) {
    return new Turn(text, List.of(shows), List.of(absent));
  }

  static Stream<Dialogue> dialogues() {
    return Stream.of(
        new Dialogue("a first registration asks for consent; every question answered", List.of(
            say("INSCRIRE macon Kara", "inscrit pour Macon - Kara",
                "ces questions aident l'agence a mieux servir tout le monde. Repondre? 1 Oui 2 Plus tard 3 Jamais"),
            say("1", "votre age? 1: 15-24 ans"), say("2", "vous etes? 1: une femme"), say("1", "avez-vous un handicap?"),
            say("3", "plus haut niveau d'etudes? 1: aucun"), say("5", "merci! Vos reponses sont enregistrees"))),
        new Dialogue("Jamais: nothing pending afterwards, a digit is an unknown text", List.of(
            say("INSCRIRE macon Kara", "Repondre?"), say("3", "compris, nous ne poserons plus ces questions"),
            say("1", "INSCRIRE metier region"))),
        new Dialogue("a choice out of range repeats the question", List.of(
            say("INSCRIRE macon Kara", "Repondre?"), say("1", "votre age?"), say("7", "votre age?"),
            say("4", "vous etes?"))),
        new Dialogue("Plus tard, then QUESTIONS to change one's mind", List.of(
            say("INSCRIRE macon Kara", "Repondre?"), say("2", "d'accord. Pour repondre plus tard, envoyez QUESTIONS"),
            say("QUESTIONS", "Repondre? 1 Oui"), say("1", "votre age?"), say("3", "vous etes?"))),
        new Dialogue("updating a registration asks nothing again", List.of(
            say("INSCRIRE macon Kara", "Repondre?"), say("3", "compris"),
            sayNot("INSCRIRE soudeur Kara", "inscrit pour Soudeur", "Repondre?"))),
        new Dialogue("English: registration, Never", List.of(
            say("JOIN mason Kara", "these questions help the agency serve everyone better. Answer? 1 Yes 2 Later 3 Never"),
            say("3", "understood, we will not ask these questions again"))),
        new Dialogue("English: every question", List.of(
            say("JOIN mason Kara", "Answer?"), say("1", "your age? 1: 15-24"), say("1", "you are? 1: a woman"),
            say("3", "do you have a disability?"), say("2", "highest schooling?"), say("4", "thank you! Your answers are saved"))),
        new Dialogue("an unknown partner code registers nobody", List.of(
            say("INSCRIRE macon Kara P999", "Code partenaire P999 inconnu"), say("PROFIL", "pas encore inscrit"))));
  }

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    gw = SmsTestGateway.start(vertx, dir, Map.of("JOBLINE_PROFILE_QUESTIONS_BY_SMS", "true"));
  }

  @AfterEach
  void stop() throws Exception {
    gw.stop();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialogues")
  void dialogue(Dialogue d) throws Exception {
    for (Turn turn : d.turns()) {
      int before = gw.sentTo(PHONE).size();
      gw.sms(PHONE, turn.text());
      String replies = gw.sentTo(PHONE).stream().skip(before).filter(s -> !"alert".equals(s.kind()))
          .map(SmsTestGateway.Sent::text).collect(Collectors.joining(" // "));
      for (String fragment : turn.shows()) {
        assertThat(replies).as("%s: %s", d.label(), turn.text()).containsIgnoringCase(fragment);
      }
      for (String fragment : turn.absent()) {
        assertThat(replies).as("%s: %s", d.label(), turn.text()).doesNotContain(fragment);
      }
    }
  }

  @Test
  void answersAreStoredApartAndEveryQuestionFitsOneSegment() throws Exception {
    for (String text : List.of("INSCRIRE macon Kara", "1", "2", "1", "3", "5")) {
      gw.sms(PHONE, text);
    }
    long id = gw.sql(tx -> Subscribers.find(tx, PHONE)).orElseThrow().id();
    assertThat(gw.count("SELECT count(*) FROM profile_answers WHERE subscriber_id = ? AND consent = 'yes'"
        + " AND age_band = '25-34' AND sex = 'woman' AND disability = 'undisclosed' AND schooling = 'higher'"
        + " AND pending IS NULL", id)).isEqualTo(1);
    assertThat(gw.sentTo(PHONE)).allSatisfy(s -> assertThat(s.segments()).as(s.text()).isEqualTo(1));
    gw.sms(PHONE, "QUESTIONS");
    gw.sms(PHONE, "4");
    assertThat(gw.count("SELECT count(*) FROM profile_answers WHERE age_band = '45+' AND sex = 'woman'")).isEqualTo(1);
  }

  @Test
  void aPartnerCodeCreditsThePartnerOnce() throws Exception {
    long partner = gw.sql(tx -> {
      tx.jdbc().createStatement().execute("INSERT INTO partners (name) VALUES ('ONG Espoir')");
      try (var rs = tx.jdbc().createStatement().executeQuery("SELECT id FROM partners WHERE name = 'ONG Espoir'")) {
        rs.next();
        return rs.getLong(1);
      }
    });
    gw.sms(PHONE, "INSCRIRE macon Kara p" + partner);
    gw.sms(PHONE, "INSCRIRE soudeur Kara P" + partner);
    assertThat(gw.sql(tx -> Subscribers.find(tx, PHONE)).orElseThrow().trades()).containsExactly("SOUD");
    assertThat(gw.count("SELECT count(*) FROM referrals WHERE partner_id = ? AND channel = 'sms'", partner)).isEqualTo(1);
  }

  @Test
  void followUpAnswersByDigitOrByRef() throws Exception {
    long k1 = gw.vacancy("K4821", "Macon coffreur", "MACON", "KAR", "open", null, "+22822000000", 1000);
    long k2 = gw.vacancy("K4822", "Chef macon", "MACON", "KAR", "open", null, "+22822000000", 2000);
    gw.sql(tx -> {
      Subscriber s = Subscribers.register(tx, PHONE, "KAR", List.of("MACON"), "fr", "sms");
      Vacancies.recordInterest(tx, s.id(), k1, "sms");
      Vacancies.recordInterest(tx, s.id(), k2, "sms");
      long now = System.currentTimeMillis();
      for (Due d : FollowUps.due(tx, 1, now, 10)) {
        FollowUps.sent(tx, d, null, d.ref().equals("K4821") ? now - 2000 : now - 1000);
      }
      return null;
    });
    gw.sms(PHONE, "2");
    assertThat(gw.sentTo(PHONE).get(gw.sentTo(PHONE).size() - 1).text()).contains("K4822");
    assertThat(gw.count("SELECT count(*) FROM followups f JOIN vacancies v ON v.id = f.vacancy_id"
        + " WHERE v.ref = 'K4822' AND f.answer = 'interview' AND f.channel = 'sms'")).isEqualTo(1);
    gw.sms(PHONE, "k-4821 1");
    assertThat(gw.count("SELECT count(*) FROM followups f JOIN vacancies v ON v.id = f.vacancy_id"
        + " WHERE v.ref = 'K4821' AND f.answer = 'hired'")).isEqualTo(1);
    gw.sms(PHONE, "K9999 1");
    assertThat(gw.sentTo(PHONE).get(gw.sentTo(PHONE).size() - 1).text()).contains("pas d'interet enregistre pour l'offre K9999");
  }
}
