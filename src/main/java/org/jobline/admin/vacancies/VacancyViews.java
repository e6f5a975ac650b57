package org.jobline.admin.vacancies;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.refdata.Named;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyStats;

/** The HTML of the vacancy list and of one vacancy. */
final class VacancyViews {
  record ListData(List<Map<String, Object>> rows, List<Map<String, Object>> partners) {}

  private final Viewer v;
  private final ReferenceData ref;
  private final String lang;

  VacancyViews(Viewer v, ReferenceData ref) {
    this.v = v;
    this.ref = ref;
    this.lang = v.lang();
  }

  String list(RoutingContext rc, VacancyPages.Filters f, int page, ListData d) {
    StringBuilder b = new StringBuilder("<p><a id=\"new-vacancy\" href=\"/admin/vacancies/new\">")
        .append(t("vac.new")).append("</a> · <a id=\"import\" href=\"/admin/vacancies/import\">").append(t("vac.import"))
        .append("</a></p><form method=\"get\" class=\"filters\"><label>").append(t("vac.search"))
        .append("<input id=\"q\" name=\"q\" value=\"").append(Html.esc(f.q())).append("\"></label><label>")
        .append(t("sub.status")).append("<select id=\"status\" name=\"status\"><option value=\"\">—</option>");
    for (String s : List.of("draft", "open", "closed")) {
      b.append("<option value=\"").append(s).append("\"").append(s.equals(f.status()) ? " selected" : "").append(">")
          .append(t("vac.status." + s)).append("</option>");
    }
    b.append("</select></label><label>").append(t("field.region"))
        .append(Params.select("region", lang, ref.regions(), f.region(), "—")).append("</label><label>")
        .append(t("field.trade")).append(Params.select("trade", lang, ref.trades(), f.trade(), "—")).append("</label>");
    if (!d.partners().isEmpty()) {
      b.append("<label>").append(t("vac.partner")).append("<select id=\"partner\" name=\"partner\"><option value=\"\">—</option>");
      for (Map<String, Object> p : d.partners()) {
        long id = Sql.num(p.get("id"));
        b.append("<option value=\"").append(id).append("\"").append(Long.valueOf(id).equals(f.partner()) ? " selected" : "")
            .append(">").append(Html.esc(p.get("name"))).append("</option>");
      }
      b.append("</select></label>");
    }
    b.append("<button type=\"submit\">").append(t("action.filter")).append("</button></form>");
    List<Map<String, Object>> rows = d.rows().size() > Params.PAGE_SIZE ? d.rows().subList(0, Params.PAGE_SIZE) : d.rows();
    b.append("<div class=\"scroll\"><table id=\"vacancies\"><tr><th>").append(t("vac.ref")).append("</th><th>")
        .append(Html.esc(VacancyForm.label(lang, "title"))).append("</th><th>").append(t("field.region")).append("</th><th>")
        .append(t("field.trade")).append("</th><th>").append(t("sub.status")).append("</th><th class=\"num\">")
        .append(t("fig.matched")).append("</th><th class=\"num\">").append(t("fig.interested")).append("</th></tr>");
    for (Map<String, Object> r : rows) {
      b.append("<tr><td><a href=\"/admin/vacancies/").append(Html.esc(r.get("ref"))).append("\">")
          .append(Html.esc(r.get("ref"))).append("</a></td><td>").append(Html.esc(r.get("title"))).append("<br><small>")
          .append(Html.esc(r.get("employer"))).append(r.get("partner") == null ? "" : " · " + Html.esc(r.get("partner")))
          .append("</small></td><td>").append(Html.esc(name(ref.region((String) r.get("region")).orElse(null), r.get("region"))))
          .append("</td><td>").append(Html.esc(name(ref.trade((String) r.get("trade")).orElse(null), r.get("trade"))))
          .append("</td><td>").append(t("vac.status." + r.get("status"))).append("</td><td class=\"num\">")
          .append(Sql.num(r.get("matched"))).append("</td><td class=\"num\">").append(Sql.num(r.get("interested")))
          .append("</td></tr>");
    }
    return b.append("</table></div>").append(Params.pager(rc, page, d.rows().size() > Params.PAGE_SIZE)).toString();
  }

  String detail(Vacancy vac, VacancyStats s, List<Map<String, Object>> interested) {
    StringBuilder b = new StringBuilder("<p id=\"vacancy-title\"><b>").append(Html.esc(vac.title())).append("</b> — ")
        .append(Html.esc(vac.employer())).append("<br>").append(Html.esc(name(ref.region(vac.region()).orElse(null), vac.region())))
        .append(" · ").append(Html.esc(name(ref.trade(vac.trade()).orElse(null), vac.trade()))).append(" · ")
        .append(Html.esc(vac.positions())).append(" ").append(Html.esc(VacancyForm.label(lang, "positions").toLowerCase())).append(" · <span id=\"vacancy-status\">")
        .append(t("vac.status." + vac.status())).append("</span></p>");
    if (vac.description() != null) {
      b.append("<p>").append(Html.esc(vac.description())).append("</p>");
    }
    b.append("<div class=\"figures\" id=\"figures\">");
    figure(b, "matched", s.matched());
    figure(b, "alerted", s.alerted());
    figure(b, "delivered", s.delivered());
    figure(b, "interested", s.interested());
    b.append("</div><p>");
    if (!"closed".equals(vac.status())) {
      b.append("<a id=\"edit\" href=\"/admin/vacancies/").append(Html.esc(vac.ref())).append("/edit\">")
          .append(t("vac.edit")).append("</a> ");
    }
    String next = vac.open() ? "close" : "open";
    b.append("<form method=\"post\" class=\"inline\" action=\"/admin/vacancies/").append(Html.esc(vac.ref())).append("/")
        .append(next).append("\">").append(Page.csrfField(v)).append("<button id=\"").append(next)
        .append("-vacancy\" type=\"submit\">").append(t("vac." + next)).append("</button></form></p>");
    b.append("<h2>").append(t("fig.interested")).append("</h2><p><a id=\"export\" href=\"/admin/vacancies/")
        .append(Html.esc(vac.ref())).append("/interested.csv\">").append(t("vac.export")).append("</a></p>")
        .append("<div class=\"scroll\"><table id=\"interested\">");
    for (Map<String, Object> r : interested) {
      b.append("<tr><td>").append(Html.esc(v.phone((String) r.get("phone")))).append("</td><td>")
          .append(Html.esc(name(ref.region((String) r.get("region")).orElse(null), r.get("region")))).append("</td><td>")
          .append(Html.esc(r.get("trades"))).append("</td><td>").append(Html.esc(r.get("channel"))).append("</td></tr>");
    }
    return b.append("</table></div>").toString();
  }

  private void figure(StringBuilder b, String key, long n) {
    b.append("<div id=\"fig-").append(key).append("\"><b>").append(n).append("</b>").append(t("fig." + key)).append("</div>");
  }

  private String name(Named n, Object code) {
    return n != null ? n.name(lang) : code == null ? "" : String.valueOf(code);
  }

  /** A bundle text, escaped. */
  private String t(String key) {
    return Html.esc(Page.t(lang, key));
  }
}
