package org.jobline.partner;

import java.time.Instant;
import java.util.List;
import org.jobline.refdata.Named;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;

/** The partner API's JSON shapes (camelCase records). */
final class VacancyJson {
  private VacancyJson() {}

  /** A create or a partial edit (absent or null fields are left unchanged on PATCH). */
  record Request(String title, String description, String trade, String region, String place, String employer,
                 String contact, Integer positions, String closingDate, List<String> tags, String country) {
    /** Tags joined for the validator (which names an unknown one); null leaves them unchanged, [] removes them. */
    VacancyInput input() {
      String joined = tags == null ? null
          : String.join(",", tags.stream().map(t -> t == null || t.isBlank() ? "(empty)" : t.strip()).toList());
      return new VacancyInput(title, description, trade, region, place, employer, contact, positions, closingDate,
          joined, country);
    }
  }

  /** A vacancy as the API shows it: always with its ref; codes plus their French names. */
  record View(String ref, String status, String title, String description, String trade, String tradeName,
              String region, String regionName, String place, String employer, String contact, int positions,
              String closingDate, List<String> tags, String country, String openedAt, String createdAt,
              String updatedAt) {
    static View of(Vacancy v, ReferenceData rd) {
      return new View(v.ref(), v.status(), v.title(), v.description(), v.trade(),
          rd.trade(v.trade()).map(Named::nameFr).orElse(null), v.region(),
          rd.region(v.region()).map(Named::nameFr).orElse(null), v.place(), v.employer(), v.contact(),
          v.positions(), v.closingDate(), v.tagSet().stream().map(org.jobline.vacancy.VacancyTag::code).toList(),
          v.country(), time(v.openedAt()), time(v.createdAt()), time(v.updatedAt()));
    }

    private static String time(Long epochMs) {
      return epochMs == null || epochMs == 0 ? null : Instant.ofEpochMilli(epochMs).toString();
    }
  }

  record Page(List<View> vacancies, int count) {}
}
