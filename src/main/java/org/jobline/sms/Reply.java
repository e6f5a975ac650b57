package org.jobline.sms;

import org.jobline.outbox.OutboundSms;

/**
 * What a command handler answers: a text to queue, nothing at all (answered = 0), or "already queued"
 * when the handler queued its own message (the interest confirmation).
 */
record Reply(String text, OutboundSms.Kind kind, String language, boolean queued) {
  static final Reply NONE = new Reply(null, null, null, false);
  static final Reply QUEUED = new Reply(null, null, null, true);

  static Reply text(String text, String language) {
    return new Reply(text, OutboundSms.Kind.REPLY, language, false);
  }

  static Reply confirmation(String text, String language) {
    return new Reply(text, OutboundSms.Kind.CONFIRMATION, language, false);
  }

  boolean answered() {
    return queued || text != null;
  }
}
