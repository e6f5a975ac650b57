package org.jobline.partner;

/** An organisation that loads vacancies (employer, agency, programme). */
public record Partner(long id, String name, boolean suspended) {
  public Partner(long id, String name) {
    this(id, name, false);
  }
}
