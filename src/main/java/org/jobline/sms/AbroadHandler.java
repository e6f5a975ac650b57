package org.jobline.sms;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jobline.abroad.AbroadOptIns;
import org.jobline.gsm.Gsm7;
import org.jobline.i18n.Messages;
import org.jobline.migration.MigrationTexts;
import org.jobline.migration.Recruiter;
import org.jobline.migration.Recruiters;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;

/** ETRANGER OUI|NON (offers abroad), MIGRATION [n] (the agency's safe-migration screens), VERIF (the registry). */
final class AbroadHandler {
  static final Messages TEXTS = new Messages("abroad");
  private static final int SHOWN = 3;
  private final MigrationTexts migration;

  AbroadHandler(MigrationTexts migration) {
    this.migration = migration;
  }

  Reply abroad(Turn t) throws SQLException {
    String lang = t.language();
    String want = t.command().arg();
    if (want == null) {
      boolean on = t.subscriber().isPresent() && AbroadOptIns.optedIn(t.tx(), t.subscriber().get().id());
      return Reply.text(TEXTS.get(lang, "abroad.need", TEXTS.get(lang, on ? "abroad.now.on" : "abroad.now.off")), lang);
    }
    Subscriber s = t.subscriber().isPresent() ? t.subscriber().get()
        : Subscribers.findOrCreate(t.tx(), t.phone(), lang, "sms");
    boolean on = want.equals("on");
    AbroadOptIns.set(t.tx(), s.id(), on, "sms", t.now());
    return Reply.confirmation(TEXTS.get(lang, on ? "abroad.on" : "abroad.off"), lang);
  }

  Reply migration(Turn t) {
    String lang = t.language();
    Optional<MigrationTexts.Topic> topic = t.command().arg() == null ? Optional.empty()
        : migration.topic(lang, Integer.parseInt(t.command().arg()));
    return Reply.text(topic.map(MigrationTexts.Topic::text).orElseGet(() -> migration.intro(lang)), lang);
  }

  Reply verify(Turn t) throws SQLException {
    String lang = t.language();
    String query = String.join(" ", t.command().args());
    if (query.isBlank()) {
      return Reply.text(TEXTS.get(lang, "verif.need"), lang);
    }
    List<Recruiter> found = Recruiters.find(t.tx(), query, SHOWN + 1);
    if (found.isEmpty()) {
      return Reply.text(fitted(lang, "verif.notFound", query, ""), lang);
    }
    if (found.size() == 1) {
      Recruiter r = found.get(0);
      return Reply.text(fitted(lang, "verif.licensed", r.name(), Gsm7.cut(r.licence(), 24, ".")), lang);
    }
    String names = found.stream().limit(SHOWN).map(r -> Gsm7.cut(r.name(), 28, ".") + " (" + Gsm7.cut(r.licence(), 16, ".") + ")")
        .collect(Collectors.joining(", "));
    return Reply.text(fitted(lang, "verif.several", names, ""), lang);
  }

  /** The text with {@code name} cut so that the whole fits one GSM-7 SMS (160 septets once transliterated). */
  private static String fitted(String lang, String key, String name, String licence) {
    int fixed = Gsm7.septets(Gsm7.strict(TEXTS.get(lang, key, "", licence)));
    String gsm = Gsm7.strict(name.strip());
    return TEXTS.get(lang, key, Gsm7.cut(gsm, Math.max(8, Gsm7.SINGLE_GSM - fixed), "."), licence);
  }
}
