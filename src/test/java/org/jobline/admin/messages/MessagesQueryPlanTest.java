package org.jobline.admin.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jobline.store.QueryPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The messages page lists each status over an index in the order it shows, without sorting the outbox. */
class MessagesQueryPlanTest {
  @RegisterExtension
  static final QueryPlans plans = new QueryPlans();

  @Test
  void unfinishedAndFailedMessagesComeFromTheirPartialIndexes() throws Exception {
    for (String status : new String[] {"queued", "sending", "failed", "expired"}) {
      String sql = MessagesSql.list(status);
      assertThat(plans.readsWholeOutbox(sql)).as(status + " " + plans.plan(sql)).isFalse();
    }
    assertThat(plans.plan(MessagesSql.list("failed"))).anyMatch(line -> line.contains("outbox_ended_badly"))
        .noneMatch(line -> line.contains("TEMP B-TREE"));
    assertThat(plans.readsWholeOutbox(MessagesSql.RETRY_ALL)).isFalse();
  }

  @Test
  void sentAndDeliveredMessagesComeNewestFirstAlongTheTableWithoutASort() throws Exception {
    for (String status : new String[] {"sent", "delivered"}) {
      assertThat(plans.plan(MessagesSql.list(status))).as(status).noneMatch(line -> line.contains("TEMP B-TREE"));
    }
  }

  @Test
  void perVacancyCountsUseTheVacancyIndexNotTheKindIndex() throws Exception {
    assertThat(plans.plan(MessagesSql.PER_VACANCY)).as(String.join("\n", plans.plan(MessagesSql.PER_VACANCY)))
        .noneMatch(line -> line.contains("outbox_by_kind_created"))
        .anyMatch(line -> line.contains("outbox_by_vacancy"));
  }

  @Test
  void anUnknownStatusIsRefusedBeforeItReachesTheSql() {
    assertThatThrownBy(() -> MessagesSql.list("sent' OR 1=1 --")).isInstanceOf(IllegalArgumentException.class);
  }
}
