package org.jobline.vacancy;

/**
 * A job vacancy as stored. {@code closingDate} is 'YYYY-MM-DD' or null; status draft/open/closed; {@code tags} the
 * stored {@link VacancyTag} codes joined by commas ("" for none); {@code country} the ISO code of the country of
 * work when abroad, null in the deployment's country.
 */
public record Vacancy(long id, String ref, String title, String description, String trade, String region,
                      String place, String employer, String contact, Long partnerId, int positions,
                      String closingDate, String status, Long openedAt, long createdAt, long updatedAt, String tags,
                      String country) {
  public Vacancy {
    tags = tags == null ? "" : tags;
  }

  /** Without tags, in the deployment's country (tests and callers that predate both). */
  public Vacancy(long id, String ref, String title, String description, String trade, String region, String place,
                 String employer, String contact, Long partnerId, int positions, String closingDate, String status,
                 Long openedAt, long createdAt, long updatedAt) {
    this(id, ref, title, description, trade, region, place, employer, contact, partnerId, positions, closingDate,
        status, openedAt, createdAt, updatedAt, "", null);
  }

  /** Its tags (firstJob, accessible, womenEncouraged), in their order. */
  public java.util.Set<VacancyTag> tagSet() {
    return VacancyTag.parse(tags);
  }

  /** True for a job abroad: only job-seekers who opted in hear of it. */
  public boolean abroad() {
    return country != null;
  }

  public boolean open() {
    return "open".equals(status);
  }
}
