package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;
import static org.jobline.simulator.SimTestSupport.eventually;
import static org.jobline.simulator.SimTestSupport.form;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import java.util.Map;
import org.jobline.config.AppConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake AT SMS endpoint over real HTTP: form checks, AT's JSON, inbox, signed delivery reports. */
class FakeAggregatorTest {
  private Vertx vertx;
  private WebClient client;
  private StubApp jobline;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    client = WebClient.create(vertx);
    jobline = new StubApp(vertx);
  }

  @AfterEach
  void tearDown() {
    await(vertx.close());
  }

  private SimTestSupport.Started start(Map<String, String> env) {
    AppConfig config = SimTestSupport.config(env);
    return SimTestSupport.start(vertx, config, jobline.start());
  }

  private HttpResponse<Buffer> send(String url, String apiKey, MultiMap form) {
    var request = client.postAbs(url + FakeAggregator.PATH).putHeader("Accept", "application/json");
    if (apiKey != null) {
      request.putHeader("apiKey", apiKey);
    }
    return await(request.sendForm(form));
  }

  @Test
  void refusesMissingOrWrongCredentialsAndMissingFields() {
    String url = start(Map.of()).url();
    MultiMap ok = form("username", "sandbox", "to", "+22890123456", "message", "Bonjour");
    assertThat(send(url, null, ok).statusCode()).isEqualTo(401);
    assertThat(send(url, "wrong", ok).statusCode()).isEqualTo(401);
    assertThat(send(url, "simulator", form("username", "other", "to", "+22890123456", "message", "x")).statusCode())
        .isEqualTo(401);
    HttpResponse<Buffer> noTo = send(url, "simulator", form("username", "sandbox", "message", "Bonjour"));
    assertThat(noTo.statusCode()).isEqualTo(400);
    assertThat(noTo.bodyAsJsonObject().getString("field")).isEqualTo("to");
    HttpResponse<Buffer> noMessage = send(url, "simulator", form("username", "sandbox", "to", "+22890123456"));
    assertThat(noMessage.statusCode()).isEqualTo(400);
    assertThat(noMessage.bodyAsJsonObject().getString("field")).isEqualTo("message");
  }

  @Test
  void checksTheConfiguredApiKeyWhenOneIsSet() {
    String url = start(Map.of("JOBLINE_AGGREGATOR_AFRICASTALKING_API_KEY", "k-123")).url();
    MultiMap ok = form("username", "sandbox", "to", "+22890123456", "message", "Bonjour");
    assertThat(send(url, "simulator", ok).statusCode()).isEqualTo(401);
    assertThat(send(url, "k-123", ok).statusCode()).isEqualTo(201);
  }

  @Test
  void answersPerRecipientStoresInInboxAndPostsSignedSuccessReport() {
    SimTestSupport.Started sim = start(Map.of());
    String text = "Offre K4821: maçon à Lomé, 3 postes. Répondez POSTULER K4821";
    HttpResponse<Buffer> r = send(sim.url(), "simulator",
        form("username", "sandbox", "to", "+22890123456,12345,+22899887766", "message", text, "bulkSMSMode", "1"));
    assertThat(r.statusCode()).isEqualTo(201);
    JsonObject data = r.bodyAsJsonObject().getJsonObject("SMSMessageData");
    assertThat(data.getString("Message")).startsWith("Sent to 2/3 Total Cost: XOF ");
    JsonArray recipients = data.getJsonArray("Recipients");
    assertThat(recipients.getJsonObject(0).getInteger("statusCode")).isEqualTo(101);
    assertThat(recipients.getJsonObject(0).getString("status")).isEqualTo("Success");
    assertThat(recipients.getJsonObject(0).getString("messageId")).startsWith("ATXid_");
    assertThat(recipients.getJsonObject(0).getString("cost")).isEqualTo("XOF 15.0000");
    assertThat(recipients.getJsonObject(1).getInteger("statusCode")).isEqualTo(403);
    assertThat(recipients.getJsonObject(1).getString("status")).isEqualTo("InvalidPhoneNumber");
    assertThat(recipients.getJsonObject(2).getString("number")).isEqualTo("+22899887766");

    List<InboxMessage> inbox = sim.simulator().phones().get("+22890123456").inbox();
    assertThat(inbox).hasSize(1);
    assertThat(inbox.get(0).text()).isEqualTo(text);
    assertThat(inbox.get(0).toJson().getString("encoding")).isEqualTo("UCS2");
    assertThat(inbox.get(0).toJson().getInteger("segments")).isEqualTo(1);

    String messageId = recipients.getJsonObject(0).getString("messageId");
    eventually(() -> assertThat(jobline.dlr).hasSize(2));
    MultiMap report = jobline.dlr.stream().filter(m -> m.get("id").equals(messageId)).findFirst().orElseThrow();
    assertThat(report.get("status")).isEqualTo("Success");
    assertThat(report.get("phoneNumber")).isEqualTo("+22890123456");
    assertThat(report.get("failureReason")).isNull();
    assertThat(jobline.secrets).containsOnly(SimTestSupport.SECRET);
    eventually(() -> assertThat(inbox.get(0).status()).isEqualTo("Success"));
  }

  @Test
  void reportsFailedWithTheConfiguredReason() {
    SimTestSupport.Started sim = start(Map.of("JOBLINE_SIMULATOR_SUCCESS_RATE", "0",
        "JOBLINE_SIMULATOR_FAILURE_REASON", "AbsentSubscriber"));
    assertThat(send(sim.url(), "simulator", form("username", "sandbox", "to", "+22890123456", "message", "Hi"))
        .statusCode()).isEqualTo(201);
    eventually(() -> assertThat(jobline.dlr).hasSize(1));
    assertThat(jobline.dlr.get(0).get("status")).isEqualTo("Failed");
    assertThat(jobline.dlr.get(0).get("failureReason")).isEqualTo("AbsentSubscriber");
  }

  @Test
  void reportsBufferedThenSuccess() {
    SimTestSupport.Started sim = start(Map.of("JOBLINE_SIMULATOR_SUCCESS_RATE", "0",
        "JOBLINE_SIMULATOR_BUFFERED_RATE", "1"));
    String long160 = "x".repeat(200);
    HttpResponse<Buffer> r = send(sim.url(), "simulator",
        form("username", "sandbox", "to", "+22890123456", "message", long160));
    assertThat(r.bodyAsJsonObject().getJsonObject("SMSMessageData").getJsonArray("Recipients")
        .getJsonObject(0).getString("cost")).isEqualTo("XOF 30.0000");
    eventually(() -> assertThat(jobline.dlr).hasSize(2));
    assertThat(jobline.dlr.get(0).get("status")).isEqualTo("Buffered");
    assertThat(jobline.dlr.get(1).get("status")).isEqualTo("Success");
    assertThat(sim.simulator().phones().get("+22890123456").inbox().get(0).toJson().getInteger("segments"))
        .isEqualTo(2);
  }
}
