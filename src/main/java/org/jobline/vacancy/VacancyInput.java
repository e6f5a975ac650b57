package org.jobline.vacancy;

/**
 * The fields of a vacancy as given by a partner or staff user (a create, or a partial edit where
 * null means "unchanged"). {@code trade} and {@code region} are codes or names, in any accents or case;
 * {@code tags} tag codes separated by commas or spaces ("" = no tags).
 */
public record VacancyInput(String title, String description, String trade, String region, String place,
                           String employer, String contact, Integer positions, String closingDate, String tags) {
  public static final VacancyInput EMPTY = new VacancyInput(null, null, null, null, null, null, null, null, null);

  /** Without tags: tags unchanged on an edit, none on a create. */
  public VacancyInput(String title, String description, String trade, String region, String place, String employer,
                      String contact, Integer positions, String closingDate) {
    this(title, description, trade, region, place, employer, contact, positions, closingDate, null);
  }

  /** This input with the blanks filled from {@code v} (for an edit). */
  public VacancyInput over(Vacancy v) {
    return new VacancyInput(or(title, v.title()), or(description, v.description()), or(trade, v.trade()),
        or(region, v.region()), or(place, v.place()), or(employer, v.employer()), or(contact, v.contact()),
        positions != null ? positions : Integer.valueOf(v.positions()), or(closingDate, v.closingDate()),
        or(tags, v.tags()));
  }

  private static String or(String given, String current) {
    return given != null ? given : current;
  }
}
