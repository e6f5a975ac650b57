package org.jobline.aggregator.kannel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Kannel route's sendsms requests, timeouts and its probe, against a real HTTP stub (answers: {@link KannelTablesTest}). */
class KannelSendTest {
  private static final String SELF = "http://jobline.example:8080";
  private static final List<Recipient> TWO = List.of(new Recipient(41, "+22890000001"), new Recipient(42, "+22890000002"));
  private static Vertx vertx;
  private static KannelStub stub;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    stub = await(new KannelStub().start(vertx));
  }

  @AfterAll
  static void stop() throws Exception {
    await(vertx.close());
  }

  @BeforeEach
  void reset() {
    stub.received.clear();
    stub.status = 202;
    stub.body = "0: Accepted for delivery";
    stub.answers = true;
  }

  private static Channel channel(String url, Map<String, String> extra) {
    return channel(url, extra, 10_000);
  }

  private static Channel channel(String url, Map<String, String> extra, int timeoutMs) {
    Map<String, String> keys = new HashMap<>(Map.of("sendsmsUrl", url, "username", "jobline", "password", "pw"));
    keys.putAll(extra);
    return KannelTestKit.channel(KannelTestKit.context(vertx, SELF, Map.of("JOBLINE_OUTBOX_REQUEST_TIMEOUT_MS", Integer.toString(timeoutMs))),
        keys);
  }

  private static List<SendOutcome> send(Channel channel, String text, List<Recipient> to) throws Exception {
    try {
      return await(channel.send(text, to));
    } finally {
      channel.close();
    }
  }

  @Test
  void gsmTextToTwoNumbersIsOneRequestWithOurIdInTheDlrUrl() throws Exception {
    List<SendOutcome> out = send(channel(stub.sendsmsUrl(), Map.of()), "Offre: macon a Lome", TWO);
    assertThat(stub.received).hasSize(1);
    KannelStub.Received r = stub.received.get(0);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/cgi-bin/sendsms");
    MultiMap q = r.params();
    assertThat(q.names()).containsExactlyInAnyOrder("username", "password", "from", "to", "text", "charset", "coding",
        "dlr-mask", "dlr-url");
    assertThat(q.get("username")).isEqualTo("jobline");
    assertThat(q.get("password")).isEqualTo("pw");
    assertThat(q.get("from")).isEqualTo("8888");
    assertThat(q.get("to")).isEqualTo("+22890000001 +22890000002");
    assertThat(q.get("text")).isEqualTo("Offre: macon a Lome");
    assertThat(q.get("charset")).isEqualTo("UTF-8");
    assertThat(q.get("coding")).isEqualTo("0");
    assertThat(q.get("dlr-mask")).isEqualTo("31");
    // the secret's own '%' escapes are doubled so that Kannel does not read them as its escapes
    assertThat(q.get("dlr-url")).isEqualTo(SELF + "/aggregator/kannel/dlr?secret=s3cr%%26t&id=41"
        + "&to=%p&type=%d&reply=%A&time=%T");
    assertThat(out).containsExactly(
        new SendOutcome.Accepted("41." + KannelIds.tag("+22890000001"), "0: Accepted for delivery"),
        new SendOutcome.Accepted("41." + KannelIds.tag("+22890000002"), "0: Accepted for delivery"));
  }

  @Test
  void aTextOutsideGsm7GoesAsUcs2WithItsSmscAndCallbackUrl() throws Exception {
    send(channel(stub.sendsmsUrl(), Map.of("smsc", "togocom", "from", "JOBLINE", "dlrMask", "3",
        "callbackUrl", "https://jobline.tg/", "secret", "own")), "Offre: maçon « Lomé »", TWO.subList(0, 1));
    MultiMap q = stub.received.get(0).params();
    assertThat(q.get("coding")).isEqualTo("2");
    assertThat(q.get("text")).isEqualTo("Offre: maçon « Lomé »");
    assertThat(q.get("smsc")).isEqualTo("togocom");
    assertThat(q.get("from")).isEqualTo("JOBLINE");
    assertThat(q.get("dlr-mask")).isEqualTo("3");
    assertThat(q.get("dlr-url")).startsWith("https://jobline.tg/aggregator/kannel/dlr?secret=own&id=41&");
  }

  @Test
  void withoutDlrMaskNoDlrUrl() throws Exception {
    send(channel(stub.sendsmsUrl(), Map.of("dlrMask", "0")), "x", TWO);
    assertThat(stub.received.get(0).params().names()).doesNotContain("dlr-mask", "dlr-url");
  }

  @Test
  void aRepeatedNumberCannotShareADlrUrlSoEachGoesAlone() throws Exception {
    List<Recipient> same = List.of(new Recipient(7, "+22890000001"), new Recipient(8, "+22890000001"));
    List<SendOutcome> out = send(channel(stub.sendsmsUrl(), Map.of()), "x", same);
    assertThat(stub.received).hasSize(2);
    assertThat(stub.received).extracting(r -> r.params().get("to")).containsOnly("+22890000001");
    assertThat(out).extracting(o -> ((SendOutcome.Accepted) o).providerId())
        .containsExactly("7." + KannelIds.tag("+22890000001"), "8." + KannelIds.tag("+22890000001"));
  }

  @Test
  void aRefusedConnectionIsTheLinkDown() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<SendOutcome> out = send(channel("http://127.0.0.1:" + port + "/cgi-bin/sendsms", Map.of()), "x", TWO);
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(kind(o)).isEqualTo("connection"));
  }

  @Test
  void noAnswerWithinTheTimeoutIsUnconfirmedNotResentAtOnce() throws Exception {
    // The request went out: Kannel may have taken it, so the messages wait for a report (issue 25).
    stub.answers = false;
    List<SendOutcome> out = send(channel(stub.sendsmsUrl(), Map.of(), 1000), "x", TWO);
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(kind(o)).isEqualTo("unknown"));
  }

  /** The breaker's probe: a sendsms without a receiver. */
  static Stream<Arguments> probes() {
    return Stream.of(
        Arguments.of(400, "Missing receiver number, rejected", true),
        Arguments.of(403, "Authorization failed for sendsms", false),
        Arguments.of(503, "Temporal failure, try again later.", false),
        Arguments.of(404, "Unknown request.", false));
  }

  @ParameterizedTest(name = "probe answered {0} -> link up: {2}")
  @MethodSource("probes")
  void probeAsksSendsmsWithoutAReceiver(int status, String body, boolean up) throws Exception {
    stub.status = status;
    stub.body = body;
    Channel channel = channel(stub.sendsmsUrl(), Map.of());
    try {
      assertThat(await(channel.reachable())).isEqualTo(up);
    } finally {
      channel.close();
    }
    assertThat(stub.received.get(0).params().names()).containsExactlyInAnyOrder("username", "password");
  }

  static String kind(SendOutcome o) {
    if (o instanceof SendOutcome.Accepted) {
      return "accepted";
    }
    if (o instanceof SendOutcome.Transient t) {
      return t.connection() ? "connection" : "transient";
    }
    if (o instanceof SendOutcome.Unknown) {
      return "unknown";
    }
    return ((SendOutcome.Permanent) o).optOut() ? "optout" : "permanent";
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
