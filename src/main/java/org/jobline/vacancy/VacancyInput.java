package org.jobline.vacancy;

/**
 * The fields of a vacancy as given by a partner or staff user (a create, or a partial edit where
 * null means "unchanged"). {@code trade} and {@code region} are codes or names, in any accents or case;
 * {@code tags} tag codes separated by commas or spaces ("" = no tags); {@code country} the country of work,
 * a code or a name (blank or the deployment's country: at home).
 */
public record VacancyInput(String title, String description, String trade, String region, String place,
                           String employer, String contact, Integer positions, String closingDate, String tags,
                           String country) {
  public static final VacancyInput EMPTY = new VacancyInput(null, null, null, null, null, null, null, null, null);

  /** Without tags nor a country: none and the deployment's country on a create, both unchanged on an edit. */
  public VacancyInput(String title, String description, String trade, String region, String place, String employer,
                      String contact, Integer positions, String closingDate) {
    this(title, description, trade, region, place, employer, contact, positions, closingDate, null, null);
  }

  /** This input with its tags (codes separated by commas or spaces; "" = no tags, null = unchanged). */
  public VacancyInput withTags(String tagCodes) {
    return new VacancyInput(title, description, trade, region, place, employer, contact, positions, closingDate,
        tagCodes, country);
  }

  /** This input with its country of work (a code or a name; blank or the deployment's country: at home). */
  public VacancyInput withCountry(String countryOfWork) {
    return new VacancyInput(title, description, trade, region, place, employer, contact, positions, closingDate,
        tags, countryOfWork);
  }

  /** This input with the blanks filled from {@code v} (for an edit). */
  public VacancyInput over(Vacancy v) {
    return new VacancyInput(or(title, v.title()), or(description, v.description()), or(trade, v.trade()),
        or(region, v.region()), or(place, v.place()), or(employer, v.employer()), or(contact, v.contact()),
        positions != null ? positions : Integer.valueOf(v.positions()), or(closingDate, v.closingDate()),
        or(tags, v.tags()), or(country, v.country()));
  }

  private static String or(String given, String current) {
    return given != null ? given : current;
  }
}
