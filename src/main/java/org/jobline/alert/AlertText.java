package org.jobline.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jobline.gsm.Gsm7;
import org.jobline.i18n.Messages;
import org.jobline.refdata.Countries;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Vacancy;

/**
 * The alert SMS, in one GSM-7 segment (at most 160 characters after transliteration): the ref and
 * title and its tags ("1er emploi", "Accessible"...) always (and the country for a job abroad), then place,
 * employer, positions and closing date while they fit, and always how to get details (INFO ref or the USSD code)
 * and how to stop, then the trust line (issue 21: "Gratuit. Ne payez jamais.") and, when the title still has room
 * for {@link #MIN_TITLE_WITH_VERIFIER} characters or fits whole, who verified the offer. The body is shortened
 * first: the verifier's name goes, then the title gives way down to {@link #MIN_TITLE} characters, then the last
 * tags (a tagged job abroad with a long country name); the country and the trust line are never dropped.
 */
public final class AlertText {
  public static final int MAX = Gsm7.SINGLE_GSM;
  private static final Messages TEXTS = new Messages("alert");
  private static final String SEP = ", ";
  private static final String ELLIPSIS = "...";
  /** The verifier's name is given up before the title gets shorter than this. */
  static final int MIN_TITLE_WITH_VERIFIER = 30;
  /** The tags give way (the last first) before the title gets shorter than this. */
  static final int MIN_TITLE = 20;

  private final ReferenceData referenceData;
  private final String serviceCode;
  private final String shortCode;
  private final String verifiedBy;

  public AlertText(ReferenceData referenceData, String serviceCode, String shortCode) {
    this(referenceData, serviceCode, shortCode, "");
  }

  /** {@code verifiedBy}: who verifies offers (config trust.verifiedBy), empty for none. */
  public AlertText(ReferenceData referenceData, String serviceCode, String shortCode, String verifiedBy) {
    this.referenceData = referenceData;
    this.serviceCode = serviceCode;
    this.shortCode = shortCode;
    this.verifiedBy = verifiedBy == null ? "" : clean(verifiedBy);
  }

  public String render(String language, Vacancy v) {
    String head = clean(v.abroad()
        ? TEXTS.get(language, "alert.headAbroad", v.ref(), Countries.name(v.country(), language))
        : TEXTS.get(language, "alert.head", v.ref())) + " ";
    String trust = " " + clean(TEXTS.get(language, "alert.trust"));
    String tail = ". " + clean(TEXTS.get(language, "alert.tail", v.ref(), serviceCode, shortCode)) + "." + trust;
    String fullTitle = clean(v.title()).replaceAll("[.\\s]+$", "");
    String tagPart = tagPart(language, v, MAX - Gsm7.septets(head) - Gsm7.septets(tail),
        Math.min(MIN_TITLE, Gsm7.septets(fullTitle)));
    if (!verifiedBy.isEmpty()) {
      String named = tail + " " + clean(TEXTS.get(language, "alert.verified", verifiedBy));
      int roomNamed = MAX - Gsm7.septets(head) - Gsm7.septets(named) - Gsm7.septets(tagPart);
      String cut = roomNamed > ELLIPSIS.length() ? fit(fullTitle, roomNamed) : "";
      if (cut.equals(fullTitle) || Gsm7.septets(cut) - ELLIPSIS.length() >= MIN_TITLE_WITH_VERIFIER) {
        tail = named;
      }
    }
    int room = MAX - Gsm7.septets(head) - Gsm7.septets(tail);
    String title = fit(fullTitle, room - Gsm7.septets(tagPart));
    StringBuilder body = new StringBuilder(title).append(tagPart);
    for (String part : parts(language, v)) {
      if (Gsm7.septets(body.toString()) + Gsm7.septets(SEP + part) <= room) {
        body.append(SEP).append(part);
      }
    }
    return head + body + tail;
  }

  /**
   * The tags after the title (", 1er emploi, Accessible"): all of them while the title keeps {@code minTitle}
   * characters of {@code room}, else the last ones give way (a tagged job abroad: the country and the trust line
   * come first, and a title of a few letters tells nothing).
   */
  private static String tagPart(String language, Vacancy v, int room, int minTitle) {
    List<String> labels = new ArrayList<>(v.tagSet().stream().sorted().map(t -> clean(t.label(language))).toList());
    while (!labels.isEmpty() && room - Gsm7.septets(SEP + String.join(SEP, labels)) < minTitle) {
      labels.remove(labels.size() - 1);
    }
    return labels.isEmpty() ? "" : SEP + String.join(SEP, labels);
  }

  private List<String> parts(String language, Vacancy v) {
    List<String> parts = new ArrayList<>();
    String place = v.place() != null && !v.place().isBlank() ? v.place()
        : v.abroad() ? null // the head names the country; the region is only whom it is for
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
