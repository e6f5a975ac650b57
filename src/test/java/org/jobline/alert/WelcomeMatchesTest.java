package org.jobline.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A new registration gets up to the daily cap of open matching vacancies, newest first, once. */
@ExtendWith(VertxExtension.class)
class WelcomeMatchesTest {
  @TempDir
  Path dir;
  AlertFixture f;
  WelcomeMatches welcome;

  @BeforeEach
  void open(Vertx vertx) {
    f = AlertFixture.open(vertx, dir, Map.of());
    welcome = new WelcomeMatches(f.writer);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void queuesUpToTheCapNewestFirstAndNeverTwice() {
    List<Vacancy> open = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      open.add(f.openAndFanOut(f.draft("Coiffeuse " + i, "COIFF", "LOM")));
    }
    f.openAndFanOut(f.draft("Coiffeuse à Kara", "COIFF", "KAR"));
    Vacancy draft = f.draft("Coiffeuse brouillon", "COIFF", "LOM");
    Subscriber s = f.subscriberIn("en", "LOM", "COIFF");

    int queued = AlertFixture.await(f.store.write(tx -> welcome.queue(tx, s)));
    int again = AlertFixture.await(f.store.write(tx -> welcome.queue(tx, s)));

    assertThat(queued).isEqualTo(3);
    assertThat(again).isZero();
    assertThat(List.of(f.alerted(s, open.get(4)), f.alerted(s, open.get(3)), f.alerted(s, open.get(2))))
        .containsOnly(true);
    assertThat(f.alerted(s, open.get(0))).isFalse();
    assertThat(f.alerted(s, draft)).isFalse();
    assertThat(f.count("SELECT count(*) FROM outbox WHERE subscriber_id = ? AND language = 'en' "
        + "AND text LIKE 'Job %' AND kind = 'alert'", s.id())).isEqualTo(3);

    // The fan-out of a vacancy already sent as a welcome match does not send it again.
    f.drain(open.get(4).id());
    f.openAndFanOut(open.get(4));
    assertThat(f.count("SELECT count(*) FROM outbox WHERE subscriber_id = ?", s.id())).isEqualTo(3);
  }

  @Test
  void stoppedOrUnregisteredSubscribersGetNothing() {
    f.openAndFanOut(f.draft("Gardien de nuit", "GARDIEN", "MAR"));
    Subscriber stopped = f.subscriber("MAR", "GARDIEN");
    AlertFixture.await(f.store.write(tx -> Subscribers.setStatus(tx, stopped.id(), "stopped")));
    Subscriber unregistered = AlertFixture.await(f.store.write(tx -> Subscribers.findOrCreate(tx, "+22899999999", "fr", "sms")));
    Subscriber stoppedNow = AlertFixture.await(f.store.write(tx -> Subscribers.find(tx, stopped.phone()).orElseThrow()));

    int forStopped = AlertFixture.await(f.store.write(tx -> welcome.queue(tx, stoppedNow)));
    int forUnregistered = AlertFixture.await(f.store.write(tx -> welcome.queue(tx, unregistered)));
    assertThat(forStopped).isZero();
    assertThat(forUnregistered).isZero();
    assertThat(f.count("SELECT count(*) FROM alerts")).isZero();
  }
}
