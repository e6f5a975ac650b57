package org.jobline.admin.vacancies;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.refdata.ReferenceData;

/** The interested people of a vacancy: a table (cards on a phone) with tap-to-call and a status staff set. */
final class InterestedView {
  static final List<String> STATUSES = List.of("to_call", "called", "interview", "hired", "not_retained");
  private final Viewer v;
  private final InterestedCsv names;
  private final ZoneId zone;

  InterestedView(Viewer v, ReferenceData ref, String timeZone) {
    this.v = v;
    this.names = new InterestedCsv(v, ref, timeZone);
    this.zone = ZoneId.of(timeZone);
  }

  /** {@code editable}: status forms (staff and admins on the page); false for the print view and partners. */
  String table(String vacancyRef, List<Map<String, Object>> rows, boolean editable) {
    StringBuilder b = new StringBuilder();
    if (rows.isEmpty()) {
      return b.append("<p id=\"interested-none\">").append(t("int.none")).append("</p>").toString();
    }
    b.append("<table id=\"interested\" class=\"cards\"><thead><tr><th scope=\"col\">").append(t("int.phone"))
        .append("</th><th scope=\"col\">").append(t("field.trade")).append("</th><th scope=\"col\">")
        .append(t("field.region")).append("</th><th scope=\"col\">").append(t("int.when")).append("</th><th scope=\"col\">")
        .append(t("int.channel")).append("</th><th scope=\"col\">").append(t("int.status")).append("</th></tr></thead><tbody>");
    for (Map<String, Object> r : rows) {
      long id = Sql.num(r.get("id"));
      String phone = names.phone(r);
      b.append("<tr id=\"interest-").append(id).append("\"><td data-label=\"").append(t("int.phone")).append("\">");
      if (v.staff().partner()) {
        b.append(Html.esc(phone));
      } else {
        b.append("<a class=\"call\" href=\"tel:").append(Html.esc(phone)).append("\">").append(Html.esc(phone)).append("</a>");
      }
      b.append("</td><td data-label=\"").append(t("field.trade")).append("\">").append(Html.esc(names.trades((String) r.get("trades"))))
          .append("</td><td data-label=\"").append(t("field.region")).append("\">")
          .append(Html.esc(names.region((String) r.get("region")))).append("</td><td data-label=\"").append(t("int.when"))
          .append("\">").append(Html.esc(Csv.time(Sql.num(r.get("created_at")), zone))).append("</td><td data-label=\"")
          .append(t("int.channel")).append("\">").append(t("channel." + r.get("channel"))).append("</td><td data-label=\"")
          .append(t("int.status")).append("\">");
      String status = (String) r.get("follow_up");
      if (editable && !v.staff().partner()) {
        b.append("<form method=\"post\" class=\"status-form\" action=\"/admin/vacancies/").append(Html.esc(vacancyRef))
            .append("/interested/").append(id).append("\">").append(Page.csrfField(v)).append("<select name=\"status\" id=\"status-")
            .append(id).append("\" aria-label=\"").append(t("int.status")).append(" ").append(Html.esc(phone)).append("\">");
        for (String s : STATUSES) {
          b.append("<option value=\"").append(s).append("\"").append(s.equals(status) ? " selected" : "").append(">")
              .append(t("int.status." + s)).append("</option>");
        }
        b.append("</select><button type=\"submit\" id=\"save-").append(id).append("\">").append(t("int.save"))
            .append("</button></form>");
      } else {
        b.append("<span id=\"status-").append(id).append("\">").append(t("int.status." + status)).append("</span>");
      }
      b.append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private String t(String key) {
    return Html.esc(Page.t(v.lang(), key));
  }
}
