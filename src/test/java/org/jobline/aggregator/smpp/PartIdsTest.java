package org.jobline.aggregator.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A receipt for a later part can come before the submitter has remembered that part's id (the SMSC
 * answers submit_sm and sends the receipt while our thread has not run yet): it waits for the id, so a
 * failed later part fails its message instead of becoming a report for an unknown id.
 */
class PartIdsTest {
  @Test
  void aReceiptThatComesBeforeItsPartIsRememberedWaitsForIt() {
    PartIds ids = new PartIds();
    List<String> seen = new ArrayList<>();
    ids.expectLater();
    ids.whenKnown("B", () -> seen.add("B is part of " + ids.firstOf("B")));
    assertThat(seen).as("held while the later part's id is unknown").isEmpty();

    ids.remember(List.of("A", "B"));
    ids.laterDone();
    assertThat(seen).containsExactly("B is part of A");
  }

  @Test
  void receiptsGoAtOnceWhenNoLaterPartIsInFlightOrTheIdIsKnown() {
    PartIds ids = new PartIds();
    List<String> seen = new ArrayList<>();
    ids.whenKnown("X", () -> seen.add("X"));
    ids.remember(List.of("A", "B"));
    ids.expectLater();
    ids.whenKnown("B", () -> seen.add("B"));
    assertThat(seen).containsExactly("X", "B");
    ids.laterDone();
    assertThat(seen).containsExactly("X", "B");
  }

  @Test
  void aFailedLaterSubmitReleasesTheReceiptsItHeld() {
    PartIds ids = new PartIds();
    List<String> seen = new ArrayList<>();
    ids.expectLater();
    ids.whenKnown("Q", () -> seen.add("Q"));
    ids.laterDone(); // the part's submit failed: nothing to remember
    assertThat(seen).containsExactly("Q");
  }
}
