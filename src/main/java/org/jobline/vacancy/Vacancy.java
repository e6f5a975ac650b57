package org.jobline.vacancy;

/** A job vacancy as stored. {@code closingDate} is 'YYYY-MM-DD' or null; status draft/open/closed. */
public record Vacancy(long id, String ref, String title, String description, String trade, String region,
                      String place, String employer, String contact, Long partnerId, int positions,
                      String closingDate, String status, Long openedAt, long createdAt, long updatedAt) {
  public boolean open() {
    return "open".equals(status);
  }
}
