package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: a send that may have reached the aggregator without an answer (a timeout, a crash) is
 * not sent again at once; it waits 'unconfirmed' for a delivery report, then follows the policy.
 */
class UnconfirmedTest {
  private static final String DLR = "/aggregator/africastalking/dlr?secret=" + Harness.SECRET;

  @TempDir
  Path tmp;
  private Harness h;

  @AfterEach
  void close() {
    if (h != null) {
      h.close();
    }
  }

  private static OutboundSms reply(String phone, String text) {
    return new OutboundSms(phone, null, null, text, "fr", OutboundSms.Kind.REPLY, 0, null);
  }

  private HttpResponse<Buffer> report(String id, String status, String phone) {
    return h.post(DLR, MultiMap.caseInsensitiveMultiMap().add("id", id).add("status", status).add("phoneNumber", phone));
  }

  private List<String> events(long id) {
    return h.rows("SELECT status || ': ' || COALESCE(reason, provider_status, '') AS e FROM delivery_events "
        + "WHERE outbox_id = ? ORDER BY id", id).stream().map(m -> (String) m.get("e")).toList();
  }

  /** What a kill -9 mid-batch leaves: rows claimed ('sending', attempt counted) but no outcome saved. */
  private List<Long> crashWith(Map<String, String> env, OutboundSms... messages) {
    return crashWith(env, 1_000, messages);
  }

