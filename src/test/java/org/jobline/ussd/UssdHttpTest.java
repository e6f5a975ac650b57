package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jobline.gsm.Gsm7;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP contract: 403 and 400 cases, restart in mid-dialogue, and fuzzed inputs never getting a 5xx. */
@ExtendWith(VertxExtension.class)
class UssdHttpTest {
  private static final String PHONE = UssdTestGateway.PHONE;

  private static MultiMap form(String sessionId, String phone, String text) {
    MultiMap f = MultiMap.caseInsensitiveMultiMap().add("serviceCode", "*888#").add("text", text);
    if (sessionId != null) {
      f.add("sessionId", sessionId);
    }
    if (phone != null) {
      f.add("phoneNumber", phone);
    }
    return f;
  }

  @Test
  void wrongOrMissingSecretIs403AndWritesNothing(Vertx vertx, @TempDir Path dir) {
    UssdTestGateway gw = new UssdTestGateway(vertx, dir).start();
    try {
      assertThat(gw.post("wrong", form("s", PHONE, "3*2")).status()).isEqualTo(403);
      assertThat(gw.post(null, form("s", PHONE, "3*2")).status()).isEqualTo(403);
      assertThat(gw.post(UssdTestGateway.SECRET + "x", form("s", PHONE, "3*2")).status()).isEqualTo(403);
      assertThat(gw.post("", form("s", PHONE, "3*2")).status()).isEqualTo(403);
      assertThat(gw.count("SELECT count(*) FROM subscribers")).isZero();
      assertThat(gw.post(UssdTestGateway.SECRET, form("s", PHONE, "3*2")).status()).isEqualTo(200);
    } finally {
      gw.stop();
    }
  }

  @Test
  void missingSessionOrPhoneOrBadPhoneIs400(Vertx vertx, @TempDir Path dir) {
    UssdTestGateway gw = new UssdTestGateway(vertx, dir).start();
    try {
      String secret = UssdTestGateway.SECRET;
      assertThat(gw.post(secret, form(null, PHONE, "")).status()).isEqualTo(400);
      assertThat(gw.post(secret, form("s", null, "")).status()).isEqualTo(400);
      assertThat(gw.post(secret, form("", PHONE, "")).status()).isEqualTo(400);
      UssdTestGateway.Reply bad = gw.post(secret, form("s", "12ab", ""));
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body()).contains("phone");
      assertThat(gw.post(secret, form("s", "22890112233", "")).body()).startsWith("CON ");
    } finally {
      gw.stop();
    }
  }

  @Test
  void aDialogueContinuesOnANewGatewayAfterARestart(Vertx vertx, @TempDir Path dir) {
    UssdTestGateway first = new UssdTestGateway(vertx, dir).start();
    assertThat(first.ussd("r1", PHONE, "").body()).contains("1 S'inscrire");
    assertThat(first.ussd("r1", PHONE, "1").body()).contains("Votre region:");
    String beforeStop = first.ussd("r1", PHONE, "1*3").body();
    assertThat(beforeStop).contains("Domaine de metier:");
    first.stop();

    UssdTestGateway second = new UssdTestGateway(vertx, dir).start();
    try {
      assertThat(second.ussd("r1", PHONE, "1*3").body()).as("same screen after restart").isEqualTo(beforeStop);
      assertThat(second.ussd("r1", PHONE, "1*3*98").body()).contains("1 Hotellerie et cuisine");
      assertThat(second.ussd("r1", PHONE, "1*3*98*1").body()).contains("Votre metier:", "1 Cuisinier");
      assertThat(second.ussd("r1", PHONE, "1*3*98*1*1*2").body()).contains("Region: Plateaux", "Cuisinier");
      assertThat(second.ussd("r1", PHONE, "1*3*98*1*1*2*1").body()).startsWith("CON Inscription enregistree");
      Subscriber s = second.write(tx -> Subscribers.find(tx, PHONE)).orElseThrow();
      assertThat(s.region()).isEqualTo("PLA");
      assertThat(s.trades()).containsExactly("CUISIN");
    } finally {
      second.stop();
    }
  }

  @Test
  void fuzzedTextNeverGetsA5xxOrABadScreen(Vertx vertx, @TempDir Path dir) {
    UssdTestGateway gw = new UssdTestGateway(vertx, dir).start();
    try {
      List<String> texts = new ArrayList<>(List.of("***", "*", "**1**", "1".repeat(20_000), "#", "é*😀*١٢*日本",
          "1*".repeat(300) + "1", "98*".repeat(200), "0*00*0*00", "-1", "1.5", "99999999999999999999", " 1 * 2 ",
          "\u0000*\n*\t", "%2A", "2*1*1*1*1*1*1*1*1*1", "5*2*1*1*1*1", "00*".repeat(59) + "1"));
      Random random = new Random(42);
      String alphabet = "0123456789*#98 é€😀";
      for (int i = 0; i < 250; i++) {
        StringBuilder t = new StringBuilder();
        int len = random.nextInt(30);
        for (int j = 0; j < len; j++) {
          t.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        texts.add(t.toString());
      }
      int n = 0;
      for (String text : texts) {
        UssdTestGateway.Reply r = gw.ussd("f" + (n++ % 7), PHONE, text);
        assertThat(r.status()).as("text %s", text).isEqualTo(200);
        assertThat(r.body()).as("text %s", text).matches("(?s)^(CON|END) .*");
        assertThat(r.body().length()).as("text %s", text).isLessThanOrEqualTo(160);
        assertThat(Gsm7.fits(r.body())).as("text %s", text).isTrue();
      }
    } finally {
      gw.stop();
    }
  }
}
