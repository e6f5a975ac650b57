package org.jobline.vacancy;

import java.sql.SQLException;
import org.jobline.i18n.Messages;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscriber;

/**
 * "I am interested": records the interest once and, the first time only, queues the SMS with the
 * contact details, in the caller's transaction. Shared by the USSD and SMS channels.
 */
public final class Interests {
  private static final Messages TEXTS = new Messages("common");
  private final Outbox outbox;

  public Interests(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Returns true when the interest is new (and the contact SMS was queued). */
  public boolean record(Tx tx, Subscriber s, Vacancy v, String channel) throws SQLException {
    boolean fresh = Vacancies.recordInterest(tx, s.id(), v.id(), channel);
    if (fresh) {
      outbox.enqueue(tx, new OutboundSms(s.phone(), s.id(), v.id(), contactText(s.language(), v), s.language(),
          OutboundSms.Kind.CONFIRMATION, 0, null));
    }
    return fresh;
  }

  static String contactText(String language, Vacancy v) {
    String contact = v.contact() == null || v.contact().isBlank()
        ? TEXTS.get(language, "interest.noContact") : v.contact();
    return TEXTS.get(language, "interest.sms", v.ref(), v.title(), v.employer(), contact);
  }
}
