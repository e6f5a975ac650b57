package org.jobline.aggregator.kannel;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jobline.app.Gateway;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.store.SqlWork;
import org.jobline.testing.TestConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole gateway with a {@code type: kannel} route against the real Kannel (bearerbox, smsbox,
 * fakesmsc as the operator), started once for the class: alerts out in the right coding, an SMS
 * typed into fakesmsc answered back through Kannel, delivery reports, a Kannel outage with 1,000
 * messages queued, and wrong sendsms credentials.
 */
class KannelGatewayTest {
  private static final String SECRET = "kannel-test-secret-0123";
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static Vertx vertx;
  private static RealKannel kannel;
  private static Gateway gateway;
  private static Path dir;

  @BeforeAll
  static void start() throws Exception {
    RealKannel.assumeInstalled();
    vertx = Vertx.vertx();
    kannel = RealKannel.create("gateway");
    dir = Files.createDirectories(kannel.dir().resolve("jobline"));
    gateway = startGateway("jobline", RealKannel.PASSWORD);
    kannel.start("http://127.0.0.1:" + gateway.port(), SECRET);
  }

  @AfterAll
  static void stop() throws Exception {
    if (kannel != null) {
      kannel.close();
    }
    if (vertx != null) {
      await(vertx.close());
    }
  }

  static Gateway startGateway(String db, String password) throws Exception {
    Map<String, String> env = new HashMap<>(Map.ofEntries(
        Map.entry("JOBLINE_STORE_PATH", dir.resolve(db + ".db").toString()),
        Map.entry("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET),
        Map.entry("JOBLINE_ROUTES_KANNEL_TYPE", "kannel"),
        Map.entry("JOBLINE_ROUTES_KANNEL_SENDSMS_URL", kannel.sendsmsUrl()),
        Map.entry("JOBLINE_ROUTES_KANNEL_USERNAME", RealKannel.USER),
        Map.entry("JOBLINE_ROUTES_KANNEL_PASSWORD", password),
        Map.entry("JOBLINE_ROUTING_DEFAULT", "kannel"),
        Map.entry("JOBLINE_ALERTS_QUIET_HOURS", "off"),
        Map.entry("JOBLINE_OUTBOX_SEGMENTS_PER_SECOND", "0"),
        Map.entry("JOBLINE_OUTBOX_POLL_MS", "50"),
        Map.entry("JOBLINE_OUTBOX_BREAKER_THRESHOLD", "2"),
        Map.entry("JOBLINE_OUTBOX_BREAKER_PROBE_MS", "300"),
        Map.entry("JOBLINE_OUTBOX_BACKOFF_BASE_MS", "100"),
        Map.entry("JOBLINE_OUTBOX_BACKOFF_MAX_MS", "500"),
        Map.entry("JOBLINE_OUTBOX_MAX_ATTEMPTS", "100"),
        Map.entry("JOBLINE_OUTBOX_REQUEST_TIMEOUT_MS", "10000")));
    return await(Gateway.start(vertx, TestConfig.load(dir, env)));
  }

  @Test
  void alertsReachFakesmscInTheirCodingAndDeliveryReportsMoveTheRows() throws Exception {
    String gsm = "Offre: maçon à Lomé, répondez OUI";   // ç becomes c: GSM-7
    String ucs2 = "Dɔwɔƒe yeye le Kara: ɖe OUI";       // Ewe letters: UCS-2
    List<Long> ids = enqueue(gateway, List.of(
        alert("+22890100001", gsm), alert("+22890100002", gsm), alert("+22890100003", ucs2)));

    eventually(() -> assertThat(received("+22890100001", "+22890100002", "+22890100003")).hasSize(3));
    Map<String, RealKannel.Sms> got = received("+22890100001", "+22890100002", "+22890100003");
    assertThat(got.get("+22890100001")).isEqualTo(new RealKannel.Sms("8888", "+22890100001", false,
        "Offre: macon à Lomé, répondez OUI"));
    assertThat(got.get("+22890100002").text()).isEqualTo("Offre: macon à Lomé, répondez OUI");
    assertThat(got.get("+22890100003")).isEqualTo(new RealKannel.Sms("8888", "+22890100003", true, ucs2));

    eventually(() -> assertThat(statuses(gateway, ids)).containsOnly("delivered"));
    long delivered = sql(gateway, tx -> count(tx.jdbc(), "SELECT COUNT(*) FROM delivery_events e WHERE e.status = 'delivered'"
        + " AND e.outbox_id IN (" + join(ids) + ")"));
    assertThat(delivered).isEqualTo(3);
    long providerIds = sql(gateway, tx -> count(tx.jdbc(), "SELECT COUNT(DISTINCT provider_id) FROM outbox WHERE id IN ("
        + join(ids) + ")"));
    assertThat(providerIds).as("one provider id each, though two went in one request").isEqualTo(3);
  }

  @Test
  void anSmsTypedIntoFakesmscIsAnsweredBackThroughKannel() throws Exception {
    kannel.type("22890100009 8888 text OFFRES");
    eventually(() -> assertThat(inbound("+22890100009")).containsExactly("OFFRES"));
    eventually(() -> assertThat(received("+22890100009")).hasSize(1));
    String reply = sql(gateway, tx -> one(tx.jdbc(), "SELECT text FROM outbox WHERE recipient = '+22890100009'"));
    assertThat(reply).isNotBlank();
    assertThat(received("+22890100009").get("+22890100009").text()).isEqualTo(reply);

    String french = "AIDE: ça marche « très » bien ɖe";
    kannel.type("22890100008 8888 ucs2 " + ucs2Url(french));
    eventually(() -> assertThat(inbound("+22890100008")).as("a UCS-2 French text arrives intact").containsExactly(french));
  }

  @Test
  void kannelStoppedWithAThousandQueuedLosesNoneAndDrainsAfterRestart() throws Exception {
    List<OutboundSms> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(alert(String.format("+22891%06d", i), "Offre numero " + i + " a Tsevie"));
    }
    WebClient client = WebClient.create(vertx);
    String ready = "http://127.0.0.1:" + gateway.port() + "/ready";
    long before = kannel.receivedCount();
    List<Long> ids;
    kannel.stopProcesses();
    try {
      ids = enqueue(gateway, many);
      eventually(() -> assertThat(await(client.getAbs(ready).send()).statusCode())
          .as("/ready says the route is down").isEqualTo(503));
      eventually(() -> assertThat(statuses(gateway, ids)).as("nothing failed or was lost while Kannel was down")
          .containsOnly("queued"));
    } finally {
      kannel.startProcesses();
    }
    eventually(() -> assertThat(statuses(gateway, ids)).doesNotContain("queued", "sending"));
    assertThat(statuses(gateway, ids)).doesNotContain("failed", "expired").hasSize(1000);
    eventually(() -> assertThat(kannel.receivedCount() - before).isGreaterThanOrEqualTo(1000));
    Set<String> phones = many.stream().map(OutboundSms::recipient).collect(Collectors.toSet());
    assertThat(kannel.received().stream().map(RealKannel.Sms::to).filter(phones::contains).collect(Collectors.toSet()))
        .as("every one of the 1,000 reached the operator").hasSize(1000);
    eventually(() -> assertThat(await(client.getAbs(ready).send()).statusCode()).isEqualTo(200));
  }

