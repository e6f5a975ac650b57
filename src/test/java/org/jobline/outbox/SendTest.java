package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SendTest {
  private static Claimed row(long id, String phone, String text, int priority) {
    return new Claimed(id, phone, text, 1, priority, 1, false);
  }

  @Test
  void identicalTextsShareARequestUpToTheLimitAndNeverRepeatANumber() {
    List<Claimed> rows = List.of(row(1, "+1", "reply", 10), row(2, "+2", "alert", 0), row(3, "+3", "alert", 0),
        row(4, "+2", "alert", 0), row(5, "+4", "alert", 0), row(6, "+5", "alert", 0));
    List<Send> sends = Send.group(rows, seg -> 3);
    assertThat(sends).extracting(Send::text).containsExactly("reply", "alert", "alert");
    assertThat(sends.get(0).priority()).isEqualTo(10);
    assertThat(sends.get(1).rows()).extracting(Claimed::id).containsExactly(2L, 3L);
    assertThat(sends.get(2).rows()).extracting(Claimed::id).containsExactly(4L, 5L, 6L);
    assertThat(sends.get(2).cost()).isEqualTo(3);
  }

  @Test
  void theSameNumberTwiceStartsAnotherRequestEvenAfterOneRowAndTheHighestPriorityLeads() {
    List<Send> sends = Send.group(List.of(row(1, "+1", "t", 0), row(2, "+1", "t", 5), row(3, "+2", "t", 7)), seg -> 100);
    assertThat(sends).extracting(s -> s.rows().stream().map(Claimed::id).toList()).containsExactly(List.of(1L), List.of(2L, 3L));
    assertThat(sends).extracting(Send::priority).containsExactly(0, 7);
  }
}
