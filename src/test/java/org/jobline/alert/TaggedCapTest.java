package org.jobline.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.Map;
import org.jobline.profile.Answers;
import org.jobline.profile.ProfileQuestion;
import org.jobline.subscriber.Subscriber;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: over the daily cap (3), a vacancy whose tags target a person goes before untargeted ones. */
@ExtendWith(VertxExtension.class)
class TaggedCapTest {
  @TempDir
  Path dir;
  AlertFixture f;
  Pacing pacing;

  @BeforeEach
  void open(Vertx vertx) {
    f = AlertFixture.open(vertx, dir, Map.of());
    pacing = f.writer.pacing();
    assertThat(pacing.cap()).isEqualTo(3);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aTargetedVacancyOverTodaysCapSendsTodaysOldestUntargetedOneToTomorrow() {
    Subscriber woman = withAnswer(ProfileQuestion.SEX, "woman");
    Subscriber man = withAnswer(ProfileQuestion.SEX, "man");
    Subscriber young = withAnswer(ProfileQuestion.AGE, "15-24");
    Subscriber disabled = withAnswer(ProfileQuestion.DISABILITY, "yes");
    Subscriber silent = f.subscriber("SAV", "AGRI");
    Vacancy u1 = open("Ouvrier 1", "");
    Vacancy u2 = open("Ouvrier 2", "");
    Vacancy u3 = open("Ouvrier 3", "");

    Vacancy tagged = open("Cueilleuse", "womenEncouraged");

    assertThat(day(woman, tagged)).isZero();
    assertThat(day(woman, u1)).isEqualTo(pacing.dayStart(1));
    assertThat(day(woman, u2)).isZero();
    assertThat(day(woman, u3)).isZero();
    for (Subscriber other : new Subscriber[] {man, young, disabled, silent}) {
      assertThat(day(other, tagged)).as("not targeted").isEqualTo(pacing.dayStart(1));
      assertThat(day(other, u1)).isZero();
    }
    Vacancy firstJob = open("Apprenti", "firstJob");
    Vacancy accessible = open("Standardiste", "accessible");
    assertThat(day(young, firstJob)).isZero();
    assertThat(day(young, u1)).isEqualTo(pacing.dayStart(1));
    assertThat(day(disabled, accessible)).isZero();
    assertThat(day(man, firstJob)).isEqualTo(pacing.dayStart(1));
    assertThat(day(man, accessible)).isEqualTo(pacing.dayStart(1));
    assertThat(f.count("SELECT count(*) FROM alerts WHERE subscriber_id = ? AND due_at < ?", woman.id(),
        pacing.dayStart(1))).isEqualTo(3);
  }

  @Test
  void aTargetedAlertWaitingTomorrowDoesNotGiveWayToNewerUntargetedOnes() {
    Subscriber woman = withAnswer(ProfileQuestion.SEX, "woman");
    open("Vendeuse 1", "womenEncouraged");
    open("Vendeuse 2", "womenEncouraged");
    open("Vendeuse 3", "womenEncouraged");
    Vacancy u1 = open("Ouvrier 1", "");
    Vacancy targeted = open("Vendeuse 4", "womenEncouraged"); // today holds targeted ones only: tomorrow
    assertThat(day(woman, u1)).isEqualTo(pacing.dayStart(1));
    assertThat(day(woman, targeted)).isEqualTo(pacing.dayStart(1));

    for (int i = 2; i <= 5; i++) {
      open("Ouvrier " + i, "");
    }

    assertThat(day(woman, targeted)).as("the targeted one keeps its day").isEqualTo(pacing.dayStart(1));
    assertThat(day(woman, u1)).as("the oldest untargeted one gave way").isGreaterThan(pacing.dayStart(1));
    assertThat(f.count("SELECT count(*) FROM alerts WHERE subscriber_id = ? AND due_at >= ? AND due_at < ?",
        woman.id(), pacing.dayStart(1), pacing.dayStart(2))).isEqualTo(3);
  }

  @Test
  void aWelcomeGivesTheTargetedVacanciesFirst() {
    for (int i = 1; i <= 4; i++) {
      open("Ouvrier " + i, "");
    }
    Vacancy older = open("Vendeuse", "womenEncouraged");
    for (int i = 5; i <= 7; i++) {
      open("Ouvrier " + i, "");
    }
    Subscriber woman = withAnswer(ProfileQuestion.SEX, "woman");
    int queued = AlertFixture.await(f.store.write(tx -> new WelcomeMatches(f.writer).queue(tx, woman)));
    assertThat(queued).isEqualTo(3);
    assertThat(f.alerted(woman, older)).isTrue();
  }

  private Subscriber withAnswer(ProfileQuestion q, String code) {
    Subscriber s = f.subscriber("SAV", "AGRI");
    AlertFixture.await(f.store.write(tx -> {
      Answers.answer(tx, s.id(), q, code, null, AlertFixture.CLOCK.millis());
      return null;
    }));
    return s;
  }

  private Vacancy open(String title, String tags) {
    return f.openAndFanOut(AlertFixture.await(f.vacancies.create(AlertFixture.STAFF,
        new VacancyInput(title, null, "AGRI", "SAV", null, "Ferme Test", "Tel 90 00 00 00", 1, null, tags, null))));
  }

  private long day(Subscriber s, Vacancy v) {
    return f.count("SELECT not_before FROM outbox WHERE vacancy_id = ? AND subscriber_id = ?", v.id(), s.id());
  }
}
