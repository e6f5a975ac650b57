package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the menu writes, and only at the final step: subscribers, interests, statuses, languages, SMS. */
@ExtendWith(VertxExtension.class)
class UssdWritesTest {
  private static final String PHONE = UssdTestGateway.PHONE;
  private UssdTestGateway gw;

  @BeforeEach
  void start(Vertx vertx, @TempDir Path dir) {
    gw = new UssdTestGateway(vertx, dir);
    gw.offline(tx -> {
      UssdTestGateway.vacancy(tx, "V-LOM-MAC1", "Macon confirme", "MACON", "LOM", "BTP Sarl", 1);
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
    return r.body();
  }

  /** Dials {@code text} one input at a time in one session, as a phone does; the last screen. */
  private String walk(String session, String text) {
    String[] inputs = text.split("\\*");
    String screen = dial(session, "");
    for (int i = 1; i <= inputs.length; i++) {
      screen = dial(session, String.join("*", java.util.Arrays.copyOf(inputs, i)));
    }
    return screen;
  }

  private Subscriber subscriber() {
    return gw.write(tx -> Subscribers.find(tx, PHONE)).orElseThrow();
  }

  @Test
  void registrationWritesOnlyOnConfirmAndQueuesOneConfirmationSms() {
    for (String text : List.of("", "1", "1*2", "1*2*1", "1*2*1*1", "1*2*1*1*1", "1*2*1*1*1*1", "1*2*1*1*1*1*3",
        "1*2*1*1*1*1*3*2")) {
      assertThat(dial("reg", text)).startsWith("CON ");
    }
    assertThat(gw.count("SELECT count(*) FROM subscribers")).isZero();
    assertThat(gw.count("SELECT count(*) FROM outbox")).isZero();

    assertThat(dial("reg", "1*2*1*1*1*1*3*2*1")).startsWith("CON Inscription enregistree");
    assertThat(dial("reg", "1*2*1*1*1*1*3*2*1")).as("an AT retry of the last request").startsWith("CON Inscription enregistree");

    Subscriber s = subscriber();
    assertThat(s.region()).isEqualTo("MAR");
    assertThat(s.trades()).containsExactly("MACON", "PLOMB");
    assertThat(s.channel()).isEqualTo("ussd");
    assertThat(s.active()).isTrue();
    assertThat(gw.count("SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND subscriber_id = " + s.id()))
        .as("one confirmation SMS, even after the retried request").isEqualTo(1);
  }

  @Test
  void registeringQueuesTheOpenMatchingVacancyOnce() {
    assertThat(dial("w1", "1*1*1*1*2*1")).startsWith("CON Inscription enregistree");
    Subscriber s = subscriber();
    assertThat(s.region()).isEqualTo("LOM");
    assertThat(s.trades()).containsExactly("MACON");
    assertThat(gw.count("SELECT count(*) FROM outbox o JOIN vacancies v ON v.id = o.vacancy_id "
        + "WHERE o.kind = 'alert' AND v.ref = 'V-LOM-MAC1' AND o.subscriber_id = " + s.id()))
        .as("the welcome alert for the open matching vacancy").isEqualTo(1);
    assertThat(dial("w2", "1*1*1*1*2*1")).startsWith("END ");
    assertThat(gw.count("SELECT count(*) FROM outbox WHERE kind = 'alert'")).as("registering again alerts nobody twice")
        .isEqualTo(1);
  }

  @Test
  void aRetryArrivingDuringTheWriteSharesItsOutcome() {
    dial("dup", "1*1*1*1*2");
    List<UssdTestGateway.Reply> replies = gw.twiceAtOnce("dup", PHONE, "1*1*1*1*2*1");
    assertThat(replies).extracting(UssdTestGateway.Reply::body).allMatch(b -> b.startsWith("CON Inscription"));
    assertThat(gw.count("SELECT count(*) FROM outbox WHERE kind = 'confirmation'")).isEqualTo(1);

    List<UssdTestGateway.Reply> cold = gw.twiceAtOnce("cold", "+22891999999", "1*1*1*1*2*1");
    assertThat(cold).extracting(UssdTestGateway.Reply::body).allMatch(b -> b.startsWith("CON Inscription"));
    assertThat(gw.count("SELECT count(*) FROM outbox WHERE kind = 'confirmation'")).as("no session in cache yet").isEqualTo(2);
  }

  @Test
  void interestIsRecordedOnceWithOneContactSms() {
    assertThat(dial("i1", "2*1*1*1*1*1")).startsWith("END ").contains("V-LOM-MAC1");
    assertThat(dial("i2", "2*1*1*1*1*1")).startsWith("END ");
    assertThat(gw.count("SELECT count(*) FROM interests")).isEqualTo(1);
    assertThat(gw.count("SELECT count(*) FROM outbox WHERE vacancy_id IS NOT NULL")).isEqualTo(1);
    assertThat(subscriber().registered()).as("an unregistered caller is recorded, not registered").isFalse();
  }

  @Test
  void optionalAnswersAreSavedAsChosenApartFromTheContactData() {
    assertThat(walk("q", "1*1*1*1*2*1*1*1")).contains("Vous etes:");
    long id = subscriber().id();
    assertThat(gw.count("SELECT count(*) FROM profile_answers WHERE subscriber_id = " + id
        + " AND consent = 'yes' AND age_band = '15-24' AND sex IS NULL")).as("saved before the session ends").isEqualTo(1);
    dial("q", "1*1*1*1*2*1*1*1*3");
    dial("q", "1*1*1*1*2*1*1*1*3*1");
    assertThat(dial("q", "1*1*1*1*2*1*1*1*3*1*5")).startsWith("END Merci!");
    assertThat(gw.count("SELECT count(*) FROM profile_answers WHERE subscriber_id = " + id + " AND age_band = '15-24'"
        + " AND sex = 'undisclosed' AND disability = 'yes' AND schooling = 'higher' AND pending IS NULL")).isEqualTo(1);
    assertThat(walk("q2", "3*3*2")).as("changing one answer from the profile").contains("Vous etes: (actuel: Je prefere");
    assertThat(gw.count("SELECT count(*) FROM profile_answers WHERE age_band = '25-34' AND schooling = 'higher'")).isEqualTo(1);
    String texts = gw.write(tx -> {
      try (var rs = tx.jdbc().createStatement().executeQuery("SELECT string_agg(kind || ': ' || text, ' // ') FROM outbox")) {
        rs.next();
        return rs.getString(1);
      }
    });
    assertThat(gw.count("SELECT count(*) FROM outbox WHERE kind = 'confirmation'")).as("one registration SMS: %s", texts).isEqualTo(1);
  }

  @Test
  void jamaisIsStored() {
    assertThat(walk("n1", "1*1*1*1*2*1*3")).startsWith("END Compris");
    assertThat(subscriber().registered()).isTrue();
    assertThat(gw.count("SELECT count(*) FROM profile_answers WHERE consent = 'never' AND subscriber_id = " + subscriber().id()))
        .isEqualTo(1);
    assertThat(walk("n2", "3")).as("the profile still offers the questions").contains("3 Questions facultatives");
  }

  @Test
  void anOutcomeGivenInMyApplicationsIsRecorded() {
    gw.write(tx -> {
      Subscriber s = Subscribers.register(tx, PHONE, "LOM", List.of("MACON"), "fr", "sms");
      return Vacancies.recordInterest(tx, s.id(), Vacancies.byRef(tx, "V-LOM-MAC1").orElseThrow().id(), "sms");
    });
    assertThat(dial("o1", "6*1*1")).startsWith("END Merci");
    assertThat(gw.count("SELECT count(*) FROM followups WHERE round = 0 AND answer = 'hired' AND channel = 'ussd'"))
        .isEqualTo(1);
    assertThat(dial("o2", "6*1*2")).startsWith("END Merci");
    assertThat(gw.count("SELECT count(*) FROM followups WHERE answer = 'interview'")).as("a new answer replaces it").isEqualTo(1);
  }

  @Test
  void stopAndResumeChangeTheStatusWithAConfirmationSms() {
    gw.write(tx -> Subscribers.register(tx, PHONE, "LOM", List.of("MACON"), "fr", "sms"));
    assertThat(dial("s1", "4")).contains("1 Oui, arreter");
    assertThat(subscriber().active()).as("the confirmation step writes nothing").isTrue();
    assertThat(dial("s1", "4*1")).startsWith("END Alertes arretees");
    assertThat(subscriber().status()).isEqualTo("stopped");
    assertThat(dial("s2", "")).contains("4 Reprendre les alertes");
    assertThat(dial("s2", "4*1")).startsWith("END Alertes reprises");
    assertThat(subscriber().status()).isEqualTo("active");
    assertThat(gw.count("SELECT count(*) FROM outbox WHERE kind = 'reply'")).isEqualTo(2);
  }

  @Test
  void languageChoiceIsStoredAndUsedNextSession() {
    assertThat(dial("l1", "3*2")).isEqualTo("END Language saved: English.");
    assertThat(subscriber().language()).isEqualTo("en");
    assertThat(dial("l2", "")).contains("1 Register for alerts");
  }

  @Test
  void aNewVacancyShowsUpAfterTheChangeEvent() throws InterruptedException {
    assertThat(dial("v1", "2*1*1*1")).contains("sur 1");
    gw.write(tx -> {
      UssdTestGateway.vacancy(tx, "V-LOM-MAC9", "Macon coffreur", "MACON", "LOM", "Bati Plus", 0);
      return null;
    });
    gw.vertx.eventBus().publish(Vacancies.CHANGED_ADDRESS, "V-LOM-MAC9");
    String screen = "";
    for (int i = 0; i < 100 && !screen.contains("V-LOM-MAC9"); i++) {
      Thread.sleep(50);
      screen = dial("v" + (i + 2), "2*1*1*1");
    }
    assertThat(screen).contains("sur 2", "1 V-LOM-MAC9");
  }

  @Test
  void anUnexpectedErrorEndsTheSessionPolitely() {
    // the follow-ups point at interests (issue 20): PostgreSQL drops them with it only when told to
    gw.write(tx -> tx.jdbc().createStatement().execute(
        org.jobline.testing.TestStores.postgres() ? "DROP TABLE interests CASCADE" : "DROP TABLE interests"));
    UssdTestGateway.Reply r = gw.ussd("e1", PHONE, "2*1*1*1*1*1");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("END Service momentanement indisponible, reessayez plus tard");
    assertThat(gw.count("SELECT count(*) FROM subscribers")).as("the failed transaction rolled back").isZero();
  }
}
