package org.jobline.admin.messages;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;

/** The HTML of the messages page. */
final class MessagesView {
  private final Viewer v;
  private final String lang;

  MessagesView(Viewer v) {
    this.v = v;
    this.lang = v.lang();
  }

  String render(RoutingContext rc, String status, String vacancy, int page, MessagesPage.Data d, JsonObject checks) {
    JsonObject link = checks == null ? null : checks.getJsonObject("aggregator");
    StringBuilder b = new StringBuilder("<p id=\"link-state\">").append(Html.esc(t("msg.link"))).append(" : <b>")
        .append(Html.esc(MessagesPage.linkLabel(lang, link))).append("</b></p>");
    routes(b, checks == null || checks.getJsonObject("routes") == null ? null : checks.getJsonObject("routes").getJsonObject("routes"));
    String retried = Params.query(rc, "retried", 9);
    if (!retried.isEmpty()) {
      b.append("<p class=\"ok\" id=\"retried\">").append(Html.esc(Page.t(lang, "msg.retried", retried))).append("</p>");
    }
    b.append("<div class=\"figures\" id=\"outbox-counts\">");
    for (String s : MessagesPage.STATUSES) {
      b.append("<div><b>").append(d.counts().getOrDefault(s, 0L)).append("</b><a href=\"/admin/messages?status=")
          .append(s).append("\">").append(Html.esc(t("outbox." + s))).append("</a></div>");
    }
    b.append("</div><form method=\"post\" action=\"/admin/messages/retry\">").append(Page.csrfField(v))
        .append("<button id=\"retry-all\" type=\"submit\">").append(Html.esc(t("msg.retryAll"))).append("</button></form>")
        .append("<h2>").append(Html.esc(t("outbox." + status))).append("</h2>")
        .append("<form method=\"get\" class=\"filters\"><input type=\"hidden\" name=\"status\" value=\"")
        .append(Html.esc(status)).append("\"><label>").append(Html.esc(t("vac.ref")))
        .append("<input name=\"vacancy\" id=\"vacancy\" value=\"").append(Html.esc(vacancy)).append("\"></label><button>")
        .append(Html.esc(t("action.filter"))).append("</button></form>");
    list(b, d.rows().size() > Params.PAGE_SIZE ? d.rows().subList(0, Params.PAGE_SIZE) : d.rows());
    b.append(Params.pager(rc, page, d.rows().size() > Params.PAGE_SIZE));
    perVacancy(b, d.perVacancy());
    return b.toString();
  }

  private void list(StringBuilder b, List<Map<String, Object>> rows) {
    b.append("<div class=\"scroll\"><table id=\"outbox\"><tr><th>#</th><th>").append(Html.esc(t("sub.phone")))
        .append("</th><th>").append(Html.esc(t("vac.ref"))).append("</th><th>").append(Html.esc(t("msg.attempts")))
        .append("</th><th>").append(Html.esc(t("msg.lastError"))).append("</th><th></th></tr>");
    for (Map<String, Object> r : rows) {
      b.append("<tr><td>").append(Sql.num(r.get("id"))).append(" ").append(Html.esc(r.get("kind"))).append("</td><td>")
          .append(Html.esc(v.phone((String) r.get("recipient")))).append("</td><td>").append(Html.esc(r.get("ref")))
          .append("</td><td class=\"num\">").append(Sql.num(r.get("attempts"))).append("</td><td>")
          .append(Html.esc(r.get("last_error"))).append("</td><td>");
      if ("failed".equals(r.get("status"))) {
        b.append("<form method=\"post\" class=\"inline\" action=\"/admin/messages/retry\">").append(Page.csrfField(v))
            .append("<input type=\"hidden\" name=\"id\" value=\"").append(Sql.num(r.get("id")))
            .append("\"><button type=\"submit\">").append(Html.esc(t("msg.retry"))).append("</button></form>");
      }
      b.append("</td></tr>");
    }
    b.append("</table></div>");
  }

  /** Every route as /ready shows it: state, signal (a modem), in flight, sent and cost today. */
  private void routes(StringBuilder b, JsonObject routes) {
    if (routes == null || routes.isEmpty()) {
      return;
    }
    b.append("<div class=\"scroll\"><table id=\"routes\"><tr>");
    for (String h : List.of("msg.route", "msg.breaker", "msg.signal", "msg.inFlight", "msg.sentToday", "msg.costToday")) {
      b.append("<th>").append(Html.esc(t(h))).append("</th>");
    }
    b.append("</tr>");
    for (String name : routes.fieldNames()) {
      JsonObject r = routes.getJsonObject(name);
      b.append("<tr><td>").append(Html.esc(name)).append(" (").append(Html.esc(r.getString("type"))).append(")</td><td>")
          .append(Html.esc(t("msg.breaker." + r.getString("breaker", "closed")))).append("</td><td>")
          .append(Html.esc(r.getValue("signal") == null ? "" : r.getValue("signal"))).append("</td><td class=\"num\">")
          .append(r.getValue("inFlight")).append("</td><td class=\"num\">").append(r.getValue("sentToday"))
          .append("</td><td class=\"num\">").append(r.getValue("costToday")).append("</td></tr>");
    }
    b.append("</table></div>");
  }

  private void perVacancy(StringBuilder b, List<Map<String, Object>> rows) {
    b.append("<h2>").append(Html.esc(t("msg.perVacancy"))).append("</h2><div class=\"scroll\"><table id=\"per-vacancy\"><tr><th>")
        .append(Html.esc(t("vac.ref"))).append("</th><th class=\"num\">").append(Html.esc(t("msg.waiting")))
        .append("</th><th class=\"num\">").append(Html.esc(t("outbox.sent"))).append("</th><th class=\"num\">")
        .append(Html.esc(t("outbox.delivered"))).append("</th><th class=\"num\">").append(Html.esc(t("outbox.failed")))
        .append("</th></tr>");
    for (Map<String, Object> r : rows) {
      b.append("<tr><td><a href=\"/admin/vacancies/").append(Sql.num(r.get("id"))).append("\">")
          .append(Html.esc(r.get("ref"))).append("</a> ").append(Html.esc(r.get("title"))).append("</td>");
      for (String k : List.of("waiting", "sent", "delivered", "failed")) {
        b.append("<td class=\"num\">").append(Sql.num(r.get(k))).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</table></div>");
  }

  private String t(String key) {
    return Page.t(lang, key);
  }
}
