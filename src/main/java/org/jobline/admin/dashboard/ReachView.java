package org.jobline.admin.dashboard;

import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.refdata.ReferenceData;

/** The HTML of the reach page: filters, the funnel, the share who answered, one table (with bars) per dimension. */
final class ReachView {
  private final String lang;
  private final ReferenceData ref;
  private final ReachData d;

  ReachView(String lang, ReferenceData ref, ReachData d) {
    this.lang = lang;
    this.ref = ref;
    this.d = d;
  }

  String t(String key, Object... args) {
    return Page.t(lang, key, args);
  }

  String page(ReachPage.Filter f, boolean partnerViewer) {
    StringBuilder b = new StringBuilder();
    b.append("<form method=\"get\" action=\"/admin/reach\" class=\"filters\" id=\"reach-filters\"><label>")
        .append(Html.esc(t("reach.from"))).append(" <input type=\"date\" name=\"from\" id=\"from\" value=\"")
        .append(f.from()).append("\"></label><label>").append(Html.esc(t("reach.to")))
        .append(" <input type=\"date\" name=\"to\" id=\"to\" value=\"").append(f.to()).append("\"></label>");
    if (!partnerViewer) {
      b.append("<label>").append(Html.esc(t("reach.partner"))).append(" <select name=\"partner\" id=\"partner\"><option value=\"\">")
          .append(Html.esc(t("reach.allPartners"))).append("</option>");
      for (Map<String, Object> p : d.partners()) {
        long id = Sql.num(p.get("id"));
        b.append("<option value=\"").append(id).append("\"").append(f.partner() != null && f.partner() == id ? " selected" : "")
            .append(">").append(Html.esc(p.get("name") + " (" + p.get("code") + ")")).append("</option>");
      }
      b.append("</select></label>");
    }
    String query = "from=" + f.from() + "&to=" + f.to() + (f.partner() == null ? "" : "&partner=" + f.partner());
    b.append("<button type=\"submit\" id=\"reach-apply\">").append(Html.esc(t("reach.apply"))).append("</button> <a id=\"reach-csv\" href=\"/admin/reach.csv?")
        .append(Html.esc(query)).append("\">").append(Html.esc(t("reach.csv"))).append("</a></form>")
        .append("<p class=\"help\">").append(Html.esc(t("reach.help"))).append("</p>");
    funnel(b);
    for (Map.Entry<String, List<Map<String, Object>>> table : d.tables().entrySet()) {
      if (partnerViewer && table.getKey().equals("partner")) {
        continue;
      }
      table(b, table.getKey(), table.getValue());
    }
    b.append("<h2 id=\"vacancy-funnel\">").append(Html.esc(t("funnel.title"))).append("</h2><p class=\"help\">")
        .append(Html.esc(t("funnel.help"))).append("</p>").append(Funnel.figures(lang, "funnel-total", d.funnelTotal(), true));
    for (Map.Entry<String, List<Map<String, Object>>> table : d.funnels().entrySet()) {
      if (partnerViewer && table.getKey().equals("partner")) {
        continue; // other partners' vacancies: not a partner user's business
      }
      table(b, "funnel-" + table.getKey(), "funnel.by." + table.getKey(), table.getKey(), table.getValue(), Funnel.STAGES,
          "funnel.");
    }
    return b.toString();
  }

  private void funnel(StringBuilder b) {
    long registered = Sql.num(d.total().get("registered"));
    b.append("<h2>").append(Html.esc(t("reach.funnel"))).append("</h2><div class=\"figures\" id=\"reach-funnel\">");
    for (String c : ReachData.COLUMNS) {
      b.append("<div id=\"total-").append(c).append("\"><b>").append(Html.esc(Cells.show(Sql.num(d.total().get(c))))).append("</b> ")
          .append(Html.esc(t("reach.col." + c))).append("</div>");
    }
    b.append("</div><p id=\"answered-share\">").append(Html.esc(t("reach.answeredShare",
        Cells.share(Sql.num(d.total().get("answered")), registered)))).append("</p>");
  }

  private void table(StringBuilder b, String dim, List<Map<String, Object>> rows) {
    table(b, "reach-" + dim, "reach.by." + dim, dim, rows, ReachData.COLUMNS, "reach.col.");
  }

  /** One table: a row per value of {@code dim}, a column per count (the first one drawn as a bar), "<5" under 5. */
  private void table(StringBuilder b, String id, String titleKey, String dim, List<Map<String, Object>> rows,
                     List<String> columns, String colPrefix) {
    String first = columns.get(0);
    long max = rows.stream().mapToLong(r -> Sql.num(r.get(first))).max().orElse(0);
    b.append("<h2>").append(Html.esc(t(titleKey))).append("</h2><div class=\"scroll\"><table class=\"cards\" id=\"")
        .append(id).append("\"><thead><tr><th scope=\"col\">").append(Html.esc(t(titleKey))).append("</th>");
    for (String c : columns) {
      b.append("<th scope=\"col\" class=\"num\">").append(Html.esc(t(colPrefix + c))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (Map<String, Object> r : rows) {
      String name = name(dim, r.get("k"));
      long registered = Sql.num(r.get(first));
      b.append("<tr><th scope=\"row\">").append(Html.esc(name));
      if (registered >= Cells.MIN && max > 0) {
        // a bar drawn by the browser itself: no script, no inline style (the page's CSP forbids both)
        b.append(" <progress max=\"").append(max).append("\" value=\"").append(registered).append("\"></progress>");
      }
      b.append("</th>");
      for (String c : columns) {
        b.append("<td class=\"num\" data-label=\"").append(Html.esc(t(colPrefix + c))).append("\">")
            .append(Html.esc(Cells.show(Sql.num(r.get(c))))).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div>");
  }

  /** The readable name of a dimension's value; a question not answered reads "not given". */
  String name(String dim, Object key) {
    if (key == null) {
      return t("reach.none");
    }
    String k = String.valueOf(key);
    return switch (dim) {
      case "region" -> "*".equals(k) ? t("reach.allRegions") : ref.region(k).map(r -> r.name(lang)).orElse(k);
      case "trade" -> ref.trade(k).map(x -> x.name(lang)).orElse(k);
      case "partner" -> "0".equals(k) ? t("reach.noPartner") : partnerName(k);
      default -> t("reach.v." + dim + "." + k);
    };
  }

  private String partnerName(String id) {
    for (Map<String, Object> p : d.partners()) {
      if (String.valueOf(p.get("id")).equals(id)) {
        return p.get("name") + " (" + p.get("code") + ")";
      }
    }
    return "P" + id;
  }
}
