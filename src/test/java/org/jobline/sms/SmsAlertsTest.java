package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.Map;
import org.jobline.alert.Alerts;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The SMS channel and the alert engine together: welcome matches after INSCRIRE, nothing after STOP. */
@ExtendWith(VertxExtension.class)
class SmsAlertsTest {
  static final String AMA = "+22890112233";
  static final String KOFI = "+22891445566";

  @TempDir
  Path dir;
  SmsTestGateway gw;
  VacancyService vacancies;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    gw = SmsTestGateway.start(vertx, dir, Map.of("JOBLINE_ALERTS_QUIET_HOURS", "off"));
    vacancies = Alerts.vacancyService(gw.gateway.context());
  }

  @AfterEach
  void stop() throws Exception {
    gw.stop();
  }

  private Vacancy openMasonJobInKara(String title) throws Exception {
    Vacancy v = SmsTestGateway.await(vacancies.create(Actor.staff("test"),
        new VacancyInput(title, null, "MACON", "KAR", "Kara", "BTP Nord", "90000000", 2, null)));
    SmsTestGateway.await(vacancies.open(Actor.staff("test"), v.ref()));
    return v;
  }

  private long alertsFor(String phone) throws Exception {
    return gw.count("SELECT COUNT(*) FROM outbox WHERE recipient = ? AND kind = 'alert'", phone);
  }

  private void awaitFanoutDone(Vacancy v) throws Exception {
    for (int i = 0; i < 200; i++) {
      if (gw.count("SELECT COUNT(*) FROM vacancies WHERE id = ? AND fanout_state = 'done'", v.id()) == 1) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("fan-out of " + v.ref() + " did not finish");
  }

  @Test
  void registeringBySmsQueuesTheOpenMatchingVacancies() throws Exception {
    Vacancy v = openMasonJobInKara("Macon chantier ecole");
    awaitFanoutDone(v);
    gw.sms(AMA, "INSCRIRE macon kara");
    assertThat(alertsFor(AMA)).isEqualTo(1);
    assertThat(gw.count("SELECT COUNT(*) FROM outbox WHERE recipient = ? AND kind = 'alert' AND text LIKE ?",
        AMA, "%" + v.ref() + "%")).isEqualTo(1);
    gw.sms(AMA, "INSCRIRE macon kara");
    assertThat(alertsFor(AMA)).as("registering again alerts nobody twice").isEqualTo(1);
  }

  @Test
  void afterStopNoAlertIsQueuedForThatPerson() throws Exception {
    gw.sms(AMA, "INSCRIRE macon kara");
    gw.sms(KOFI, "INSCRIRE macon kara");
    gw.sms(AMA, "merci STOP");
    Vacancy v = openMasonJobInKara("Macon pour villa");
    awaitFanoutDone(v);
    assertThat(alertsFor(KOFI)).as("the active subscriber is alerted").isEqualTo(1);
    assertThat(alertsFor(AMA)).as("the stopped subscriber is not").isZero();
    gw.sms(AMA, "START");
    assertThat(alertsFor(AMA)).isZero();
  }
}
