package org.jobline.admin.vacancies;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.refdata.ReferenceData;

/** The shortlist export: phone (as text, masked for whoever may not see it), region and trade names, local time, status. */
final class InterestedCsv {
  private final Viewer viewer;
  private final ReferenceData ref;
  private final ZoneId zone;

  InterestedCsv(Viewer viewer, ReferenceData ref, String timeZone) {
    this.viewer = viewer;
    this.ref = ref;
    this.zone = ZoneId.of(timeZone);
  }

  Csv build(List<Map<String, Object>> rows) {
    String lang = viewer.lang();
    Csv csv = new Csv(List.of(t("int.phone"), t("field.region"), t("field.trade"), t("int.channel"), t("int.when"),
        t("int.status")));
    for (Map<String, Object> r : rows) {
      csv.row(List.of(phone(r), region((String) r.get("region")), trades((String) r.get("trades")),
          t("channel." + r.get("channel")), Csv.time(Sql.num(r.get("created_at")), zone),
          t("int.status." + r.get("follow_up"))));
    }
    return csv;
  }

  String phone(Map<String, Object> r) {
    return viewer.phone((String) r.get("phone"));
  }

  String region(String code) {
    return code == null ? "" : ref.region(code).map(x -> x.name(viewer.lang())).orElse(code);
  }

  String trades(String codes) {
    List<String> names = new ArrayList<>();
    if (codes != null) {
      for (String c : codes.split(" ")) {
        if (!c.isBlank()) {
          names.add(ref.trade(c).map(x -> x.name(viewer.lang())).orElse(c));
        }
      }
    }
    return String.join(", ", names);
  }

  private String t(String key) {
    return Page.t(viewer.lang(), key);
  }
}
