package org.jobline.sms;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jobline.gsm.Gsm7;
import org.jobline.refdata.ReferenceData;
import org.jobline.subscriber.Subscriber;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;

/** OFFRES / JOBS: up to three open vacancies matching the profile, newest first, with their refs. */
final class OffersHandler implements CommandHandler {
  static final int MAX_OFFERS = 3;
  private static final int TITLE_CHARS = 32;
  private final ReferenceData refs;

  OffersHandler(ReferenceData refs) {
    this.refs = refs;
  }

  @Override
  public Reply handle(Turn t) throws SQLException {
    String lang = t.language();
    Optional<Subscriber> s = t.subscriber().filter(Subscriber::registered);
    if (s.isEmpty()) {
      return Reply.text(SmsTexts.get(lang, "offers.notRegistered"), lang);
    }
    boolean abroad = org.jobline.abroad.AbroadOptIns.optedIn(t.tx(), s.get().id());
    List<Vacancy> found = Vacancies.allOpen(t.tx()).stream()
        .filter(v -> Vacancies.matches(v, s.get().region(), s.get().trades(), abroad))
        .limit(MAX_OFFERS)
        .toList();
    if (found.isEmpty()) {
      return Reply.text(SmsTexts.get(lang, "offers.none"), lang);
    }
    String lines = found.stream().map(v -> line(v, lang)).collect(Collectors.joining("; "));
    return Reply.text(SmsTexts.get(lang, "offers.list", lines), lang);
  }

  private String line(Vacancy v, String lang) {
    String where = v.abroad() ? org.jobline.refdata.Countries.name(v.country(), lang)
        : v.place() != null && !v.place().isBlank() ? v.place()
        : refs.region(v.region()).map(r -> r.name(lang)).orElse(v.region());
    return v.ref() + " " + shorten(v.title(), TITLE_CHARS) + " (" + shorten(where, 16) + ")";
  }

  static String shorten(String s, int max) {
    String one = s.strip().replaceAll("\\s+", " ");
    return Gsm7.cut(one, max, ".");
  }
}
