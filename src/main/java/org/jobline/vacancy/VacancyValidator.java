package org.jobline.vacancy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jobline.refdata.Named;
import org.jobline.refdata.ReferenceData;
import org.jobline.text.Fold;

/** Checks a vacancy's fields one by one; the first bad field becomes a {@link ValidationException}. */
public final class VacancyValidator {
  static final int MAX_TITLE = 120;
  static final int MAX_EMPLOYER = 100;
  static final int MAX_PLACE = 80;
  static final int MAX_CONTACT = 300;
  static final int MAX_DESCRIPTION = 4000;
  static final int MAX_POSITIONS = 10_000;

  private final ReferenceData referenceData;
  private final ZoneId zone;
  private final Clock clock;

  public VacancyValidator(ReferenceData referenceData, ZoneId zone, Clock clock) {
    this.referenceData = referenceData;
    this.zone = zone;
    this.clock = clock;
  }

  /**
   * Validates a complete set of fields. {@code given} is what the caller sent: a closing date is
   * refused in the past only when it is being set now.
   */
  public VacancyFields validate(VacancyInput in, VacancyInput given) {
    String title = required("title", in.title(), 3, MAX_TITLE);
    String employer = required("employer", in.employer(), 2, MAX_EMPLOYER);
    String trade = resolve("trade", in.trade(), referenceData.trades());
    String region = resolve("region", in.region(), referenceData.regions());
    String place = optional("place", in.place(), MAX_PLACE);
    String contact = optional("contact", in.contact(), MAX_CONTACT);
    String description = optional("description", in.description(), MAX_DESCRIPTION);
    int positions = in.positions() == null ? 1 : in.positions();
    if (positions < 1 || positions > MAX_POSITIONS) {
      throw new ValidationException("positions", "positions must be between 1 and " + MAX_POSITIONS);
    }
    String closing = closingDate(in.closingDate(), given.closingDate() != null);
    return new VacancyFields(title, description, trade, region, place, employer, contact, positions, closing);
  }

  /** Today in the deployment's time zone. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private String closingDate(String raw, boolean settingNow) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      if (!raw.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("format", raw, 0);
      }
      date = LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException("closingDate", "closingDate must be a date written YYYY-MM-DD");
    }
    if (settingNow && date.isBefore(today())) {
      throw new ValidationException("closingDate", "closingDate " + date + " is in the past");
    }
    if (settingNow && date.isAfter(today().plusYears(1))) {
      throw new ValidationException("closingDate", "closingDate must be within a year");
    }
    return date.toString();
  }

  private static String required(String field, String raw, int min, int max) {
    String v = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (v.isEmpty()) {
      throw new ValidationException(field, field + " is required");
    }
    if (v.length() < min || v.length() > max) {
      throw new ValidationException(field, field + " must be " + min + " to " + max + " characters long");
    }
    return v;
  }

  private static String optional(String field, String raw, int max) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.strip();
    if (v.length() > max) {
      throw new ValidationException(field, field + " must be at most " + max + " characters long");
    }
    return v;
  }

  /** A code (any case) or a French/English name or synonym (accent-insensitive) -> the code. */
  private static <T extends Named> String resolve(String field, String raw, List<T> entries) {
    if (raw == null || raw.isBlank()) {
      throw new ValidationException(field, field + " is required (a code or a name)");
    }
    String folded = Fold.fold(raw);
    Optional<T> hit = entries.stream().filter(e -> e.code().equalsIgnoreCase(raw.strip())).findFirst()
        .or(() -> entries.stream().filter(e -> Fold.fold(e.nameFr()).equals(folded)
            || Fold.fold(e.nameEn()).equals(folded)).findFirst())
        .or(() -> entries.stream().filter(e -> e.synonyms().contains(folded)).findFirst());
    return hit.map(Named::code).orElseThrow(() ->
        new ValidationException(field, "unknown " + field + " '" + raw.strip() + "' (use a code or a name from the reference list)"));
  }
}
