package org.jobline.vacancy;

/** A vacancy's fields once validated: codes resolved, text trimmed, empty optional text as null. */
public record VacancyFields(String title, String description, String trade, String region, String place,
                            String employer, String contact, int positions, String closingDate, String tags) {
  public VacancyFields {
    tags = tags == null ? "" : tags;
  }
}
