package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gateways on one PostgreSQL behind a load balancer that sends each request of a USSD dialogue to the
 * other node: the dialogue completes, because each node rebuilds the screen from the whole {@code text} and
 * reads the profile from the shared database (its cache only remembers what it served itself).
 */
@ExtendWith(VertxExtension.class)
class UssdAcrossNodesTest {
  private static final String PHONE = UssdTestGateway.PHONE;

  @Test
  void aRegistrationAlternatingBetweenTwoNodesCompletesAndTheNextSessionSeesIt(Vertx vertx, @TempDir Path dir)
      throws Exception {
    UssdTestGateway one = UssdTestGateway.onPostgres(vertx, dir).start();
    UssdTestGateway two = one.otherNode().start();
    try {
      List<UssdTestGateway> nodes = List.of(one, two);
      String[] texts = {"", "1", "1*3", "1*3*98", "1*3*98*1", "1*3*98*1*1*2", "1*3*98*1*1*2*1"};
      String[] screens = new String[texts.length];
      for (int i = 0; i < texts.length; i++) {
        UssdTestGateway.Reply r = nodes.get(i % 2).ussd("alt-1", PHONE, texts[i]);
        assertThat(r.status()).as("turn %d on node %d", i, i % 2 + 1).isEqualTo(200);
        screens[i] = r.body();
      }
      assertThat(screens[0]).contains("1 S'inscrire");
      assertThat(screens[1]).contains("Votre region:");
      assertThat(screens[2]).contains("Domaine de metier:");
      assertThat(screens[3]).contains("1 Hotellerie et cuisine");
      assertThat(screens[4]).contains("Votre metier:", "1 Cuisinier");
      assertThat(screens[5]).contains("Region: Plateaux", "Cuisinier");
      // a first registration ends on the optional questions' consent screen (issue 20), the registration saved
      assertThat(screens[6]).startsWith("CON Inscription enregistree");
      Subscriber s = one.write(tx -> Subscribers.find(tx, PHONE)).orElseThrow();
      assertThat(s.region()).isEqualTo("PLA");
      assertThat(s.trades()).containsExactly("CUISIN");
      assertThat(one.count("SELECT count(*) FROM subscribers")).isEqualTo(1);
      assertThat(one.count("SELECT count(*) FROM outbox WHERE kind = 'confirmation'")).as("one confirmation SMS").isEqualTo(1);

      // a new session on the node that did not write the registration knows the subscriber
      String home = one.ussd("alt-2", PHONE, "").body();
      assertThat(home).doesNotContain("1 S'inscrire");
      assertThat(two.ussd("alt-3", PHONE, "").body()).isEqualTo(home);
    } finally {
      two.stop();
      one.stop();
    }
  }
}
