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
    String query = rc.request().query() == null ? "" : rc.request().query();
    b.append("<p><a id=\"vacancies-export\" href=\"/admin/vacancies.csv?").append(Html.esc(query)).append("\">")
        .append(t("vac.exportList")).append("</a></p><form method=\"post\" action=\"/admin/vacancies/bulk\" id=\"bulk-form\">")
        .append(Page.csrfField(v)).append("<p class=\"actions\"><button type=\"submit\" name=\"action\" value=\"open\" id=\"bulk-open\">")
        .append(t("bulk.open")).append("</button><button type=\"submit\" name=\"action\" value=\"close\" id=\"bulk-close\">")
        .append(t("bulk.close")).append("</button></p>");
    b.append("<table id=\"vacancies\" class=\"cards\"><thead><tr><th scope=\"col\"><span class=\"sr-only\">").append(t("bulk.select"))
        .append("</span></th><th scope=\"col\">").append(t("vac.ref")).append("</th><th scope=\"col\">")
        .append(Html.esc(VacancyForm.label(lang, "title"))).append("</th><th scope=\"col\">").append(t("field.region")).append("</th><th scope=\"col\">")
        .append(t("field.trade")).append("</th><th scope=\"col\">").append(t("sub.status")).append("</th><th scope=\"col\" class=\"num\">")
        .append(t("fig.matched")).append("</th><th scope=\"col\" class=\"num\">").append(t("fig.interested")).append("</th></tr></thead><tbody>");
    for (Map<String, Object> r : rows) {
      String vref = String.valueOf(r.get("ref"));
      b.append("<tr><td data-label=\"").append(t("bulk.select")).append("\"><input type=\"checkbox\" name=\"ref\" value=\"")
          .append(Html.esc(vref)).append("\" id=\"pick-").append(Html.esc(vref)).append("\" aria-label=\"").append(t("bulk.select"))
          .append(" ").append(Html.esc(vref)).append("\"></td><td data-label=\"").append(t("vac.ref")).append("\"><a href=\"/admin/vacancies/")
          .append(Html.esc(vref)).append("\">").append(Html.esc(vref)).append("</a></td><td data-label=\"")
          .append(Html.esc(VacancyForm.label(lang, "title"))).append("\">").append(Html.esc(r.get("title"))).append("<br><small>")
          .append(Html.esc(r.get("employer"))).append(r.get("partner") == null ? "" : " · " + Html.esc(r.get("partner")))
          .append("</small></td><td data-label=\"").append(t("field.region")).append("\">")
          .append(Html.esc(name(ref.region((String) r.get("region")).orElse(null), r.get("region"))))
          .append("</td><td data-label=\"").append(t("field.trade")).append("\">")
          .append(Html.esc(name(ref.trade((String) r.get("trade")).orElse(null), r.get("trade"))))
          .append("</td><td data-label=\"").append(t("sub.status")).append("\">").append(t("vac.status." + r.get("status")))
          .append("</td><td data-label=\"").append(t("fig.matched")).append("\" class=\"num\">").append(Sql.num(r.get("matched")))
          .append("</td><td data-label=\"").append(t("fig.interested")).append("\" class=\"num\">").append(Sql.num(r.get("interested")))
          .append("</td></tr>");
    }
    return b.append("</tbody></table></form>").append(Params.pager(rc, page, d.rows().size() > Params.PAGE_SIZE)).toString();
  }

  private String name(Named n, Object code) {
    return n != null ? n.name(lang) : code == null ? "" : String.valueOf(code);
  }

  /** A bundle text, escaped. */
  private String t(String key) {
    return Html.esc(Page.t(lang, key));
  }
}
