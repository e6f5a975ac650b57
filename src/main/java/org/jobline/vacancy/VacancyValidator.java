package org.jobline.vacancy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobline.refdata.Named;
import org.jobline.refdata.ReferenceData;
import org.jobline.text.Fold;

/** Checks a vacancy's fields; every bad field is reported in one {@link ValidationException}. */
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
  /** The deployment's country (locale.country): a vacancy there is stored without a country. */
  private final String homeCountry;

  public VacancyValidator(ReferenceData referenceData, ZoneId zone, Clock clock) {
    this(referenceData, zone, clock, "TG");
  }

  public VacancyValidator(ReferenceData referenceData, ZoneId zone, Clock clock, String homeCountry) {
    this.referenceData = referenceData;
    this.zone = zone;
    this.clock = clock;
    this.homeCountry = homeCountry == null ? null : homeCountry.strip().toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Validates a complete set of fields and reports every bad one at once. {@code given} is what the
   * caller sent: a closing date is refused in the past only when it is being set now.
   */
  public VacancyFields validate(VacancyInput in, VacancyInput given) {
    List<FieldError> errors = new ArrayList<>();
    String title = required("title", in.title(), 3, MAX_TITLE, errors);
    String employer = required("employer", in.employer(), 2, MAX_EMPLOYER, errors);
    String trade = resolve("trade", in.trade(), referenceData.trades(), errors);
    String region = resolve("region", in.region(), referenceData.regions(), errors);
    String place = optional("place", in.place(), MAX_PLACE, errors);
    String contact = optional("contact", in.contact(), MAX_CONTACT, errors);
    String description = optional("description", in.description(), MAX_DESCRIPTION, errors);
    int positions = in.positions() == null ? 1 : in.positions();
    if (positions < 1 || positions > MAX_POSITIONS) {
      errors.add(new FieldError("positions", "positionsRange", MAX_POSITIONS));
    }
    String closing = closingDate(in.closingDate(), given.closingDate() != null, errors);
    String tags = tags(in.tags(), errors);
    String country = country(in.country(), errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new VacancyFields(title, description, trade, region, place, employer, contact, positions, closing, tags,
        country);
  }

  /** A country of work (ISO code or name) -> its code, or null for the deployment's own country or a blank. */
  public String country(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Optional<String> code = org.jobline.refdata.Countries.resolve(raw);
    if (code.isEmpty()) {
      errors.add(new FieldError("country", "unknownCountry", raw.strip()));
      return null;
    }
    return code.get().equals(homeCountry) ? null : code.get();
  }

  /** Today in the deployment's time zone. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private String closingDate(String raw, boolean settingNow, List<FieldError> errors) {
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
      errors.add(new FieldError("closingDate", "dateFormat"));
      return null;
    }
    if (settingNow && date.isBefore(today())) {
      errors.add(new FieldError("closingDate", "datePast", date));
    } else if (settingNow && date.isAfter(today().plusYears(1))) {
      errors.add(new FieldError("closingDate", "dateTooFar"));
    }
    return date.toString();
  }

  /** Tag codes (any case) separated by commas, semicolons or spaces; an unknown one is named in the error. */
  private static String tags(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    java.util.Set<VacancyTag> tags = java.util.EnumSet.noneOf(VacancyTag.class);
    for (String part : raw.strip().split("[,;\\s]+")) {
      Optional<VacancyTag> tag = VacancyTag.byCode(part);
      if (tag.isEmpty()) {
        String shown = part.length() > 30 ? part.substring(0, 30) + "..." : part;
        errors.add(new FieldError("tags", "unknownTag", shown, String.join(", ", VacancyTag.codes())));
        return "";
      }
      tags.add(tag.get());
    }
    return VacancyTag.format(tags);
  }

  private static String required(String field, String raw, int min, int max, List<FieldError> errors) {
    String v = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (v.isEmpty()) {
      errors.add(new FieldError(field, "required"));
    } else if (v.length() < min || v.length() > max) {
      errors.add(new FieldError(field, "length", min, max));
    }
    return v;
  }

  private static String optional(String field, String raw, int max, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.strip();
    if (v.length() > max) {
      errors.add(new FieldError(field, "tooLong", max));
    }
    return v;
  }

  /** A code (any case) or a French/English name or synonym (accent-insensitive) -> the code. */
  private static <T extends Named> String resolve(String field, String raw, List<T> entries, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError(field, "requiredRef"));
      return null;
    }
    String folded = Fold.fold(raw);
    Optional<T> hit = entries.stream().filter(e -> e.code().equalsIgnoreCase(raw.strip())).findFirst()
        .or(() -> entries.stream().filter(e -> Fold.fold(e.nameFr()).equals(folded)
            || Fold.fold(e.nameEn()).equals(folded)).findFirst())
        .or(() -> entries.stream().filter(e -> e.synonyms().contains(folded)).findFirst());
    if (hit.isEmpty()) {
      errors.add(new FieldError(field, "unknownRef", raw.strip()));
      return null;
    }
    return hit.get().code();
  }
}
