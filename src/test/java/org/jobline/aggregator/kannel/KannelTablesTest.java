package org.jobline.aggregator.kannel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound.DeliveryReport;
import org.jobline.aggregator.Inbound.IncomingSms;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.testing.ChannelTables;
import org.jobline.aggregator.testing.ChannelTables.Answer;
import org.jobline.aggregator.testing.ChannelTables.In;
import org.jobline.aggregator.testing.ChannelTables.Out;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kannel's wire format, in and out, as tables run by the shared {@link ChannelTables} runner (the
 * cases it cannot express, a sink answering "duplicate" or "kept", a text in a post-url body, and
 * the empty answer with its result header, are in {@link KannelCallbacksTest}).
 */
class KannelTablesTest {
  private static final String P = "/aggregator/kannel";
  private static final String OK = "secret=s3cr%26t";
  private static final String TAG = KannelIds.tag("+22890000001");
  private static final List<Recipient> TWO = List.of(new Recipient(41, "+22890000001"), new Recipient(42, "+22890000002"));
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    ChannelTables.await(vertx.close());
  }

  private static Channel route(String sendsmsUrl) {
    return KannelTestKit.channel(KannelTestKit.context(vertx, "http://127.0.0.1:1", Map.of()),
        Map.of("sendsmsUrl", sendsmsUrl, "username", "jobline", "password", "pw"));
  }

  static IncomingSms sms(String id, String text) {
    return new IncomingSms("kannel", id, "+22890000009", text, "8888", 0);
  }

  static DeliveryReport dlr(DeliveryStatus status, String word, String reason) {
    return new DeliveryReport("kannel", "41." + TAG, status, word, reason, false, 0);
  }

  static In get(String label, String path, String query, Object call, int status) {
    return new In(label, HttpMethod.GET, P + path, query, null, call, status, null);
  }

  static Stream<In> inbound() {
    String mo = OK + "&from=22890000009&to=8888&time=1796184221";
    String dlr = OK + "&id=41&to=%2B22890000001&time=1796184207";
    return Stream.of(
        get("MO GSM-7 by get-url", "/mo", mo + "&text=OFFRES&id=u1&coding=0&charset=UTF-8", sms("u1", "OFFRES"), 200),
        get("MO words: '+' is a space", "/mo", mo + "&text=Ca+marche+bien&id=u2&coding=0&charset=UTF-8",
            sms("u2", "Ca marche bien"), 200),
        get("MO UTF-8 accents, coding 0", "/mo", mo + "&text=%C3%A9t%C3%A9+%C3%A0+Kara&id=u3&coding=0&charset=UTF-8",
            sms("u3", "été à Kara"), 200),
        get("MO UCS-2 French by %b (raw UTF-16BE)", "/mo", mo + "&text="
            + "%00%C7%00a%00+%00m%00a%00r%00c%00h%00e%00%3A%00+%00m%00a%00%E7%00o%00n%00+%00%AB%00+%00L%00o%00m%00%E9%00+%00%BB"
            + "&id=u4&coding=2&charset=UTF-16BE", sms("u4", "Ça marche: maçon « Lomé »"), 200),
        get("MO UCS-2 without charset", "/mo", mo + "&text=%00%E9&id=u5&coding=2", sms("u5", "é"), 200),
        get("MO 8-bit data read as Latin-1", "/mo", mo + "&text=caf%E9&id=u6&coding=1&charset=8-BIT", sms("u6", "café"),
            200),
        get("MO sender with its '+'", "/mo", mo.replace("from=22890000009", "from=%2B22890000009")
            + "&text=AIDE&id=u7&coding=0", sms("u7", "AIDE"), 200),
        get("MO wrong secret", "/mo", mo.replace(OK, "secret=nope") + "&text=OFFRES&id=u9", null, 403),
        get("MO no secret", "/mo", "from=22890000009&text=OFFRES&id=u9", null, 403),
        get("MO without id", "/mo", mo + "&text=OFFRES", null, 400),
        get("MO without sender", "/mo", OK + "&text=OFFRES&id=u9", null, 400),
        get("MO sender not a phone number", "/mo", mo.replace("22890000009", "abc") + "&text=OFFRES&id=u9", null, 400),
        get("MO unknown coding", "/mo", mo + "&text=OFFRES&id=u9&coding=7", null, 400),
        get("MO unknown charset", "/mo", mo + "&text=OFFRES&id=u9&coding=0&charset=KLINGON-1", null, 400),
        get("MO broken escape", "/mo", mo + "&text=OFF%ZZRES&id=u9", null, 400),
        get("DLR 1 delivered", "/dlr", dlr + "&type=1&reply=", dlr(DeliveryStatus.DELIVERED, "delivered", null), 200),
        get("DLR 2 not delivered, with the SMSC's words", "/dlr", dlr + "&type=2&reply=id%3A1+stat%3AUNDELIV+err%3A001",
            dlr(DeliveryStatus.FAILED, "undelivered", "id:1 stat:UNDELIV err:001"), 200),
        get("DLR 4 buffered", "/dlr", dlr + "&type=4&reply=", dlr(DeliveryStatus.SENT, "buffered", null), 200),
        get("DLR 8 accepted by the SMSC", "/dlr", dlr + "&type=8&reply=ACK%2F",
            dlr(DeliveryStatus.SENT, "smsc-accepted", null), 200),
        get("DLR 16 rejected by the SMSC", "/dlr", dlr + "&type=16&reply=NACK%2F0x0000000b%2FInvalid+Destination+Address",
            dlr(DeliveryStatus.FAILED, "smsc-rejected", "NACK/0x0000000b/Invalid Destination Address"), 200),
        get("DLR number without '+': same provider id", "/dlr",
            dlr.replace("%2B22890000001", "22890000001") + "&type=1", dlr(DeliveryStatus.DELIVERED, "delivered", null), 200),
        get("DLR unknown type 3: ignored", "/dlr", dlr + "&type=3", null, 200),
        get("DLR without type", "/dlr", dlr, null, 400),
        get("DLR id not a number", "/dlr", dlr.replace("id=41", "id=abc") + "&type=1", null, 400),
        get("DLR without number", "/dlr", OK + "&id=41&type=1", null, 400),
        get("DLR wrong secret", "/dlr", dlr.replace(OK, "secret=s3cr") + "&type=1", null, 403));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inbound")
  void inbound(In c) throws Exception {
    ChannelTables.runIn(vertx, route("http://127.0.0.1:1/cgi-bin/sendsms"), c);
  }

  static Out answer(String label, int status, String body, String kind) {
    return new Out(label, "x", TWO, r -> new Answer(status, body), requests -> {
      assertThat(requests).hasSize(1);
      assertThat(requests.get(0).method()).isEqualTo(HttpMethod.GET);
      assertThat(requests.get(0).path()).isEqualTo("/cgi-bin/sendsms");
      assertThat(requests.get(0).query().get("to")).isEqualTo("+22890000001 +22890000002");
    }, List.of(kind, kind));
  }

  static Stream<Out> outbound() {
    return Stream.of(
        answer("202 0: accepted", 202, "0: Accepted for delivery", "accepted"),
        answer("202 3: queued for later delivery", 202, "3: Queued for later delivery", "accepted"),
        answer("202 Sent. (immediate-sendsms-reply)", 202, "Sent.", "accepted"),
        answer("403 wrong credentials: link down", 403, "Authorization failed for sendsms", "connection"),
        answer("403 not routable: permanent", 403, "Not routable. Do not try again.", "permanent"),
        answer("400 missing receiver", 400, "Missing receiver number, rejected", "permanent"),
        answer("400 denied by white/black list", 400, "Number(s) has/have been denied by white- and/or black-lists.",
            "permanent"),
        answer("415 unsupported content type", 415, "Unsupported content-type, rejected", "permanent"),
        answer("404 not a sendsms URL: link down", 404, "Unknown request.", "connection"),
        answer("500 sending failed: retry", 500, "Sending failed.", "transient"),
        answer("503 temporal failure: link down", 503, "Temporal failure, try again later.", "connection"),
        answer("502 from a proxy: link down", 502, "Bad Gateway", "connection"),
        new Out("some receivers denied in a multi-send", "x", TWO,
            r -> new Answer(202, "Sent. Denied receivers are: +22890000002 Message splits: 1"), null,
            List.of("accepted", "permanent")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outbound")
  void outbound(Out c) throws Exception {
    ChannelTables.runOut(vertx, base -> route(base + "/cgi-bin/sendsms"), c);
  }
}