  @Test
  void wrongSendsmsCredentialsOpenTheBreakerAndKeepTheMessages() throws Exception {
    Gateway wrong = startGateway("wrong-password", "not-the-password");
    try {
      List<Long> ids = enqueue(wrong, List.of(alert("+22890100021", "Offre A"), alert("+22890100022", "Offre B"),
          alert("+22890100023", "Offre C")));
      WebClient client = WebClient.create(vertx);
      eventually(() -> {
        JsonObject ready = await(client.getAbs("http://127.0.0.1:" + wrong.port() + "/ready").send()).bodyAsJsonObject();
        assertThat(ready.encode()).as("/ready: %s", ready).contains("\"ok\":false");
      });
      assertThat(statuses(wrong, ids)).containsOnly("queued");
      String lastError = sql(wrong, tx -> one(tx.jdbc(), "SELECT last_error FROM outbox WHERE id = " + ids.get(0)));
      assertThat(lastError).contains("403", "Authorization failed");
      assertThat(received("+22890100021", "+22890100022", "+22890100023")).isEmpty();
    } finally {
      await(wrong.stop());
    }
  }

  // --- helpers

  static OutboundSms alert(String phone, String text) {
    return new OutboundSms(phone, null, null, text, "fr", OutboundSms.Kind.ALERT, 0, null);
  }

  static List<Long> enqueue(Gateway g, List<OutboundSms> messages) {
    Outbox outbox = new Outbox(g.context().config().sms());
    return await(g.context().store().write(tx -> {
      List<Long> ids = new ArrayList<>();
      for (OutboundSms m : messages) {
        ids.add(outbox.enqueue(tx, m));
      }
      return ids;
    }));
  }

  /** The last message fakesmsc got for each of these numbers. */
  static Map<String, RealKannel.Sms> received(String... phones) {
    Set<String> wanted = Set.of(phones);
    Map<String, RealKannel.Sms> out = new HashMap<>();
    kannel.received().stream().filter(s -> wanted.contains(s.to())).forEach(s -> out.put(s.to(), s));
    return out;
  }

  static List<String> inbound(String phone) {
    return sql(gateway, tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT text FROM inbound_messages WHERE phone = ? ORDER BY id")) {
        p.setString(1, phone);
        try (ResultSet rs = p.executeQuery()) {
          List<String> texts = new ArrayList<>();
          while (rs.next()) {
            texts.add(rs.getString(1));
          }
          return texts;
        }
      }
    });
  }

  static List<String> statuses(Gateway g, List<Long> ids) {
    return sql(g, tx -> {
      java.sql.Connection c = tx.jdbc();
      List<String> out = new ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT status FROM outbox WHERE id IN (" + join(ids) + ")")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    });
  }

  static String ucs2Url(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
      out.append('%').append(String.format("%02X", b & 0xff));
    }
    return out.toString();
  }

  static String join(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String one(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static <T> T sql(Gateway g, SqlWork<T> work) {
    return await(g.context().store().read(work));
  }

  static void eventually(ThrowingRunnable check) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > end) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
