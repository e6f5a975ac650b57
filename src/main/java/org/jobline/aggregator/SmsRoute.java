package org.jobline.aggregator;

import io.vertx.core.Future;
import java.util.List;

/**
 * The aggregator port: one route that carries SMS out. A route sends one text to one or more
 * recipients and answers one {@link SendOutcome} per recipient, in the order given. The future
 * never fails: every failure is an outcome.
 */
public interface SmsRoute {
  /** Short name stored on each outbox row ("africastalking"). */
  String name();

  /** How many recipients one request may carry (1 for routes without bulk sending). */
  int maxRecipients();

  Future<List<SendOutcome>> send(String text, List<Recipient> to);

  /**
   * Asks the aggregator whether it answers, without sending an SMS (the breaker's probe when
   * nothing is queued). Completes with true or false, or null when the route has no such request.
   */
  default Future<Boolean> reachable() {
    return Future.succeededFuture(null);
  }

  /** Releases the route's HTTP clients or connections. */
  default Future<Void> close() {
    return Future.succeededFuture();
  }
}
