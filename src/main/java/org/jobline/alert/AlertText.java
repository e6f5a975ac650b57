package org.jobline.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jobline.gsm.Gsm7;
import org.jobline.i18n.Messages;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyTag;

/**
 * The alert SMS, in one GSM-7 segment (at most 160 characters after transliteration): the ref and
 * title and its tags ("1er emploi", "Accessible"...) always, then place, employer, positions and closing date while they fit, and always how to
 * get details (INFO ref or the USSD code) and how to stop.
 */
public final class AlertText {
  public static final int MAX = Gsm7.SINGLE_GSM;
  private static final Messages TEXTS = new Messages("alert");
  private static final String SEP = ", ";
  private static final String ELLIPSIS = "...";

  private final ReferenceData referenceData;
  private final String serviceCode;
  private final String shortCode;

  public AlertText(ReferenceData referenceData, String serviceCode, String shortCode) {
    this.referenceData = referenceData;
    this.serviceCode = serviceCode;
    this.shortCode = shortCode;
  }

  public String render(String language, Vacancy v) {
    String head = clean(TEXTS.get(language, "alert.head", v.ref())) + " ";
    String tail = ". " + clean(TEXTS.get(language, "alert.tail", v.ref(), serviceCode, shortCode));
    int room = MAX - Gsm7.septets(head) - Gsm7.septets(tail);
    String tags = clean(VacancyTag.labels(language, v.tagSet()));
    String tagPart = tags.isEmpty() ? "" : SEP + tags; // always shown: the title gives way
    String title = fit(clean(v.title()).replaceAll("[.\\s]+$", ""), room - Gsm7.septets(tagPart));
    StringBuilder body = new StringBuilder(title).append(tagPart);
    for (String part : parts(language, v)) {
      if (Gsm7.septets(body.toString()) + Gsm7.septets(SEP + part) <= room) {
        body.append(SEP).append(part);
      }
    }
    return head + body + tail;
  }

  private List<String> parts(String language, Vacancy v) {
    List<String> parts = new ArrayList<>();
    String place = v.place() != null && !v.place().isBlank() ? v.place()
        : referenceData.region(v.region()).map(r -> r.name(language)).orElse(null);
    add(parts, place);
    add(parts, v.employer());
    add(parts, v.positions() > 1 ? TEXTS.get(language, "alert.positions", v.positions())
        : TEXTS.get(language, "alert.position"));
    if (v.closingDate() != null) {
      String date = LocalDate.parse(v.closingDate())
          .format(DateTimeFormatter.ofPattern(TEXTS.get(language, "alert.dateFormat")));
      add(parts, TEXTS.get(language, "alert.closing", date));
    }
    return parts;
  }

  private static void add(List<String> parts, String raw) {
    if (raw != null && !raw.isBlank()) {
      parts.add(clean(raw));
    }
  }

  /** GSM-7 only (French letters transliterated, the rest '?'), one line, single spaces. */
  static String clean(String s) {
    return Gsm7.strict(s.replaceAll("[\\r\\n\\f]+", " ")).replaceAll(" {2,}", " ").strip();
  }

  /** The text itself when it fits {@code room} septets, else cut at a word where possible, with "...". */
  static String fit(String text, int room) {
    if (Gsm7.septets(text) <= room) {
      return text;
    }
    int keep = room - ELLIPSIS.length();
    int end = Gsm7.head(text, keep).length();
    int space = text.lastIndexOf(' ', end);
    if (space > keep / 2) {
      end = space;
    }
    return text.substring(0, end).strip() + ELLIPSIS;
  }
}
