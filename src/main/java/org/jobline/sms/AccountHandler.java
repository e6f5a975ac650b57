package org.jobline.sms;

import java.sql.SQLException;
import java.util.Optional;
import org.jobline.refdata.ReferenceData;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;

/** PROFIL / PROFILE and LANGUE / LANG: show the profile, change the language of every later SMS. */
final class AccountHandler {
  private final ReferenceData refs;

  AccountHandler(ReferenceData refs) {
    this.refs = refs;
  }

  Reply profile(Turn t) {
    String lang = t.language();
    Optional<Subscriber> s = t.subscriber().filter(Subscriber::registered);
    if (s.isEmpty()) {
      return Reply.text(SmsTexts.get(lang, "profile.none"), lang);
    }
    String trades = String.join(", ", s.get().trades().stream()
        .map(code -> refs.trade(code).map(x -> x.name(lang)).orElse(code)).toList());
    String region = Subscriber.ALL_REGIONS.equals(s.get().region()) ? SmsTexts.get(lang, "allRegions")
        : refs.region(s.get().region()).map(r -> r.name(lang)).orElse(s.get().region());
    String alerts = SmsTexts.get(lang, s.get().active() ? "profile.active" : "profile.stopped");
    return Reply.text(SmsTexts.get(lang, "profile.show", trades, region, alerts), lang);
  }

  Reply language(Turn t) throws SQLException {
    String wanted = t.command().arg();
    if (wanted == null) {
      return Reply.text(SmsTexts.get(t.language(), "language.need"), t.language());
    }
    Subscriber s = t.subscriber().isPresent() ? t.subscriber().get()
        : Subscribers.findOrCreate(t.tx(), t.phone(), wanted, "sms");
    Subscribers.setLanguage(t.tx(), s.id(), wanted);
    return Reply.confirmation(SmsTexts.get(wanted, "language.set"), wanted);
  }
}
