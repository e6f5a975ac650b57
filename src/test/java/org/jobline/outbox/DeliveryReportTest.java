package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AT's delivery reports and opt-outs: good ones move rows forwards, bad ones get 4xx or a harmless 200. */
class DeliveryReportTest {
  private static final String DLR = "/aggregator/africastalking/dlr?secret=" + Harness.SECRET;
  private static final String OPTOUT = "/aggregator/africastalking/optout?secret=" + Harness.SECRET;
  @TempDir
  static Path tmp;
  private static Harness h;

  @BeforeAll
  static void start() {
    h = new Harness(tmp).startStub().startGateway(null, Harness.env());
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  /** A sent alert for a fresh subscriber; returns {outbox id, provider id}. */
  private static Object[] sentAlert(String phone) {
    long id = h.subscriberWithAlert(phone, "Offre " + phone);
    h.waitUntil("sent", () -> "sent".equals(h.outbox(id).get("status")));
    return new Object[] {id, h.outbox(id).get("provider_id")};
  }

  private static MultiMap form(String... pairs) {
    MultiMap m = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      m.add(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static String alertStatus(long outboxId) {
    return (String) h.row("SELECT status FROM alerts WHERE outbox_id = ?", outboxId).get("status");
  }

  @Test
  void successMarksDeliveredOnceAndLateReportsDoNotGoBackwards() {
    Object[] sent = sentAlert("+22891000001");
    long id = (long) sent[0];
    String pid = (String) sent[1];
    assertThat(h.post(DLR, form("id", pid, "status", "Buffered", "phoneNumber", "+22891000001")).statusCode()).isEqualTo(200);
    assertThat(h.outbox(id).get("status")).isEqualTo("sent");
    for (int i = 0; i < 3; i++) {
      HttpResponse<Buffer> r = h.post(DLR, form("id", pid, "status", "Success", "phoneNumber", "+22891000001"));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.bodyAsJsonObject().getBoolean("known")).isTrue();
    }
    assertThat(h.post(DLR, form("id", pid, "status", "Sent")).statusCode()).isEqualTo(200);
    assertThat(h.outbox(id).get("status")).isEqualTo("delivered");
    assertThat(alertStatus(id)).isEqualTo("delivered");
    assertThat(h.count("SELECT COUNT(*) FROM delivery_events WHERE outbox_id = ? AND provider_status = 'Success'", id))
        .isEqualTo(1);
  }

  @Test
  void failedWithBlacklistStopsTheSubscriber() {
    Object[] sent = sentAlert("+22891000002");
    long id = (long) sent[0];
    HttpResponse<Buffer> r = h.post(DLR, form("id", (String) sent[1], "status", "Failed",
        "failureReason", "UserInBlackList", "phoneNumber", "+22891000002", "retryCount", "0"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(h.outbox(id)).containsEntry("status", "failed").containsEntry("last_error", "UserInBlackList");
    assertThat(alertStatus(id)).isEqualTo("failed");
    assertThat(h.row("SELECT status FROM subscribers WHERE phone = '+22891000002'").get("status")).isEqualTo("stopped");
  }

  @Test
  void rejectedForAnotherReasonFailsButKeepsTheSubscriber() {
    Object[] sent = sentAlert("+22891000003");
    h.post(DLR, form("id", (String) sent[1], "status", "Rejected", "failureReason", "AbsentSubscriber"));
    assertThat(h.outbox((long) sent[0])).containsEntry("status", "failed");
    assertThat(h.row("SELECT status FROM subscribers WHERE phone = '+22891000003'").get("status")).isEqualTo("active");
  }

  @Test
  void badReportsGet4xxOrAHarmless200AndChangeNothing() {
    Object[] sent = sentAlert("+22891000004");
    String pid = (String) sent[1];
    long events = h.count("SELECT COUNT(*) FROM delivery_events");
    Map<String, Integer> cases = Map.of(
        "/aggregator/africastalking/dlr?secret=wrong", 403,
        "/aggregator/africastalking/dlr", 403,
        "/aggregator/africastalking/dlr?secret=" + Harness.SECRET + "x", 403);
    cases.forEach((path, status) ->
        assertThat(h.post(path, form("id", pid, "status", "Success")).statusCode()).as(path).isEqualTo(status));
    assertThat(h.post(DLR, form("status", "Success")).statusCode()).isEqualTo(400);
    assertThat(h.post(DLR, form("id", pid)).statusCode()).isEqualTo(400);
    assertThat(h.post(DLR, form("id", pid, "status", "  ")).statusCode()).isEqualTo(400);
    HttpResponse<Buffer> unknownStatus = h.post(DLR, form("id", pid, "status", "Exploded"));
    assertThat(unknownStatus.statusCode()).isEqualTo(200);
    HttpResponse<Buffer> unknownId = h.post(DLR, form("id", "ATXid_nobody", "status", "Success"));
    assertThat(unknownId.statusCode()).isEqualTo(200);
    assertThat(unknownId.bodyAsJsonObject().getBoolean("known")).isFalse();
    assertThat(h.outbox((long) sent[0]).get("status")).isEqualTo("sent");
    assertThat(h.count("SELECT COUNT(*) FROM delivery_events")).isEqualTo(events);
  }

  @Test
  void aReportThatArrivesBeforeItsSendIsSavedIsKeptAndAppliedOnceItIs() {
    long id = (long) sentAlert("+22891000009")[0];
    // As if the send's outcome were still waiting for its group commit: AT's id is not on the row yet.
    h.setProviderId(id, null);
    HttpResponse<Buffer> early = h.post(DLR, form("id", "ATXid_early", "status", "Success"));
    assertThat(early.statusCode()).isEqualTo(200);
    assertThat(early.bodyAsJsonObject().getBoolean("known")).isFalse();
    assertThat(h.outbox(id).get("status")).isEqualTo("sent");
    assertThat(h.count("SELECT COUNT(*) FROM late_reports WHERE provider_id = 'ATXid_early'")).isEqualTo(1);
    h.setProviderId(id, "ATXid_early"); // the outcome is saved
    h.waitUntil("the early report applied", () -> "delivered".equals(h.outbox(id).get("status")));
    assertThat(alertStatus(id)).isEqualTo("delivered");
    assertThat(h.count("SELECT COUNT(*) FROM late_reports WHERE provider_id = 'ATXid_early'")).isZero();
  }


  @Test
  void optOutStopsTheSubscriberAndRejectsBadInput() {
    sentAlert("+22891000005");
    assertThat(h.post("/aggregator/africastalking/optout?secret=nope", form("phoneNumber", "+22891000005")).statusCode())
        .isEqualTo(403);
    assertThat(h.row("SELECT status FROM subscribers WHERE phone = '+22891000005'").get("status")).isEqualTo("active");
    assertThat(h.post(OPTOUT, form("senderId", "JOBLINE")).statusCode()).isEqualTo(400);
    assertThat(h.post(OPTOUT, form("phoneNumber", "not a phone")).statusCode()).isEqualTo(400);
    HttpResponse<Buffer> ok = h.post(OPTOUT, form("senderId", "JOBLINE", "phoneNumber", "+22891000005"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.bodyAsJsonObject().getBoolean("stopped")).isTrue();
    assertThat(h.row("SELECT status FROM subscribers WHERE phone = '+22891000005'").get("status")).isEqualTo("stopped");
    HttpResponse<Buffer> again = h.post(OPTOUT, form("phoneNumber", "+22891000005"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.bodyAsJsonObject().getBoolean("stopped")).isFalse();
    assertThat(h.post(OPTOUT, form("phoneNumber", "+22899999999")).statusCode()).isEqualTo(200);
  }
}
