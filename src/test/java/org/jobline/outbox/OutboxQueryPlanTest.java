package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobline.store.QueryPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dispatcher's queries walk the small partial indexes of V5 (waiting, in-flight), never the
 * whole outbox, which holds every message ever sent.
 */
class OutboxQueryPlanTest {
  @RegisterExtension
  static final QueryPlans plans = new QueryPlans();

  @Test
  void claimingWalksTheQueueIndexInPriorityOrder() throws Exception {
    for (String sql : new String[] {OutboxSql.CLAIM, OutboxSql.CLAIM_NO_ALERTS}) {
      assertThat(plans.plan(sql)).as(sql).anyMatch(line -> line.contains("outbox_due"))
          .noneMatch(line -> line.contains("TEMP B-TREE"));
      assertThat(plans.readsWholeOutbox(sql)).as(sql).isFalse();
    }
  }

  @Test
  void recoveryAndQueueDepthReadOnlyWaitingAndInFlightRows() throws Exception {
    for (String sql : new String[] {OutboxSql.RECOVER, OutboxSql.RECOVER_EVENTS, OutboxSql.DEPTH}) {
      assertThat(plans.readsWholeOutbox(sql)).as(sql + " " + plans.plan(sql)).isFalse();
    }
    assertThat(plans.plan(OutboxSql.RECOVER)).anyMatch(line -> line.contains("outbox_sending"));
  }

  @Test
  void savingAcceptedRowsLooksEachUpByIdFromTheList() throws Exception {
    assertThat(plans.readsWholeOutbox(OutboxSql.MARK_SENT)).as(plans.plan(OutboxSql.MARK_SENT).toString()).isFalse();
    assertThat(plans.plan(OutboxSql.MARK_SENT)).anyMatch(line -> line.contains("SCAN j"));
    assertThat(plans.plan(OutboxSql.ALERTS_SENT)).anyMatch(line -> line.contains("alerts_by_outbox"))
        .noneMatch(line -> line.matches(".*SCAN alerts\\b.*"));
  }

  @Test
  void aDeliveryReportFindsItsMessageByProviderId() throws Exception {
    assertThat(plans.plan(OutboxSql.BY_PROVIDER_ID)).anyMatch(line -> line.contains("outbox_by_provider_id"));
  }

  @Test
  void keptReportsLookTheirMessageUpByProviderId() throws Exception {
    assertThat(plans.readsWholeOutbox(LateReports.DUE)).as(plans.plan(LateReports.DUE).toString()).isFalse();
    assertThat(plans.plan(LateReports.DUE)).anyMatch(line -> line.contains("outbox_by_provider_id"));
  }

  @Test
  void unconfirmedMessagesAreFoundOverTheirPartialIndexes() throws Exception {
    for (String sql : new String[] {OutboxSql.UNCONFIRMED_COUNT, OutboxSql.UNCONFIRMED_FOR_PHONE, OutboxSql.CONFIRM_WAIT_OVER,
        OutboxSql.REPORT_WAIT_OVER, OutboxSql.MARK_UNCONFIRMED, OutboxSql.CONFIRM, OutboxSql.RESEND, LateReports.CONFIRMING}) {
      assertThat(plans.readsWholeOutbox(sql)).as(sql + " " + plans.plan(sql)).isFalse();
    }
    assertThat(plans.plan(OutboxSql.UNCONFIRMED_FOR_PHONE)).anyMatch(line -> line.contains("outbox_unconfirmed"));
    assertThat(plans.plan(OutboxSql.REPORT_WAIT_OVER)).anyMatch(line -> line.contains("outbox_awaiting_report"));
  }

  @Test
  void theCheckCatchesAWholeTableRead() throws Exception {
    assertThat(plans.readsWholeOutbox("SELECT COUNT(*) FROM outbox WHERE status IN ('queued', 'sending')")).isTrue();
    assertThat(plans.readsWholeOutbox("SELECT id FROM outbox o WHERE o.last_error = 'x'")).isTrue();
  }
}
