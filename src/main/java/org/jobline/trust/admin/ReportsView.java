package org.jobline.trust.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.trust.TrustDesk;

/** The HTML of the "Signalements" page: counts per vacancy, per partner, then the latest reports. */
final class ReportsView {
  private final Viewer v;
  private final String lang;
  private final ZoneId zone;

  ReportsView(Viewer v, String timeZone) {
    this.v = v;
    this.lang = v.lang();
    this.zone = ZoneId.of(timeZone);
  }

  String render(ReportsPage.Data d, String notice) {
    StringBuilder b = new StringBuilder();
    if (notice != null) {
      b.append("<p class=\"ok\" id=\"notice\">").append(Html.esc(notice)).append("</p>");
    }
    b.append("<p>").append(t("reports.intro")).append("</p><h2>").append(t("reports.byVacancy")).append("</h2>");
    if (d.byVacancy().isEmpty()) {
      b.append("<p id=\"reports-empty\">").append(t("reports.none")).append("</p>");
    } else {
      byVacancy(b, d.byVacancy());
    }
    b.append("<h2>").append(t("reports.byPartner")).append("</h2>");
    byPartner(b, d.byPartner());
    b.append("<h2>").append(t("reports.latest")).append("</h2>");
    latest(b, d.latest());
    return b.toString();
  }

  private void byVacancy(StringBuilder b, List<Map<String, Object>> rows) {
    head(b, "by-vacancy", "review.ref", "review.offer", "review.partner", "reports.count", "reports.latestAt",
        "reports.status");
    for (Map<String, Object> r : rows) {
      String ref = String.valueOf(r.get("ref"));
      b.append("<tr id=\"reported-").append(Html.esc(ref)).append("\">");
      ReviewPage.cell(b, lang, "review.ref", "<a href=\"/admin/vacancies/" + Html.esc(ref) + "\">" + Html.esc(ref) + "</a>");
      ReviewPage.cell(b, lang, "review.offer", Html.esc(r.get("title")));
      ReviewPage.cell(b, lang, "review.partner", Html.esc(r.get("partner")));
      ReviewPage.cell(b, lang, "reports.count", "<b class=\"count\">" + Sql.num(r.get("reports")) + "</b>");
      ReviewPage.cell(b, lang, "reports.latestAt", Html.esc(Csv.time(Sql.num(r.get("latest")), zone)));
      ReviewPage.cell(b, lang, "reports.status", Sql.num(r.get("suspended")) == 1 ? t("reports.suspended")
          : suspendForm("/admin/reports/vacancies/" + Html.esc(ref) + "/suspend", "suspend-" + Html.esc(ref),
          "reports.suspendVacancy"));
      b.append("</tr>");
    }
    b.append("</tbody></table>");
  }

  private void byPartner(StringBuilder b, List<Map<String, Object>> rows) {
    head(b, "by-partner", "review.partner", "reports.count", "reports.vacancies", "reports.open", "reports.trusted",
        "reports.status");
    for (Map<String, Object> r : rows) {
      long id = Sql.num(r.get("id"));
      boolean trusted = Sql.num(r.get("trusted")) == 1;
      b.append("<tr id=\"partner-").append(id).append("\">");
      ReviewPage.cell(b, lang, "review.partner", Html.esc(r.get("name")));
      ReviewPage.cell(b, lang, "reports.count", "<b class=\"count\">" + Sql.num(r.get("reports")) + "</b>");
      ReviewPage.cell(b, lang, "reports.vacancies", String.valueOf(Sql.num(r.get("reported"))));
      ReviewPage.cell(b, lang, "reports.open", String.valueOf(Sql.num(r.get("open"))));
      String trust = t(trusted ? "reports.trusted.yes" : "reports.trusted.no");
      if (v.staff().admin()) {
        trust += "<form method=\"post\" class=\"inline\" action=\"/admin/reports/partners/" + id + "/trust\">"
            + Page.csrfField(v) + "<input type=\"hidden\" name=\"trusted\" value=\"" + (trusted ? "0" : "1") + "\">"
            + "<button type=\"submit\" id=\"trust-" + id + "\">" + t(trusted ? "reports.untrust" : "reports.trust")
            + "</button></form>";
      }
      ReviewPage.cell(b, lang, "reports.trusted", trust);
      ReviewPage.cell(b, lang, "reports.status", r.get("suspended_at") != null ? t("reports.partnerSuspended")
          : suspendForm("/admin/reports/partners/" + id + "/suspend", "suspend-partner-" + id, "reports.suspendPartner"));
      b.append("</tr>");
    }
    b.append("</tbody></table>");
  }

  private void latest(StringBuilder b, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      b.append("<p>").append(t("reports.none")).append("</p>");
      return;
    }
    head(b, "latest-reports", "reports.when", "review.ref", "review.partner", "reports.channel", "reports.reporter",
        "reports.text");
    for (Map<String, Object> r : rows) {
      b.append("<tr>");
      ReviewPage.cell(b, lang, "reports.when", Html.esc(Csv.time(Sql.num(r.get("created_at")), zone)));
      ReviewPage.cell(b, lang, "review.ref", Html.esc(r.get("ref")));
      ReviewPage.cell(b, lang, "review.partner", Html.esc(r.get("partner")));
      ReviewPage.cell(b, lang, "reports.channel", Html.esc(r.get("channel")));
      ReviewPage.cell(b, lang, "reports.reporter", String.valueOf(Sql.num(r.get("subscriber_id"))));
      ReviewPage.cell(b, lang, "reports.text", Html.esc(r.get("text")));
      b.append("</tr>");
    }
    b.append("</tbody></table>");
  }

  private String suspendForm(String action, String id, String label) {
    return "<form method=\"post\" action=\"" + action + "\">" + Page.csrfField(v) + "<label>" + t("reports.reason")
        + "<input name=\"reason\" maxlength=\"" + TrustDesk.MAX_REASON + "\"></label><button type=\"submit\" id=\"" + id
        + "\">" + t(label) + "</button></form>";
  }

  private void head(StringBuilder b, String id, String... labels) {
    b.append("<table id=\"").append(id).append("\" class=\"cards\"><thead><tr>");
    for (String l : labels) {
      b.append("<th>").append(t(l)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
  }

  private String t(String key) {
    return Html.esc(org.jobline.trust.TrustTexts.get(lang, key));
  }
}
