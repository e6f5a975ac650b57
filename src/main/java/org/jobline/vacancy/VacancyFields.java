package org.jobline.vacancy;

/**
 * A vacancy's fields once validated: codes resolved, text trimmed, empty optional text as null; {@code tags} the
 * tag codes joined by commas ("" for none); {@code country} an ISO code when abroad, null in the deployment's country.
 */
public record VacancyFields(String title, String description, String trade, String region, String place,
                            String employer, String contact, int positions, String closingDate, String tags,
                            String country) {
  public VacancyFields {
    tags = tags == null ? "" : tags;
  }
}
