package org.jobline.sms;

import java.sql.SQLException;
import java.util.Optional;
import org.jobline.gsm.Gsm7;
import org.jobline.outbox.Outbox;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;

/** INFO / DETAILS ref: one open vacancy in full, the description trimmed so the SMS stays within two segments. */
final class VacancyInfoHandler implements CommandHandler {
  static final int MAX_SEGMENTS = 2;
  /** No more than two segments' worth of description is ever worth trimming word by word. */
  private static final int MAX_DESCRIPTION = 2 * 153;
  private final ReferenceData refs;
  private final Outbox outbox;

  VacancyInfoHandler(ReferenceData refs, Outbox outbox) {
    this.refs = refs;
    this.outbox = outbox;
  }

  @Override
  public Reply handle(Turn t) throws SQLException {
    String lang = t.language();
    String ref = t.command().arg();
    if (ref == null) {
      return Reply.text(SmsTexts.get(lang, "info.needRef"), lang);
    }
    Optional<Vacancy> v = Vacancies.byRef(t.tx(), ref).filter(Vacancy::open);
    if (v.isEmpty()) {
      return Reply.text(SmsTexts.get(lang, "info.notFound", ref), lang);
    }
    return Reply.text(fit(v.get(), lang), lang);
  }

  /** The full text, with the description cut (word by word, then hard) until it fits. */
  String fit(Vacancy v, String lang) {
    String description = v.description() == null ? "" : v.description().strip().replaceAll("\\s+", " ");
    if (description.length() > MAX_DESCRIPTION) {
      description = description.substring(0, MAX_DESCRIPTION);
    }
    String text = render(v, lang, description);
    while (!fits(text) && !description.isEmpty()) {
      int cut = description.lastIndexOf(' ', description.length() - 2);
      description = cut > 0 ? description.substring(0, cut) : "";
      text = render(v, lang, description.isEmpty() ? "" : description + "...");
    }
    while (!fits(text)) {
      text = text.substring(0, text.length() - 4) + "...";
    }
    return text;
  }

  private boolean fits(String text) {
    return Gsm7.cost(outbox.prepare(text)).segments() <= MAX_SEGMENTS;
  }

  private String render(Vacancy v, String lang, String description) {
    String where = v.abroad() ? org.jobline.refdata.Countries.name(v.country(), lang)
        : refs.region(v.region()).map(r -> r.name(lang)).orElse(v.region());
    if (v.place() != null && !v.place().isBlank()) {
      where = v.place().strip() + " (" + where + ")";
    }
    String closing = v.closingDate() == null ? SmsTexts.get(lang, "info.noDate") : v.closingDate();
    String contact = v.contact() == null || v.contact().isBlank() ? SmsTexts.get(lang, "info.noContact") : v.contact();
    String desc = description.isEmpty() ? "" : (description.endsWith(".") || description.endsWith("...")
        ? description : description + ".");
    String tags = org.jobline.vacancy.VacancyTag.labels(lang, v.tagSet());
    String title = tags.isEmpty() ? v.title().strip() : v.title().strip() + " (" + tags + ")";
    return SmsTexts.get(lang, "info.full", v.ref(), title, v.employer().strip(), where,
        v.positions(), closing, desc, contact).replace(". . ", ". ").replace("  ", " ");
  }
}
