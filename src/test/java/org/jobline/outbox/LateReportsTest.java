package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import org.jobline.aggregator.DeliveryStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery reports that come before their message's outcome is saved: kept in the database,
 * applied once a sent message carries their id, a restart in between included.
 */
class LateReportsTest {
  private static final String DLR = "/aggregator/africastalking/dlr?secret=" + Harness.SECRET;
  @TempDir
  Path tmp;
  private Harness h;

  @BeforeEach
  void start() {
    h = new Harness(tmp).startStub().startGateway(null, Harness.env());
  }

  @AfterEach
  void stop() {
    h.close();
  }

  /** A sent alert whose provider id is taken off again, as if its outcome were not saved yet; returns the outbox id. */
  private long sentButNotYetSaved(String phone) {
    long id = h.subscriberWithAlert(phone, "Offre " + phone);
    h.waitUntil("sent", () -> "sent".equals(h.outbox(id).get("status")));
    h.setProviderId(id, null);
    return id;
  }


  private HttpResponse<Buffer> report(String id, String status, String failureReason) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("id", id).add("status", status);
    if (failureReason != null) {
      form.add("failureReason", failureReason);
    }
    return h.post(DLR, form);
  }

  @Test
  void aReportKeptBeforeARestartIsAppliedAfterItAtTheTimeItCame() {
    long id = sentButNotYetSaved("+22891100001");
    HttpResponse<Buffer> early = report("ATXid_early", "Success", null);
    assertThat(early.statusCode()).isEqualTo(200);
    assertThat(early.bodyAsJsonObject().getBoolean("known")).isFalse();
    long came = ((Number) h.row("SELECT received_at FROM late_reports WHERE provider_id = 'ATXid_early'")
        .get("received_at")).longValue();

    h.stopGateway();
    h.startGateway(null, Harness.env());
    h.setProviderId(id, "ATXid_early"); // the outcome is saved

    h.waitUntil("the kept report applied", () -> "delivered".equals(h.outbox(id).get("status")));
    assertThat(h.row("SELECT status FROM alerts WHERE outbox_id = ?", id).get("status")).isEqualTo("delivered");
    assertThat(h.row("SELECT created_at FROM delivery_events WHERE outbox_id = ? AND status = 'delivered'", id)
        .get("created_at")).isEqualTo(came);
    assertThat(h.count("SELECT COUNT(*) FROM late_reports")).isZero();
  }

  @Test
  void anIdenticalRepeatIsKeptOnceAndAnOptOutReasonStopsTheSubscriberWhenApplied() {
    long id = sentButNotYetSaved("+22891100002");
    report("ATXid_optout", "Failed", "UserInBlacklist");
    report("ATXid_optout", "Failed", "UserInBlacklist");
    assertThat(h.count("SELECT COUNT(*) FROM late_reports WHERE provider_id = 'ATXid_optout'")).isEqualTo(1);
    assertThat(h.row("SELECT status FROM subscribers WHERE phone = ?", "+22891100002").get("status")).isEqualTo("active");

    h.setProviderId(id, "ATXid_optout");

    h.waitUntil("the kept failure applied", () -> "failed".equals(h.outbox(id).get("status")));
    assertThat(h.row("SELECT status FROM subscribers WHERE phone = ?", "+22891100002").get("status")).isEqualTo("stopped");
    assertThat(h.count("SELECT COUNT(*) FROM delivery_events WHERE outbox_id = ? AND status = 'failed'", id)).isEqualTo(1);
  }

  @Test
  void aReportWhoseMessageNeverComesIsDroppedAfterADay() {
    long now = System.currentTimeMillis();
    LateReports.Sweep sweep = Harness.await(h.store().write(tx -> {
      LateReports.keep(tx, "ATXid_old", DeliveryStatus.DELIVERED, "Success", null, false, now - LateReports.KEEP_MS - 1);
      LateReports.keep(tx, "ATXid_recent", DeliveryStatus.DELIVERED, "Success", null, false, now - LateReports.KEEP_MS + 60_000);
      return LateReports.sweep(tx, now);
    }));
    assertThat(sweep).isEqualTo(new LateReports.Sweep(0, 1));
    assertThat(h.rows("SELECT provider_id FROM late_reports")).extracting(r -> r.get("provider_id")).containsExactly("ATXid_recent");
  }
}
