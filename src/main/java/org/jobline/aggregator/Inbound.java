package org.jobline.aggregator;

import io.vertx.core.Future;
import java.util.Locale;

/**
 * The one sink the core implements and every route calls with channel-neutral records. May be
 * called from any thread (an event loop of an HTTP callback, a route's own socket or serial
 * thread). Futures fail only on a store error; bad input is the route's to refuse before calling.
 */
public interface Inbound {
  /** A text from a phone: recorded once per (route, provider id), answered through the outbox. */
  Future<SmsResult> sms(IncomingSms sms);

  /**
   * A delivery report. True when a message carries its provider id; false when none does yet: the
   * report is then kept and applied once its message is saved (the late-report rule lives here, once).
   */
  Future<Boolean> report(DeliveryReport report);

  /** The person refused our messages (an aggregator's opt-out list): stops them. True when a subscriber stopped. */
  Future<Boolean> optOut(OptOut optOut);

  /** One USSD turn: the screen to show, which the route frames in its own wire format. */
  Future<UssdScreen> ussd(UssdTurn turn);

  /** An incoming SMS. {@code phone} is E.164 (the route normalises it); {@code to} our short code, may be null. */
  record IncomingSms(String route, String providerId, String phone, String text, String to, long receivedAtMs) {}

  /**
   * A delivery report for the message the route accepted with {@code providerId}; {@code providerStatus}
   * the route's own word (kept on the delivery event), {@code reason} a failure reason or null,
   * {@code optOut} true when the reason means the person refused our messages. {@code phone} (E.164,
   * null if the route does not say) and {@code messageId} (our outbox id, for routes that carry it
   * back, e.g. Kannel's dlr-url or an SMPP message id once known; else null) let a report confirm a
   * message whose send was never answered (issue 25): exactly by {@code messageId}, else by route,
   * phone and time.
   */
  record DeliveryReport(String route, String providerId, DeliveryStatus status, String providerStatus, String reason,
                        boolean optOut, long atMs, String phone, Long messageId) {
    /** A report that names neither the phone nor our message id. */
    public DeliveryReport(String route, String providerId, DeliveryStatus status, String providerStatus, String reason,
                          boolean optOut, long atMs) {
      this(route, providerId, status, providerStatus, reason, optOut, atMs, null, null);
    }
  }

  /** An opt-out notice for an E.164 number. */
  record OptOut(String route, String phone) {}

  /**
   * One USSD request: {@code text} is every input so far joined with '*' (empty on the first
   * request), {@code phone} E.164.
   */
  record UssdTurn(String route, String sessionId, String phone, String text, String serviceCode) {}

  /** A USSD screen: its text, and whether the session ends with it. */
  record UssdScreen(String text, boolean end) {}

  /** What became of an incoming SMS. */
  enum SmsResult {
    ANSWERED, UNANSWERED, RATE_LIMITED, DUPLICATE;

    /** The lower-case word routes may echo in their answer ("answered"). */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
