package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.aggregator.africastalking.AtStub;
import org.jobline.gsm.Gsm7;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher end to end: real gateway, real SQLite file, real HTTP to a stand-in for AT. */
class DeliveryEngineTest {
  @TempDir
  Path tmp;
  private Harness h;

  private Harness start(Object... env) {
    h = new Harness(tmp).startStub().startGateway(null, Harness.env(env));
    return h;
  }

  @AfterEach
  void close() {
    if (h != null) {
      h.close();
    }
  }

  private String status(long id) {
    return (String) h.outbox(id).get("status");
  }

  @Test
  void sendsAndRecordsProviderIdEventAndAlertStatus() {
    start();
    long id = h.subscriberWithAlert("+22890000001", "Offre: macon a Lome");
    h.waitUntil("the alert is sent", () -> status(id).equals("sent"));
    Map<String, Object> row = h.outbox(id);
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat(row.get("route")).isEqualTo("africastalking");
    assertThat((String) row.get("provider_id")).startsWith("ATXid_");
    assertThat(h.row("SELECT status FROM alerts WHERE outbox_id = ?", id).get("status")).isEqualTo("sent");
    assertThat(row.get("sent_status")).as("AT's answer, kept on the row").isEqualTo("101 Success");
    assertThat((Long) row.get("sent_at")).isBetween(System.currentTimeMillis() - 20_000, System.currentTimeMillis());
    assertThat(h.count("SELECT COUNT(*) FROM delivery_events WHERE outbox_id = ?", id))
        .as("a first-try acceptance needs no event row").isZero();
    assertThat(h.stub.received).hasSize(1);
    assertThat(h.stub.received.get(0).form().get("message")).isEqualTo("Offre: macon a Lome");
  }

  @Test
  void repliesGoBeforeAlerts() {
    start("JOBLINE_OUTBOX_MAX_IN_FLIGHT", 1);
    h.enqueue(Harness.alert("+22890000001", "alerte 1"), Harness.alert("+22890000002", "alerte 2"),
        Harness.alert("+22890000003", "alerte 3"), OutboundSms.reply("+22890000009", null, "reponse", "fr"));
    h.waitUntil("all four are sent", () -> h.stub.received.size() == 4);
    assertThat(h.stub.received.get(0).form().get("message")).isEqualTo("reponse");
  }

