package org.jobline.sms;

import java.sql.SQLException;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;

/**
 * STOP and START. STOP stops every alert and is confirmed once: a second STOP while stopped changes
 * nothing and gets no answer. An unknown number is recorded as stopped (the opt-out is on file);
 * only an explicit new registration makes it active again.
 */
final class StopStartHandler {

  /** Stops the number; true when its status changed (and a confirmation is due). */
  static boolean stop(Turn t) throws SQLException {
    Subscriber s = t.subscriber().isPresent() ? t.subscriber().get()
        : Subscribers.findOrCreate(t.tx(), t.phone(), t.language(), "sms");
    return Subscribers.setStatus(t.tx(), s.id(), "stopped");
  }

  Reply stopCommand(Turn t) throws SQLException {
    if (!stop(t)) {
      return Reply.NONE;
    }
    return Reply.confirmation(SmsTexts.get(t.language(), "stop.ok"), t.language());
  }

  Reply start(Turn t) throws SQLException {
    String lang = t.language();
    if (t.subscriber().filter(Subscriber::registered).isEmpty()) {
      if (t.subscriber().isPresent()) {
        Subscribers.setStatus(t.tx(), t.subscriber().get().id(), "active");
      }
      return Reply.text(SmsTexts.get(lang, "profile.none"), lang);
    }
    Subscriber s = t.subscriber().get();
    if (!Subscribers.setStatus(t.tx(), s.id(), "active")) {
      return Reply.text(SmsTexts.get(lang, "start.already"), lang);
    }
    return Reply.confirmation(SmsTexts.get(lang, "start.ok"), lang);
  }
}
