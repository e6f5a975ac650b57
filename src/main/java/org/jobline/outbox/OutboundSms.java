package org.jobline.outbox;

/**
 * One SMS to queue. {@code subscriberId} and {@code vacancyId} may be null; times are epoch ms
 * ({@code notBefore} 0 means now, {@code expiresAt} null means never).
 */
public record OutboundSms(String recipient, Long subscriberId, Long vacancyId, String text, String language,
                          Kind kind, long notBefore, Long expiresAt) {

  /** Why we send it; replies and confirmations go before alerts. */
  public enum Kind {
    ALERT(0), REPLY(10), CONFIRMATION(10);

    private final int priority;

    Kind(int priority) {
      this.priority = priority;
    }

    public int priority() {
      return priority;
    }

    public String dbName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A reply or confirmation to send now, never expiring. */
  public static OutboundSms reply(String recipient, Long subscriberId, String text, String language) {
    return new OutboundSms(recipient, subscriberId, null, text, language, Kind.REPLY, 0, null);
  }
}
