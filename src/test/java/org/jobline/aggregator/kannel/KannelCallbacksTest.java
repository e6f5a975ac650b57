package org.jobline.aggregator.kannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.aggregator.kannel.KannelSendTest.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.testing.RecordingInbound;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Inbound.DeliveryReport;
import org.jobline.aggregator.Inbound.IncomingSms;
import org.jobline.aggregator.Inbound.SmsResult;
import org.jobline.http.ErrorHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Kannel gets back, and the cases the shared runner cannot express ({@link KannelTablesTest}
 * has the rest): a table of inbound requests (label, request, how the sink answers, the expected
 * {@link Inbound} call, the expected HTTP answer: always an empty body, the result in a header).
 */
class KannelCallbacksTest {
  private static final String OK = "secret=s3cr%26t";
  private static final String TAG = KannelIds.tag("+22890000001");
  private static Vertx vertx;
  private static HttpServer server;
  private static WebClient client;
  private static final RecordingInbound inbound = new RecordingInbound();

  /** One row: a request, how the sink answers, what must reach the sink (null: nothing) and what Kannel gets back. */
  record Row(String label, HttpMethod method, String uri, byte[] body, String contentType, SmsResult smsResult,
             boolean reportKnown, Object expectedCall, int expectedStatus, String expectedResult) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Row get(String label, String uri, Object call, int status, String result) {
    return new Row(label, HttpMethod.GET, uri, null, null, SmsResult.ANSWERED, true, call, status, result);
  }

  static Row with(Row r, SmsResult sms, boolean known) {
    return new Row(r.label, r.method, r.uri, r.body, r.contentType, sms, known, r.expectedCall, r.expectedStatus,
        r.expectedResult);
  }

  static IncomingSms sms(String id, String text) {
    return new IncomingSms("kannel", id, "+22890000009", text, "8888", 1796184221000L);
  }

  static DeliveryReport dlr(DeliveryStatus status, String word, String reason) {
    return new DeliveryReport("kannel", "41." + TAG, status, word, reason, false, 0);
  }

  static Stream<Row> table() {
    String mo = "/aggregator/kannel/mo?" + OK + "&from=22890000009&to=8888&time=1796184221";
    String dlr = "/aggregator/kannel/dlr?" + OK + "&id=41&to=%2B22890000001&time=1796184207";
    byte[] ucs2 = "Ça marche: maçon « Lomé »".getBytes(StandardCharsets.UTF_16BE);
    return Stream.of(
        get("MO answered: empty 200, the result in a header", mo + "&text=OFFRES&id=u1&coding=0&charset=UTF-8",
            sms("u1", "OFFRES"), 200, "answered"),
        new Row("MO by post-url: UCS-2 text in the body", HttpMethod.POST, mo + "&id=u8&coding=2", ucs2,
            "text/plain; charset=UTF-16BE", SmsResult.ANSWERED, true, sms("u8", "Ça marche: maçon « Lomé »"), 200,
            "answered"),
        with(get("MO again with the same id: duplicate, still 200", mo + "&text=OFFRES&id=u1&coding=0",
            sms("u1", "OFFRES"), 200, "duplicate"), SmsResult.DUPLICATE, true),
        with(get("MO the core does not answer (rate limit): still 200, no text", mo + "&text=OFFRES&id=u2&coding=0",
            sms("u2", "OFFRES"), 200, "rate_limited"), SmsResult.RATE_LIMITED, true),
        get("DLR of a known message", dlr + "&type=1&reply=", dlr(DeliveryStatus.DELIVERED, "delivered", null), 200,
            "known"),
        with(get("DLR for an id nobody has (yet): kept, harmless", dlr + "&type=1",
            dlr(DeliveryStatus.DELIVERED, "delivered", null), 200, "kept"), SmsResult.ANSWERED, false),
        get("DLR unknown type 3: ignored", dlr + "&type=3", null, 200, "ignored"));
  }

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    Channel channel = KannelTestKit.channel(KannelTestKit.context(vertx, "http://127.0.0.1:1", Map.of()),
        Map.of("username", "jobline", "password", "pw"));
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false));
    channel.mount(router, inbound);
    router.route().failureHandler(ErrorHandler::handle);
    server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    client = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() throws Exception {
    await(vertx.close());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void eachCallReachesTheSinkAndKannelGetsNoText(Row row) throws Exception {
    inbound.calls.clear();
    inbound.raw.clear();
    inbound.smsResult = row.smsResult;
    inbound.reportKnown = row.reportKnown;
    var request = client.request(row.method, server.actualPort(), "127.0.0.1", row.uri);
    if (row.contentType != null) {
      request.putHeader("Content-Type", row.contentType);
    }
    HttpResponse<Buffer> response = await(row.body == null ? request.send() : request.sendBuffer(Buffer.buffer(row.body)));
    Buffer body = response.body() == null ? Buffer.buffer() : response.body();
    assertThat(response.statusCode()).as(row.label + ": " + body).isEqualTo(row.expectedStatus);
    // raw: the SMS keeps the time Kannel gave it (%t), which the table checks
    inbound.raw.forEach(KannelCallbacksTest::recent);
    List<Object> calls = inbound.raw.stream().map(KannelCallbacksTest::withoutNow).toList();
    assertThat(calls).as(row.label).isEqualTo(row.expectedCall == null ? List.of() : List.of(row.expectedCall));
    if (row.expectedStatus == 200) {
      assertThat(response.getHeader(KannelCallbacks.RESULT_HEADER)).as(row.label).isEqualTo(row.expectedResult);
      assertThat(body.length()).as("an empty answer: Kannel has nothing to send back").isZero();
    }
  }

  /** A report's time is when we got it. */
  private static void recent(Object call) {
    if (call instanceof DeliveryReport r) {
      assertThat(r.atMs()).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
    }
  }

  /** The report as the table writes it: its arrival time (checked by {@link #recent}) set to 0. */
  private static Object withoutNow(Object call) {
    if (call instanceof DeliveryReport r) {
      return new DeliveryReport(r.route(), r.providerId(), r.status(), r.providerStatus(), r.reason(), r.optOut(), 0);
    }
    return call;
  }
}
