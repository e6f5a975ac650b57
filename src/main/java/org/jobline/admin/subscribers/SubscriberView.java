package org.jobline.admin.subscribers;

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

/** The HTML of the subscribers page. */
final class SubscriberView {
  record Data(List<Map<String, Object>> byRegion, Map<String, Long> byTrade, List<Map<String, Object>> found) {}

  private final ReferenceData ref;
  private final Viewer v;
  private final String lang;

  private final java.time.ZoneId zone;

  SubscriberView(ReferenceData ref, Viewer v, String timeZone) {
    this.zone = java.time.ZoneId.of(timeZone);
    this.ref = ref;
    this.v = v;
    this.lang = v.lang();
  }

  String render(RoutingContext rc, String q, SubscriberFilter f, boolean refused, int page, Data d) {
    StringBuilder b = new StringBuilder();
    b.append("<form method=\"get\" class=\"filters\" id=\"subscriber-filters\"><label>").append(Html.esc(t("sub.search")))
        .append("<input id=\"q\" name=\"q\" inputmode=\"tel\" value=\"").append(Html.esc(q)).append("\"></label><label>")
        .append(Html.esc(t("field.region"))).append(Params.select("region", lang, ref.regions(), f.region(), "—"))
        .append("</label><label>").append(Html.esc(t("field.trade"))).append(Params.select("trade", lang, ref.trades(), f.trade(), "—"))
        .append("</label><label>").append(Html.esc(t("sub.status"))).append("<select id=\"status\" name=\"status\"><option value=\"\">—</option>");
    for (String s : List.of("active", "stopped")) {
      b.append("<option value=\"").append(s).append("\"").append(s.equals(f.status()) ? " selected" : "").append(">")
          .append(Html.esc(t("status." + s))).append("</option>");
    }
    b.append("</select></label><label>").append(Html.esc(t("sub.from"))).append("<input type=\"date\" id=\"from\" name=\"from\" value=\"")
        .append(Html.esc(f.from())).append("\"></label><label>").append(Html.esc(t("sub.to")))
        .append("<input type=\"date\" id=\"to\" name=\"to\" value=\"").append(Html.esc(f.to())).append("\"></label>")
        .append("<button type=\"submit\">").append(Html.esc(t("action.search"))).append("</button></form>");
    String query = rc.request().query() == null ? "" : rc.request().query();
    b.append("<p><a id=\"subscribers-export\" href=\"/admin/subscribers.csv?").append(Html.esc(query)).append("\">")
        .append(Html.esc(t("vac.exportList"))).append("</a></p>");
    if (refused) {
      b.append("<p class=\"error\">").append(Html.esc(t(v.staff().partner() ? "sub.fullNumber" : "sub.badQuery")))
          .append("</p>");
    }
    List<Map<String, Object>> rows = d.found().size() > Params.PAGE_SIZE ? d.found().subList(0, Params.PAGE_SIZE) : d.found();
    if (!refused && !q.isEmpty() && rows.isEmpty()) {
      b.append("<p id=\"no-match\">").append(Html.esc(t(v.staff().partner() ? "sub.noMatchPartner" : "sub.noMatch")))
          .append("</p>");
    }
    b.append("<table id=\"subscribers\" class=\"cards\"><thead><tr><th scope=\"col\">").append(Html.esc(t("sub.phone")))
        .append("</th><th scope=\"col\">").append(Html.esc(t("field.region"))).append("</th><th scope=\"col\">").append(Html.esc(t("sub.trades")))
        .append("</th><th scope=\"col\">").append(Html.esc(t("sub.status"))).append("</th><th scope=\"col\">")
        .append(Html.esc(t("sub.registered"))).append("</th><th scope=\"col\">").append(Html.esc(t("users.actions")))
        .append("</th></tr></thead><tbody>");
    for (Map<String, Object> r : rows) {
      row(b, r);
    }
    b.append("</tbody></table>").append(Params.pager(rc, page, d.found().size() > Params.PAGE_SIZE));
    counts(b, d);
    return b.toString();
  }

