package org.jobline.outbox;

import java.util.function.Supplier;
import org.jobline.outbox.routing.ClaimFilter;

/**
 * What one route's dispatcher claims: the routing filter of the moment, the cost per segment it
 * writes on the rows it claims (null: keep the cost set at enqueue), and whether it is the one that
 * puts rows left 'sending' by a crash back in the queue (exactly one dispatcher does, before any claims).
 */
public record ClaimTerms(Supplier<ClaimFilter> filter, Double costPerSegment, boolean recoverAtStart) {
  /** One route for everything: claims every due row, as before routing. */
  public static ClaimTerms everything() {
    return new ClaimTerms(ClaimFilter::everything, null, true);
  }
}
