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

  SubscriberView(ReferenceData ref, Viewer v) {
    this.ref = ref;
    this.v = v;
    this.lang = v.lang();
  }

  String render(RoutingContext rc, String q, boolean refused, int page, Data d) {
    StringBuilder b = new StringBuilder();
    b.append("<form method=\"get\" class=\"filters\"><label>").append(Html.esc(t("sub.search")))
        .append("<input id=\"q\" name=\"q\" inputmode=\"tel\" value=\"").append(Html.esc(q)).append("\"></label>")
        .append("<button type=\"submit\">").append(Html.esc(t("action.search"))).append("</button></form>");
    if (refused) {
      b.append("<p class=\"error\">").append(Html.esc(t(v.staff().partner() ? "sub.fullNumber" : "sub.badQuery")))
          .append("</p>");
    }
    List<Map<String, Object>> rows = d.found().size() > Params.PAGE_SIZE ? d.found().subList(0, Params.PAGE_SIZE) : d.found();
    if (!refused && !q.isEmpty() && rows.isEmpty()) {
      b.append("<p id=\"no-match\">").append(Html.esc(t(v.staff().partner() ? "sub.noMatchPartner" : "sub.noMatch")))
          .append("</p>");
    }
    b.append("<div class=\"scroll\"><table id=\"subscribers\"><tr><th>").append(Html.esc(t("sub.phone")))
        .append("</th><th>").append(Html.esc(t("field.region"))).append("</th><th>").append(Html.esc(t("sub.trades")))
        .append("</th><th>").append(Html.esc(t("sub.status"))).append("</th><th></th></tr>");
    for (Map<String, Object> r : rows) {
      row(b, r);
    }
    b.append("</table></div>").append(Params.pager(rc, page, d.found().size() > Params.PAGE_SIZE));
    counts(b, d);
    return b.toString();
  }

  private void row(StringBuilder b, Map<String, Object> r) {
    String status = (String) r.get("status");
    b.append("<tr><td>").append(Html.esc(v.phone((String) r.get("phone")))).append("</td><td>")
        .append(Html.esc(name(ref.region((String) r.get("region")).orElse(null), (String) r.get("region"))))
        .append("</td><td>").append(Html.esc(tradeNames((String) r.get("trades")))).append("</td><td>")
        .append(Html.esc(t("status." + status))).append("</td><td>");
    if (!v.staff().partner()) {
      String next = "active".equals(status) ? "stopped" : "active";
      b.append("<form method=\"post\" class=\"inline\" action=\"/admin/subscribers/").append(Sql.num(r.get("id")))
          .append("/status\">").append(Page.csrfField(v)).append("<input type=\"hidden\" name=\"status\" value=\"")
          .append(next).append("\"><button type=\"submit\">")
          .append(Html.esc(t(next.equals("active") ? "sub.resume" : "sub.stop"))).append("</button></form>");
    }
    b.append("</td></tr>");
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
