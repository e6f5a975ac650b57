package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;
import static org.jobline.simulator.SimTestSupport.eventually;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phones against a stub AT app: USSD sessions accumulate text, SMS callbacks, inboxes. */
class PhonesTest {
  private Vertx vertx;
  private WebClient client;
  private StubApp app;
  private String url;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    client = WebClient.create(vertx);
    app = new StubApp(vertx);
    url = SimTestSupport.start(vertx, SimTestSupport.config(Map.of()), app.start()).url();
    app.aggregatorUrl = url;
  }

  @AfterEach
  void tearDown() {
    await(vertx.close());
  }

  private JsonObject ussd(String phone, String input) {
    JsonObject body = new JsonObject().put("phone", phone).put("input", input);
    HttpResponse<Buffer> r = await(client.postAbs(url + "/simulator/api/ussd").sendJsonObject(body));
    assertThat(r.statusCode()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  @Test
  void ussdSessionAccumulatesInputsAndEndsOnEnd() {
    JsonObject first = ussd("90 12 34 56", null);
    assertThat(first.getString("screen")).startsWith("Bienvenue sur Jobline");
    assertThat(first.getBoolean("ended")).isFalse();
    assertThat(ussd("+22890123456", "1").getString("screen")).startsWith("Choisissez la region");
    assertThat(ussd("+22890123456", "2").getString("screen")).startsWith("Choisissez le metier");
    JsonObject last = ussd("+22890123456", "1");
    assertThat(last.getBoolean("ended")).isTrue();
    assertThat(last.getString("screen")).isEqualTo("Inscription enregistree (1*2*1)");
    assertThat(last.getString("sessionId")).isEqualTo(first.getString("sessionId"));

    assertThat(app.ussd).extracting(m -> m.get("text")).containsExactly("", "1", "1*2", "1*2*1");
    assertThat(app.ussd).extracting(m -> m.get("sessionId")).containsOnly(first.getString("sessionId"));
    assertThat(app.ussd.get(0).get("phoneNumber")).isEqualTo("+22890123456");
    assertThat(app.ussd.get(0).get("serviceCode")).isEqualTo("*888#");
    assertThat(app.secrets).containsOnly(SimTestSupport.SECRET);

    JsonObject again = ussd("+22890123456", "5");
    assertThat(again.getString("screen")).startsWith("Bienvenue");
    assertThat(again.getString("sessionId")).isNotEqualTo(first.getString("sessionId"));
    assertThat(app.ussd.get(4).get("text")).isEmpty();
  }

  @Test
  void hangupStartsAFreshSessionAndPhonesAreSeparate() {
    ussd("+22890123456", "");
    ussd("+22890123456", "1");
    ussd("+22899000001", "");
    await(client.postAbs(url + "/simulator/api/ussd/hangup").sendJsonObject(new JsonObject().put("phone", "+22890123456")));
    ussd("+22890123456", "");
    assertThat(app.ussd).extracting(m -> m.get("text")).containsExactly("", "1", "", "");
    JsonArray phones = await(client.getAbs(url + "/simulator/api/phones").send()).bodyAsJsonObject().getJsonArray("phones");
    assertThat(phones.stream().map(p -> ((JsonObject) p).getString("phone")))
        .containsExactlyInAnyOrder("+22890123456", "+22899000001");
  }

  @Test
  void smsCallbackThenReplyLandsInTheInboxNewestFirst() {
    JsonObject sms = new JsonObject().put("from", "+22890123456").put("text", "INSCRIRE macon lome");
    HttpResponse<Buffer> r = await(client.postAbs(url + "/simulator/api/sms").sendJsonObject(sms));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(app.sms).hasSize(1);
    assertThat(app.sms.get(0).get("from")).isEqualTo("+22890123456");
    assertThat(app.sms.get(0).get("to")).isEqualTo("8888");
    assertThat(app.sms.get(0).get("text")).isEqualTo("INSCRIRE macon lome");
    assertThat(app.sms.get(0).get("id")).isEqualTo(r.bodyAsJsonObject().getString("id"));
    await(client.postAbs(url + "/simulator/api/sms").sendJsonObject(sms.copy().put("text", "INSCRIRE soudeur kara")));
    assertThat(app.sms.get(1).get("id")).isNotEqualTo(app.sms.get(0).get("id"));

    eventually(() -> {
      JsonArray inbox = await(client.getAbs(url + "/simulator/api/phones/%2B22890123456/inbox").send())
          .bodyAsJsonObject().getJsonArray("messages");
      assertThat(inbox).hasSize(2);
      assertThat(inbox.getJsonObject(0).getString("text")).startsWith("Bienvenue");
      assertThat(inbox.getJsonObject(0).getString("encoding")).isEqualTo("UCS2");
      assertThat(inbox.getJsonObject(0).getLong("time")).isGreaterThanOrEqualTo(inbox.getJsonObject(1).getLong("time"));
      assertThat(inbox.getJsonObject(0).getString("status")).isEqualTo("Success");
    });
  }

  @Test
  void invalidNumbersAndBodiesGetA400() {
    HttpResponse<Buffer> bad = await(client.postAbs(url + "/simulator/api/ussd")
        .sendJsonObject(new JsonObject().put("phone", "12")));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(await(client.postAbs(url + "/simulator/api/sms")
        .sendJsonObject(new JsonObject().put("from", "+22890123456"))).statusCode()).isEqualTo(400);
    assertThat(await(client.getAbs(url + "/simulator/api/phones/abc/inbox").send()).statusCode()).isEqualTo(400);
    assertThat(await(client.postAbs(url + "/simulator/api/ussd").sendBuffer(Buffer.buffer("not json")))
        .statusCode()).isEqualTo(400);
    assertThat(app.ussd).isEmpty();
  }
}