  /** The same with the claim made {@code claimedMsAgo} before the restart (the gateway was down that long). */
  private List<Long> crashWith(Map<String, String> env, long claimedMsAgo, OutboundSms... messages) {
    h = new Harness(tmp).startStub().startGateway(null, Harness.env("JOBLINE_OUTBOX_POLL_MS", 60_000));
    List<Long> ids = h.enqueue(messages);
    h.stopGateway();
    Harness crashed = new Harness(tmp);
    crashed.startGateway("http://127.0.0.1:9", Harness.env("JOBLINE_OUTBOX_POLL_MS", 60_000));
    Harness.await(crashed.store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET status = 'sending', attempts = 1, route = "
          + "'africastalking', updated_at = ?")) {
        // On PostgreSQL a starting node takes back only claims older than the lease (outbox.claimLeaseSeconds,
        // 300 s by default: another node may be sending them), so there the crash is also that much older.
        long lease = org.jobline.testing.TestStores.postgres() ? 301_000L : 0L;
        p.setLong(1, System.currentTimeMillis() - claimedMsAgo - lease);
        return p.executeUpdate();
      }
    }));
    crashed.close();
    h.startGateway(null, env);
    return ids;
  }

  /** As if outbox.confirmWaitMinutes had passed since the attempt and since the row became unconfirmed. */
  private void confirmWaitPasses() {
    Harness.await(h.store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET unconfirmed_at = unconfirmed_at - 16 * 60000, "
          + "updated_at = updated_at - 16 * 60000 WHERE status = 'unconfirmed'")) {
        return p.executeUpdate();
      }
    }));
  }

  @Test
  void anAnswerThatComesAfterTheTimeoutLeavesTheMessageUnconfirmedAndItIsNotSentTwice() throws Exception {
    h = new Harness(tmp).startStub();
    h.stub.delayMs = 2_500; // accepted, but answered after our 1 s timeout
    h.startGateway(null, Harness.env("JOBLINE_OUTBOX_REQUEST_TIMEOUT_MS", 1_000));
    long id = h.enqueue(reply("+22891200001", "Votre inscription est faite")).get(0);
    h.waitUntil("the send times out", () -> "unconfirmed".equals(h.outbox(id).get("status")));
    Map<String, Object> row = h.outbox(id);
    assertThat(row.get("route")).isEqualTo("africastalking");
    assertThat(row.get("unconfirmed_at")).isNotNull();
    assertThat(events(id)).singleElement().asString().startsWith("unconfirmed: no answer, may have been sent");
    Thread.sleep(4_000); // many polls: nothing goes again while the report may still come
    assertThat(h.stub.received).hasSize(1);

    // AT's report names its own id (never saved here) and the phone: it confirms the message.
    assertThat(report("ATXid_late", "Success", "+22891200001").statusCode()).isEqualTo(200);
    h.waitUntil("the report confirms it", () -> "delivered".equals(h.outbox(id).get("status")));
    assertThat(h.outbox(id).get("provider_id")).isEqualTo("ATXid_late");
    assertThat(events(id)).containsSubsequence("sent: confirmed by a delivery report for the same route and phone "
        + "(oldest unconfirmed attempt first)", "delivered: Success");
    assertThat(h.count("SELECT COUNT(*) FROM late_reports")).isZero();
    assertThat(h.stub.received).as("sent once").hasSize(1);
  }

  @Test
  void aCrashLeavesRowsUnconfirmedAndReportsConfirmThemOldestFirstThenTheRestIsSentAgain() throws Exception {
    List<Long> ids = crashWith(Harness.env(), reply("+22891200002", "premier"), reply("+22891200002", "second"),
        reply("+22891200003", "autre"));
    h.waitUntil("all are unconfirmed", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status = 'unconfirmed'") == 3);
    assertThat(events(ids.get(0))).containsExactly(org.jobline.testing.TestStores.postgres()
        ? "unconfirmed: claimed by a node that did not save its outcome within outbox.claimLeaseSeconds: "
            + "waiting for a delivery report"
        : "unconfirmed: was being sent when the gateway stopped: waiting for a delivery report");
    Thread.sleep(1_000);
    assertThat(h.stub.received).as("not sent again at once").isEmpty();

    // One report for the phone with two unconfirmed messages: the rule confirms the oldest attempt.
    report("ATXid_one", "Success", "+22891200002");
    h.waitUntil("the first is confirmed", () -> "delivered".equals(h.outbox(ids.get(0)).get("status")));
    assertThat(h.outbox(ids.get(1)).get("status")).isEqualTo("unconfirmed");
    // A repeat of the same report (AT retries) does not confirm the second one.
    report("ATXid_one", "Success", "+22891200002");
    Thread.sleep(LateReportSweeper.EVERY_MS + LateReports.PHONE_GRACE_MS + 1_000);
    assertThat(h.outbox(ids.get(1)).get("status")).isEqualTo("unconfirmed");

    confirmWaitPasses();
    h.waitUntil("the unconfirmed replies are sent again",
        () -> "sent".equals(h.outbox(ids.get(1)).get("status")) && "sent".equals(h.outbox(ids.get(2)).get("status")));
    assertThat(events(ids.get(1))).contains("queued: no delivery report within 15 min: sent again");
    assertThat(h.stub.received).hasSize(2);
    assertThat(h.stub.received).flatExtracting(AtStub_to()).containsExactlyInAnyOrder("+22891200002", "+22891200003");
  }

  @Test
  void aStopLongerThanTheConfirmWaitDoesNotUseItUp() throws Exception {
    // claimed 20 min before the restart: the wait (15 min) counts from the restart, when reports can come in again
    List<Long> ids = crashWith(Harness.env(), 20 * 60_000L, reply("+22891200006", "apres un long arret"));
    h.waitUntil("it is unconfirmed", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status = 'unconfirmed'") == 1);
    Thread.sleep(UnconfirmedSweeper.EVERY_MS + 2_000); // a sweep ran: the attempt is 20 min old, the wait is not over
    assertThat(h.outbox(ids.get(0)).get("status")).isEqualTo("unconfirmed");
    assertThat(h.stub.received).as("not sent again at restart").isEmpty();

    // the aggregator's report, retried after the restart, still confirms it
    report("ATXid_retried", "Success", "+22891200006");
    h.waitUntil("the report confirms it", () -> "delivered".equals(h.outbox(ids.get(0)).get("status")));
    assertThat(h.stub.received).as("sent once, before the crash").isEmpty();
  }

  private static java.util.function.Function<org.jobline.aggregator.africastalking.AtStub.Received, List<String>> AtStub_to() {
    return org.jobline.aggregator.africastalking.AtStub.Received::to;
  }

  @Test
  void withTheDropPolicyAnUnconfirmedAlertEndsUnknownWhileAReplyIsSentAgain() {
    h = new Harness(tmp).startStub().startGateway(null, Harness.env("JOBLINE_OUTBOX_POLL_MS", 60_000));
    long alert = h.subscriberWithAlert("+22891200004", "Offre: macon");
    h.close();
    List<Long> ids = new ArrayList<>(crashWith(Harness.env("JOBLINE_OUTBOX_UNCONFIRMED_ALERTS", "drop"),
        reply("+22891200005", "Votre inscription est faite")));
    h.waitUntil("both are unconfirmed", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status = 'unconfirmed'") == 2);
    confirmWaitPasses();
    h.waitUntil("the policy decided", () -> "unknown".equals(h.outbox(alert).get("status")));
    h.waitUntil("the reply is sent again", () -> "sent".equals(h.outbox(ids.get(0)).get("status")));
    assertThat(h.row("SELECT status FROM alerts WHERE outbox_id = ?", alert).get("status")).isEqualTo("unknown");
    assertThat(events(alert)).contains(
        "unknown: no delivery report within 15 min: not sent again (outbox.unconfirmedAlerts: drop)");
    assertThat(h.stub.received).singleElement().satisfies(r -> assertThat(r.to()).containsExactly("+22891200005"));
  }

  @Test
  void aSentMessageThatNoFinalReportReachesEndsUnknownAfterTheReportWait() {
    h = new Harness(tmp).startStub().startGateway(null, Harness.env());
    long id = h.subscriberWithAlert("+22891200006", "Offre: menuisier");
    long delivered = h.enqueue(reply("+22891200007", "ok")).get(0);
    h.waitUntil("sent", () -> "sent".equals(h.outbox(id).get("status")) && "sent".equals(h.outbox(delivered).get("status")));
    h.post(DLR, MultiMap.caseInsensitiveMultiMap().add("id", (String) h.outbox(delivered).get("provider_id"))
        .add("status", "Success"));
    Harness.await(h.store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET sent_at = sent_at - 49 * 3600000")) {
        return p.executeUpdate();
      }
    }));
    h.waitUntil("it ends unknown", () -> "unknown".equals(h.outbox(id).get("status")));
    assertThat(h.row("SELECT status FROM alerts WHERE outbox_id = ?", id).get("status")).isEqualTo("unknown");
    assertThat(events(id)).containsExactly("unknown: no final delivery report within 48 h");
    assertThat(h.outbox(delivered).get("status")).as("a final report is never changed").isEqualTo("delivered");
  }

  @Test
  void messagesInFlightAndUnansweredNeverExceedMaxUnconfirmed() {
    h = new Harness(tmp).startStub();
    h.stub.delayMs = 700;
    h.startGateway(null, Harness.env("JOBLINE_OUTBOX_MAX_UNCONFIRMED", 3, "JOBLINE_OUTBOX_MAX_IN_FLIGHT", 16));
    List<OutboundSms> many = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      many.add(reply("+2289130000" + i, "texte " + i));
    }
    h.enqueue(many.toArray(OutboundSms[]::new));
    h.waitUntil("all are sent", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == 9);
    // Three at a time: the fourth request leaves only once the first three were answered and saved.
    List<Long> at = h.stub.received.stream().map(r -> r.atMs()).sorted().toList();
    for (int i = 3; i < at.size(); i++) {
      assertThat(at.get(i) - at.get(i - 3)).as("request %d", i).isGreaterThanOrEqualTo(650);
    }
  }
}
