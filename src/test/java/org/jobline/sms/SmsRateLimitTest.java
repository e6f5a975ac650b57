package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.sms.SmsTestGateway.status;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.Map;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** sms.inboundPerHour: the excess is recorded unanswered; STOP still takes effect. */
@ExtendWith(VertxExtension.class)
class SmsRateLimitTest {
  static final String PHONE = "+22890112233";

  @TempDir
  Path dir;
  SmsTestGateway gw;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    gw = SmsTestGateway.start(vertx, dir, Map.of("JOBLINE_SMS_INBOUND_PER_HOUR", "3"));
  }

  @AfterEach
  void stop() throws Exception {
    gw.stop();
  }

  @Test
  void textsBeyondTheHourlyLimitAreRecordedButNotAnswered() throws Exception {
    gw.sms(PHONE, "INSCRIRE macon kara");
    gw.sms(PHONE, "AIDE");
    gw.sms(PHONE, "PROFIL");
    assertThat(status(gw.sms(PHONE, "OFFRES"))).isEqualTo("rate_limited");
    assertThat(status(gw.sms(PHONE, "AIDE"))).isEqualTo("rate_limited");
    assertThat(gw.sentTo(PHONE)).hasSize(3);
    assertThat(gw.count("SELECT COUNT(*) FROM inbound_messages WHERE phone = ?", PHONE)).isEqualTo(5);
    assertThat(gw.count("SELECT COUNT(*) FROM inbound_messages WHERE phone = ? AND answered = 0", PHONE)).isEqualTo(2);

    assertThat(status(gw.sms(PHONE, "STOP"))).isEqualTo("rate_limited");
    assertThat(gw.sql(tx -> Subscribers.find(tx, PHONE)).orElseThrow().status()).isEqualTo("stopped");
    assertThat(gw.sentTo(PHONE)).hasSize(3);

    long hourAgo = System.currentTimeMillis() - 61L * 60 * 1000;
    gw.sql(tx -> tx.jdbc().createStatement().executeUpdate("UPDATE inbound_messages SET received_at = " + hourAgo));
    assertThat(status(gw.sms(PHONE, "START"))).isEqualTo("answered");
  }
}
