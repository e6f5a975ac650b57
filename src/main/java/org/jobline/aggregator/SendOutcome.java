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

  /**
   * The request was, or may have been, written to the route, but no answer came (a timeout or a
   * connection lost after the body went out): the aggregator may have taken the message. It is not
   * sent again at once; the message waits 'unconfirmed' for a delivery report (issue 25). Every
   * adapter must answer this, not {@link Transient}, once any byte of the request may have left;
   * {@link Transient} with {@code connection} true is only for "never written" (refused, no route
   * to host, connect timeout, TLS handshake failed, no connection from the pool).
   */
  record Unknown(String reason) implements SendOutcome {}

  /** Will never succeed; {@code optOut} is true when the person refused our messages. */
  record Permanent(String reason, boolean optOut) implements SendOutcome {}

  static Transient connectionFailed(String reason) {
    return new Transient(reason, true);
  }

  /** See {@link Unknown}. */
  static Unknown maybeWritten(String reason) {
    return new Unknown(reason);
  }
}
