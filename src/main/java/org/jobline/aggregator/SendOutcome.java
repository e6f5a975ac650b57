package org.jobline.aggregator;

/** What a route says about one recipient of a send; the retry policy reads only these kinds. */
public sealed interface SendOutcome {
  /** Taken by the aggregator; {@code providerId} matches its delivery reports. */
  record Accepted(String providerId, String providerStatus) implements SendOutcome {}

  /**
   * Worth trying again later. {@code connection} is true when the aggregator could not be reached
   * at all (refused, timeout): only those feed the circuit breaker.
   */
  record Transient(String reason, boolean connection) implements SendOutcome {}

  /** Will never succeed; {@code optOut} is true when the person refused our messages. */
  record Permanent(String reason, boolean optOut) implements SendOutcome {}

  static Transient connectionFailed(String reason) {
    return new Transient(reason, true);
  }
}
