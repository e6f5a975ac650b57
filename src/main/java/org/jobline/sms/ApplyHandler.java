package org.jobline.sms;

import java.sql.SQLException;
import java.util.Optional;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Interests;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;

/**
 * POSTULER / APPLY / INTERESSE ref: records the interest once. The first time, the contact SMS that
 * {@link Interests} queues is the answer; a repeat gets a short reminder with the contact.
 */
final class ApplyHandler implements CommandHandler {
  private final Interests interests;

  ApplyHandler(Interests interests) {
    this.interests = interests;
  }

  @Override
  public Reply handle(Turn t) throws SQLException {
    String lang = t.language();
    String ref = t.command().arg();
    if (ref == null) {
      return Reply.text(SmsTexts.get(lang, "apply.needRef"), lang);
    }
    Optional<Vacancy> v = Vacancies.byRef(t.tx(), ref).filter(Vacancy::open);
    if (v.isEmpty()) {
      return Reply.text(SmsTexts.get(lang, "info.notFound", ref), lang);
    }
    Subscriber s = t.subscriber().isPresent() ? t.subscriber().get()
        : Subscribers.findOrCreate(t.tx(), t.phone(), lang, "sms");
    if (interests.record(t.tx(), s, v.get(), "sms")) {
      return Reply.QUEUED;
    }
    String contact = v.get().contact() == null || v.get().contact().isBlank()
        ? SmsTexts.get(lang, "info.noContact") : v.get().contact();
    return Reply.text(SmsTexts.get(lang, "apply.already", v.get().ref(), contact), lang);
  }
}
