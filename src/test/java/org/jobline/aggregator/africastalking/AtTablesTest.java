package org.jobline.aggregator.africastalking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.aggregator.testing.ChannelTables.form;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.RouteSettings;
import org.jobline.aggregator.testing.ChannelTables;
import org.jobline.aggregator.testing.ChannelTables.Answer;
import org.jobline.aggregator.testing.ChannelTables.In;
import org.jobline.aggregator.testing.ChannelTables.Out;
import org.jobline.aggregator.testing.ChannelTables.Received;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.phone.PhoneNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Africa's Talking's wire format, in and out, as tables run by the shared {@link ChannelTables} runner. */
class AtTablesTest {
  private static final String SECRET = "secret-of-the-tables";
  private static final String P = "/aggregator/africastalking";
  private static final String Q = "secret=" + SECRET;
  private static final List<Recipient> TWO = List.of(new Recipient(1, "+22890000001"), new Recipient(2, "+22890000002"));
  private static Vertx vertx;
  private static AppConfig config;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    config = new ConfigLoader().load(null, Map.of("JOBLINE_HTTP_PORT", "0"));
  }

  @AfterAll
  static void stop() throws Exception {
    ChannelTables.await(vertx.close());
  }

  private static Channel route(String baseUrl) {
    RouteSettings s = new RouteSettings("africastalking", Map.of("type", "africastalking", "baseUrl", baseUrl,
        "username", "jobline", "apiKey", "key-123", "senderId", "JOBLINE", "callbackPath", P));
    return new AtChannelType().create(s, new ChannelContext(vertx, config, new PhoneNumbers("TG"), SECRET,
        () -> "http://127.0.0.1:1"));
  }

  static Stream<In> inbound() {
    String derived = AtForms.derivedId("+22890123456", "2026-12-02 10:00:00", "OFFRES");
    return Stream.of(
        new In("USSD first request", HttpMethod.POST, P + "/ussd", Q,
            form("sessionId", "s1", "phoneNumber", "+22890123456", "text", "", "serviceCode", "*888#"),
            new Inbound.UssdTurn("africastalking", "s1", "+22890123456", "", "*888#"), 200, "CON Bienvenue"),
        new In("USSD local number, inputs so far", HttpMethod.POST, P + "/ussd", Q,
            form("sessionId", "s1", "phoneNumber", "90 12 34 56", "text", "1*3"),
            new Inbound.UssdTurn("africastalking", "s1", "+22890123456", "1*3", "*888#"), 200, "CON "),
        new In("USSD without sessionId", HttpMethod.POST, P + "/ussd", Q, form("phoneNumber", "+22890123456"),
            null, 400, "sessionId"),
        new In("USSD with a bad number", HttpMethod.POST, P + "/ussd", Q, form("sessionId", "s", "phoneNumber", "12"),
            null, 400, "phoneNumber"),
        new In("USSD wrong secret", HttpMethod.POST, P + "/ussd", "secret=nope",
            form("sessionId", "s1", "phoneNumber", "+22890123456"), null, 403, null),
        new In("SMS with an id", HttpMethod.POST, P + "/sms", Q,
            form("from", "+22890123456", "to", "8888", "text", "OFFRES", "id", "ATXid_1", "date", "2026-12-02"),
            new Inbound.IncomingSms("africastalking", "ATXid_1", "+22890123456", "OFFRES", "8888", 0), 200,
            "\"status\":\"answered\""),
        new In("SMS without id gets one from sender, date and text", HttpMethod.POST, P + "/sms", Q,
            form("from", "+22890123456", "text", "OFFRES", "date", "2026-12-02 10:00:00"),
            new Inbound.IncomingSms("africastalking", derived, "+22890123456", "OFFRES", null, 0), 200, "answered"),
        new In("SMS without from", HttpMethod.POST, P + "/sms", Q, form("text", "OFFRES"), null, 400, "from"),
        new In("SMS with an id too long", HttpMethod.POST, P + "/sms", Q,
            form("from", "+22890123456", "text", "x", "id", "i".repeat(201)), null, 400, "id"),
        new In("SMS without secret", HttpMethod.POST, P + "/sms", "", form("from", "+22890123456", "text", "x"),
            null, 403, null),
        new In("DLR delivered", HttpMethod.POST, P + "/dlr", Q,
            form("id", "ATXid_9", "status", "Success", "phoneNumber", "+22890123456"),
            new Inbound.DeliveryReport("africastalking", "ATXid_9", DeliveryStatus.DELIVERED, "Success", null, false, 0),
            200, "\"known\":true"),
        new In("DLR buffered is still sent", HttpMethod.POST, P + "/dlr", Q, form("id", "ATXid_9", "status", "Buffered"),
            new Inbound.DeliveryReport("africastalking", "ATXid_9", DeliveryStatus.SENT, "Buffered", null, false, 0),
            200, null),
        new In("DLR failed, user in blacklist: opt-out", HttpMethod.POST, P + "/dlr", Q,
            form("id", "ATXid_9", "status", "Failed", "failureReason", "UserInBlacklist"),
            new Inbound.DeliveryReport("africastalking", "ATXid_9", DeliveryStatus.FAILED, "Failed", "UserInBlacklist",
                true, 0), 200, null),
        new In("DLR rejected, absent subscriber", HttpMethod.POST, P + "/dlr", Q,
            form("id", "ATXid_9", "status", "Rejected", "failureReason", "AbsentSubscriber"),
            new Inbound.DeliveryReport("africastalking", "ATXid_9", DeliveryStatus.FAILED, "Rejected", "AbsentSubscriber",
                false, 0), 200, null),
        new In("DLR with an unknown status is acknowledged and ignored", HttpMethod.POST, P + "/dlr", Q,
            form("id", "ATXid_9", "status", "Teleported"), null, 200, "ignored"),
        new In("DLR without id", HttpMethod.POST, P + "/dlr", Q, form("status", "Success"), null, 400, "id"),
        new In("opt-out", HttpMethod.POST, P + "/optout", Q, form("senderId", "JOBLINE", "phoneNumber", "+22890123456"),
            new Inbound.OptOut("africastalking", "+22890123456"), 200, "\"stopped\":true"),
        new In("opt-out with a bad number", HttpMethod.POST, P + "/optout", Q, form("phoneNumber", "abc"),
            null, 400, "phoneNumber"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inbound")
  void callbacks(In c) throws Exception {
    Channel r = route("http://127.0.0.1:1");
    try {
      ChannelTables.runIn(vertx, r, c);
    } finally {
      r.close();
    }
  }

  static Stream<Out> outbound() {
    return Stream.of(
        new Out("the exact form and headers", "Offre: maçon à Lomé", TWO, r -> answer(AtStub.acceptAll(at(r))),
            AtTablesTest::exactForm, List.of("accepted", "accepted")),
        row("100 processed", r -> AtStub.allWith(at(r), 100), "accepted"),
        row("101 sent", r -> AtStub.allWith(at(r), 101), "accepted"),
        row("102 queued", r -> AtStub.allWith(at(r), 102), "accepted"),
        row("401 risk hold", r -> AtStub.allWith(at(r), 401), "permanent"),
        row("402 invalid sender id", r -> AtStub.allWith(at(r), 402), "permanent"),
        row("403 invalid phone number", r -> AtStub.allWith(at(r), 403), "permanent"),
        row("404 unsupported number type", r -> AtStub.allWith(at(r), 404), "permanent"),
        row("405 insufficient balance", r -> AtStub.allWith(at(r), 405), "transient"),
        row("406 user in blacklist", r -> AtStub.allWith(at(r), 406), "optout"),
        row("407 could not route", r -> AtStub.allWith(at(r), 407), "permanent"),
        row("409 rejected", r -> AtStub.allWith(at(r), 409), "permanent"),
        row("500 internal error", r -> AtStub.allWith(at(r), 500), "transient"),
        row("501 gateway error", r -> AtStub.allWith(at(r), 501), "transient"),
        row("502 rejected by gateway", r -> AtStub.allWith(at(r), 502), "transient"),
        row("unknown statusCode 777", r -> AtStub.allWith(at(r), 777), "transient"),
        row("HTTP 500", r -> new AtStub.Reply(500, "oops"), "transient"),
        row("HTTP 502 bad gateway", r -> new AtStub.Reply(502, ""), "connection"),
        row("HTTP 503", r -> new AtStub.Reply(503, ""), "connection"),
        row("HTTP 504 gateway timeout", r -> new AtStub.Reply(504, ""), "connection"),
        row("HTTP 401 bad api key: kept, breaker", r -> new AtStub.Reply(401, "{}"), "connection"),
        row("HTTP 403 account refused: kept, breaker", r -> new AtStub.Reply(403, "{}"), "connection"),
        row("HTTP 400", r -> new AtStub.Reply(400, "bad"), "permanent"),
        row("HTTP 408 request timeout", r -> new AtStub.Reply(408, ""), "transient"),
        row("HTTP 429 too many requests", r -> new AtStub.Reply(429, "{}"), "transient"),
        row("HTTP 404 nothing there", r -> new AtStub.Reply(404, "{}"), "connection"),
        row("unparseable JSON", r -> new AtStub.Reply(201, "<html>not json"), "transient"),
        row("JSON without recipients", r -> new AtStub.Reply(201, "{\"SMSMessageData\":{}}"), "transient"),
        row("recipient missing from answer", r -> new AtStub.Reply(201, "{\"SMSMessageData\":{\"Recipients\":[]}}"),
            "transient"));
  }

  private static Out row(String label, Function<Received, AtStub.Reply> answer, String kind) {
    return new Out(label, "Offre: maçon à Lomé", TWO, r -> answer(answer.apply(r)), null,
        Collections.nCopies(TWO.size(), kind));
  }

  private static Answer answer(AtStub.Reply reply) {
    return new Answer(reply.status(), reply.body());
  }

  /** The shared runner's request, as the AT stub's answer builders read it. */
  private static AtStub.Received at(Received r) {
    return new AtStub.Received(r.headers(), r.form(), r.path(), 0);
  }

  private static void exactForm(List<Received> all) {
    assertThat(all).hasSize(1);
    Received r = all.get(0);
    assertThat(r.method()).isEqualTo(HttpMethod.POST);
    assertThat(r.path()).isEqualTo("/version1/messaging");
    assertThat(r.headers().get("apiKey")).isEqualTo("key-123");
    assertThat(r.headers().get("Accept")).isEqualTo("application/json");
    assertThat(r.headers().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(r.form().names()).containsExactlyInAnyOrder("username", "to", "message", "from", "bulkSMSMode");
    assertThat(r.form().get("username")).isEqualTo("jobline");
    assertThat(r.form().get("to")).isEqualTo("+22890000001,+22890000002");
    assertThat(r.form().get("message")).isEqualTo("Offre: maçon à Lomé");
    assertThat(r.form().get("from")).isEqualTo("JOBLINE");
    assertThat(r.form().get("bulkSMSMode")).isEqualTo("1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outbound")
  void sends(Out c) throws Exception {
    ChannelTables.runOut(vertx, AtTablesTest::route, c);
  }
}