  private void row(StringBuilder b, Map<String, Object> r) {
    String status = (String) r.get("status");
    b.append("<tr><td data-label=\"").append(Html.esc(t("sub.phone"))).append("\">").append(Html.esc(v.phone((String) r.get("phone"))))
        .append("</td><td data-label=\"").append(Html.esc(t("field.region"))).append("\">")
        .append(Html.esc(name(ref.region((String) r.get("region")).orElse(null), (String) r.get("region"))))
        .append("</td><td data-label=\"").append(Html.esc(t("sub.trades"))).append("\">").append(Html.esc(tradeNames((String) r.get("trades"))))
        .append("</td><td data-label=\"").append(Html.esc(t("sub.status"))).append("\">").append(Html.esc(t("status." + status)))
        .append("</td><td data-label=\"").append(Html.esc(t("sub.registered"))).append("\">")
        .append(Html.esc(org.jobline.admin.Csv.time(Sql.num(r.get("created_at")), zone)))
        .append("</td><td data-label=\"").append(Html.esc(t("users.actions"))).append("\">");
    if (!v.staff().partner()) {
      String next = "active".equals(status) ? "stopped" : "active";
      b.append("<form method=\"post\" class=\"inline\" action=\"/admin/subscribers/").append(Sql.num(r.get("id")))
          .append("/status\">").append(Page.csrfField(v)).append("<input type=\"hidden\" name=\"status\" value=\"")
          .append(next).append("\"><button type=\"submit\">")
          .append(Html.esc(t(next.equals("active") ? "sub.resume" : "sub.stop"))).append("</button></form>");
    }
    b.append("</td></tr>");
  }

  org.jobline.admin.Csv csv(List<Map<String, Object>> rows) {
    java.time.ZoneId z = zone;
    org.jobline.admin.Csv out = new org.jobline.admin.Csv(List.of(t("sub.phone"), t("field.region"), t("sub.trades"),
        t("sub.status"), t("sub.registered")));
    for (Map<String, Object> r : rows) {
      out.row(List.of(v.phone((String) r.get("phone")), name(ref.region((String) r.get("region")).orElse(null),
          (String) r.get("region")), tradeNames((String) r.get("trades")), t("status." + r.get("status")),
          org.jobline.admin.Csv.time(Sql.num(r.get("created_at")), z)));
    }
    return out;
  }

  private String tradeNames(String codes) {
    if (codes == null || codes.isBlank()) {
      return "";
    }
    return java.util.Arrays.stream(codes.split(" ")).map(c -> name(ref.trade(c).orElse(null), c))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private void counts(StringBuilder b, Data d) {
    b.append("<h2>").append(Html.esc(t("sub.byRegion"))).append("</h2><div class=\"scroll\"><table id=\"by-region\"><tr><th>")
        .append(Html.esc(t("field.region"))).append("</th><th class=\"num\">").append(Html.esc(t("status.active")))
        .append("</th><th class=\"num\">").append(Html.esc(t("status.stopped"))).append("</th></tr>");
    for (Map<String, Object> r : d.byRegion()) {
      String code = (String) r.get("region");
      b.append("<tr><td>").append(Html.esc(name(ref.region(code).orElse(null), code))).append("</td><td class=\"num\">")
          .append(Sql.num(r.get("active"))).append("</td><td class=\"num\">").append(Sql.num(r.get("stopped")))
          .append("</td></tr>");
    }
    b.append("</table></div><h2>").append(Html.esc(t("sub.byTrade"))).append("</h2><div class=\"scroll\"><table id=\"by-trade\">");
    d.byTrade().forEach((code, n) -> b.append("<tr><td>")
        .append(Html.esc(name(ref.trade(code).orElse(null), code))).append("</td><td class=\"num\">").append(n)
        .append("</td></tr>"));
    b.append("</table></div>");
  }

  private String name(Named n, String code) {
    if (n != null) {
      return n.name(lang);
    }
    return "*".equals(code) ? t("sub.allRegions") : code == null || code.isEmpty() ? t("sub.unregistered") : code;
  }

  private String t(String key) {
    return Page.t(lang, key);
  }
}