  @Test
  void identicalTextsGoAsOneRequestWithEachOutcomeOnItsOwnRow() {
    start();
    h.stub.answer = r -> AtStub.allWith(r, 101);
    long stopped = h.subscriberWithAlert("+22890000005", "Nouvelle offre");
    h.stub.answer = r -> perNumber(r, Map.of("+22890000003", 403, "+22890000005", 406));
    // Enqueued in one transaction with the alert above already queued: one claim takes all five.
    List<Long> ids = h.enqueue(Harness.alert("+22890000001", "Nouvelle offre"),
        Harness.alert("+22890000002", "Nouvelle offre"), Harness.alert("+22890000003", "Nouvelle offre"),
        Harness.alert("+22890000004", "Nouvelle offre"));
    h.waitUntil("all are done", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status IN ('queued','sending')") == 0);
    long requests = h.stub.received.size();
    assertThat(requests).isLessThanOrEqualTo(2);
    assertThat(h.stub.received.stream().mapToInt(r -> r.to().size()).sum()).isEqualTo(5);
    assertThat(status(ids.get(0))).isEqualTo("sent");
    assertThat(status(ids.get(1))).isEqualTo("sent");
    assertThat(h.outbox(ids.get(0)).get("provider_id")).isNotEqualTo(h.outbox(ids.get(1)).get("provider_id"));
    assertThat(h.outbox(ids.get(2))).containsEntry("status", "failed").containsEntry("attempts", 1);
    assertThat(status(stopped)).isEqualTo("failed");
    assertThat(h.row("SELECT status FROM subscribers WHERE phone = '+22890000005'").get("status")).isEqualTo("stopped");
    assertThat(h.row("SELECT status FROM alerts WHERE outbox_id = ?", stopped).get("status")).isEqualTo("failed");
  }

  @Test
  void everyMessageOfAnAlertFanOutLeavesInRequestsOfManyRecipients() {
    start("JOBLINE_OUTBOX_RECIPIENTS_PER_REQUEST", 10);
    OutboundSms[] many = new OutboundSms[35];
    for (int i = 0; i < many.length; i++) {
      many[i] = Harness.alert("+228900001" + String.format("%02d", i), "Une offre pour vous");
    }
    h.enqueue(many);
    h.waitUntil("all are sent", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == 35);
    assertThat(h.stub.received).hasSize(4).allSatisfy(r -> assertThat(r.to().size()).isLessThanOrEqualTo(10));
  }

  static AtStub.Reply perNumber(AtStub.Received r, Map<String, Integer> codes) {
    JsonObject reply = new JsonObject(AtStub.acceptAll(r).body());
    reply.getJsonObject("SMSMessageData").getJsonArray("Recipients").forEach(o -> {
      JsonObject one = (JsonObject) o;
      Integer code = codes.get(one.getString("number"));
      if (code != null) {
        one.put("statusCode", code).put("status", "Rejected").remove("messageId");
      }
    });
    return new AtStub.Reply(201, reply.encode());
  }

  @Test
  void transientFailuresRetryWithBackoffThenSucceed() {
    start();
    AtomicInteger calls = new AtomicInteger();
    h.stub.answer = r -> calls.incrementAndGet() <= 2 ? new AtStub.Reply(503, "busy") : AtStub.acceptAll(r);
    long id = h.enqueue(Harness.alert("+22890000001", "retry me")).get(0);
    h.waitUntil("sent after retries", () -> status(id).equals("sent"));
    assertThat(h.outbox(id).get("attempts")).isEqualTo(3);
    List<AtStub.Received> got = h.stub.received;
    // base 100 ms: the first retry waits at least 50 ms, the second at least 100 ms (jitter in the upper half).
    assertThat(got.get(1).atMs() - got.get(0).atMs()).isGreaterThanOrEqualTo(50);
    assertThat(got.get(2).atMs() - got.get(1).atMs()).isGreaterThanOrEqualTo(100);
    assertThat(h.rows("SELECT status, reason FROM delivery_events WHERE outbox_id = ? ORDER BY id", id))
        .extracting(m -> m.get("status")).containsExactly("queued", "queued");
    assertThat((Long) h.outbox(id).get("sent_at")).as("sent after the second retry")
        .isGreaterThanOrEqualTo(got.get(2).atMs());
  }

  @Test
  void givesUpAfterMaxAttemptsAndPermanentFailuresFailAtOnce() {
    start("JOBLINE_OUTBOX_MAX_ATTEMPTS", 3);
    h.stub.answer = r -> r.to().contains("+22890000001") ? AtStub.allWith(r, 500) : AtStub.allWith(r, 404);
    long retried = h.enqueue(Harness.alert("+22890000001", "a")).get(0);
    long permanent = h.enqueue(Harness.alert("+22890000002", "b")).get(0);
    h.waitUntil("both failed", () -> status(retried).equals("failed") && status(permanent).equals("failed"));
    assertThat(h.outbox(retried).get("attempts")).isEqualTo(3);
    assertThat((String) h.outbox(retried).get("last_error")).contains("gave up after 3 attempts");
    assertThat(h.outbox(permanent).get("attempts")).isEqualTo(1);
    assertThat((String) h.outbox(permanent).get("last_error")).contains("404");
  }

  @Test
  void expiredMessagesAreNeverSent() {
    start();
    long past = System.currentTimeMillis() - 1000;
    long id = h.enqueue(new OutboundSms("+22890000001", null, null, "trop tard", "fr", OutboundSms.Kind.ALERT, 0, past))
        .get(0);
    h.waitUntil("expired", () -> status(id).equals("expired"));
    assertThat(h.stub.received).isEmpty();
    assertThat(h.outbox(id).get("attempts")).isEqualTo(0);
    assertThat(h.rows("SELECT status FROM delivery_events WHERE outbox_id = ?", id))
        .containsExactly(Map.of("status", "expired"));
  }

  @Test
  void quietHoursHoldAlertsButNotReplies() {
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Africa/Lome"));
    DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
    String quiet = now.minusHours(1).format(hm) + "-" + now.plusHours(1).format(hm);
    start("JOBLINE_ALERTS_QUIET_HOURS", quiet);
    List<Long> ids = h.enqueue(Harness.alert("+22890000001", "alerte de nuit"),
        OutboundSms.reply("+22890000002", null, "reponse", "fr"));
    h.waitUntil("the reply is sent", () -> status(ids.get(1)).equals("sent"));
    h.waitUntil("a few more polls", () -> h.stub.received.size() == 1);
    assertThat(h.outbox(ids.get(0))).containsEntry("status", "queued").containsEntry("attempts", 0);
    assertThat(h.stub.received).extracting(r -> r.form().get("message")).containsExactly("reponse");
  }

  @Test
  void frenchAlertLeavesAsOneGsm7SegmentWhenTransliterated() {
    String text = "Offre : maçon à Kara, prêt dès l’été. Répondez OUI.";
    start();
    long id = h.enqueue(Harness.alert("+22890000001", text)).get(0);
    h.waitUntil("sent", () -> status(id).equals("sent"));
    String received = h.stub.received.get(0).form().get("message");
    assertThat(received).isEqualTo("Offre : macon à Kara, pret dès l'été. Répondez OUI.");
    assertThat(Gsm7.cost(received)).isEqualTo(new Gsm7.Cost(Gsm7.Encoding.GSM7, received.length(), 1));
    assertThat(h.outbox(id)).containsEntry("encoding", "GSM7").containsEntry("segments", 1);
  }

  @Test
  void frenchAlertLeavesAsUcs2WhenTransliterationIsOff() {
    String text = "Offre : maçon à Kara, prêt dès l’été. Répondez OUI.";
    start("JOBLINE_SMS_TRANSLITERATE", "false");
    long id = h.enqueue(Harness.alert("+22890000001", text)).get(0);
    h.waitUntil("sent", () -> status(id).equals("sent"));
    String received = h.stub.received.get(0).form().get("message");
    assertThat(received).isEqualTo(text);
    assertThat(Gsm7.cost(received).encoding()).isEqualTo(Gsm7.Encoding.UCS2);
    assertThat(h.outbox(id)).containsEntry("encoding", "UCS2").containsEntry("segments", 1);
    assertThat(((Number) h.outbox(id).get("cost")).doubleValue()).isEqualTo(15.0);
    assertThat(h.outbox(id).get("currency")).isEqualTo("XOF");
  }

  /**
   * The claim hands rows over as JSON and the outcomes go back as JSON: quotes, backslashes,
   * control characters and characters outside the BMP come through both ways unchanged.
   */
  @Test
  void awkwardTextsAndProviderIdsComeBackFromTheStoreUnchanged() {
    List<String> texts = List.of("Il a dit \"oui\" \\ puis C:\\offres\\",
        "ligne 1\nligne 2\ttab \u0001 fin", "Opportunité ✓ 😀 à Lomé", "وظيفة جديدة", "[1,2] {\"a\":null}");
    start("JOBLINE_SMS_TRANSLITERATE", "false");
    AtomicInteger n = new AtomicInteger();
    h.stub.answer = r -> new AtStub.Reply(201, new JsonObject().put("SMSMessageData", new JsonObject().put("Recipients",
        new io.vertx.core.json.JsonArray().add(new JsonObject().put("statusCode", 101).put("number", r.to().get(0))
            .put("status", "Success").put("messageId", "ATXid_\"" + n.incrementAndGet() + "\\é😀")))).encode());
    List<Long> ids = h.enqueue(texts.stream().map(t -> new OutboundSms("+22890000001", null, null, t, "fr",
        OutboundSms.Kind.REPLY, 1, null)).toArray(OutboundSms[]::new));
    h.waitUntil("all sent", () -> ids.stream().allMatch(id -> status(id).equals("sent")));
    assertThat(h.stub.received.stream().map(r -> r.form().get("message")).toList()).containsExactlyInAnyOrderElementsOf(texts);
    assertThat(h.stub.received.stream().map(r -> r.form().get("to")).distinct().toList()).containsExactly("+22890000001");
    for (long id : ids) {
      assertThat((String) h.outbox(id).get("provider_id")).matches("ATXid_\"[1-5]\\\\é😀");
      assertThat(h.outbox(id).get("sent_status")).isEqualTo("101 Success");
    }
    assertThat(ids.stream().map(id -> (String) h.outbox(id).get("provider_id")).distinct()).hasSize(texts.size());
  }
  /** One flush holds answers that differ (AT's 100, 101, 102, an id missing): each row keeps its own. */
  @Test
  void acceptedRowsWithDifferentAnswersEachKeepTheirOwn() {
    start();
    List<Object[]> answers = List.of(new Object[] {100, "Processed", "ATXid_a"}, new Object[] {101, "Success", "ATXid_b"},
        new Object[] {102, "Queued", "ATXid_c"}, new Object[] {101, "Success", null});
    h.stub.answer = r -> {
      io.vertx.core.json.JsonArray recipients = new io.vertx.core.json.JsonArray();
      List<String> to = r.to();
      for (int i = 0; i < to.size(); i++) {
        Object[] a = answers.get(Integer.parseInt(to.get(i).substring(to.get(i).length() - 1)) - 1);
        recipients.add(new JsonObject().put("statusCode", a[0]).put("number", to.get(i)).put("status", a[1]).put("messageId", a[2]));
      }
      return new AtStub.Reply(201, new JsonObject().put("SMSMessageData", new JsonObject().put("Recipients", recipients)).encode());
    };
    List<Long> ids = h.enqueue(java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(i -> new OutboundSms("+2289000000" + i,
        null, null, "Nouvelle offre", "fr", OutboundSms.Kind.REPLY, 1, null)).toArray(OutboundSms[]::new));
    h.waitUntil("all sent", () -> ids.stream().allMatch(id -> status(id).equals("sent")));
    assertThat(h.stub.received).as("one request for the shared text").hasSize(1);
    assertThat(ids.stream().map(id -> h.outbox(id).get("provider_id") + " " + h.outbox(id).get("sent_status")).toList())
        .containsExactly("ATXid_a 100 Processed", "ATXid_b 101 Success", "ATXid_c 102 Queued", "null 101 Success");
  }
}
