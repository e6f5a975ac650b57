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
  private final java.time.ZoneId zone;

  MessagesView(Viewer v, String timeZone) {
    this.v = v;
    this.zone = java.time.ZoneId.of(timeZone);
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
        .append(Html.esc(t("action.filter"))).append("</button></form><p><a id=\"inbound-link\" href=\"/admin/messages/inbound\">")
        .append(Html.esc(t("msg.inbound"))).append("</a></p>");
    list(b, d.rows().size() > Params.PAGE_SIZE ? d.rows().subList(0, Params.PAGE_SIZE) : d.rows());
    b.append(Params.pager(rc, page, d.rows().size() > Params.PAGE_SIZE));
    perVacancy(b, d.perVacancy());
    return b.toString();
  }

  private void list(StringBuilder b, List<Map<String, Object>> rows) {
    b.append("<table id=\"outbox\" class=\"cards\"><thead><tr>");
    for (String h : List.of("msg.when", "sub.phone", "msg.text", "msg.route", "sub.status", "msg.reason", "users.actions")) {
      b.append("<th scope=\"col\">").append(Html.esc(t(h))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    long now = System.currentTimeMillis();
    for (Map<String, Object> r : rows) {
      String status = String.valueOf(r.get("status"));
      long notBefore = Sql.num(r.get("not_before"));
      String reason = "failed".equals(status) || "expired".equals(status) ? String.valueOf(r.get("last_error") == null ? "" : r.get("last_error"))
          : ("queued".equals(status) || "sending".equals(status)) && notBefore > now
              ? Page.t(lang, "msg.waitsUntil", org.jobline.admin.Csv.time(notBefore, zone)) : "";
      b.append("<tr id=\"msg-").append(Sql.num(r.get("id"))).append("\">");
      cell(b, "msg.when", org.jobline.admin.Csv.time(Sql.num(r.get("updated_at")), zone));
      cell(b, "sub.phone", v.phone((String) r.get("recipient")));
      b.append("<td data-label=\"").append(Html.esc(t("msg.text"))).append("\">").append(Html.esc(t("msg.kind." + r.get("kind"))));
      if (r.get("ref") != null) {
        b.append(" <a href=\"/admin/vacancies/").append(Html.q(r.get("ref"))).append("\">").append(Html.esc(r.get("ref"))).append("</a>");
      }
      b.append("<br><small>").append(Html.esc(r.get("text"))).append("</small></td>");
      cell(b, "msg.route", r.get("route") == null ? "" : String.valueOf(r.get("route")));
      cell(b, "sub.status", t("outbox." + status) + (Sql.num(r.get("attempts")) > 1 ? " (" + Page.t(lang, "msg.tries", Sql.num(r.get("attempts"))) + ")" : ""));
      cell(b, "msg.reason", reason);
      b.append("<td data-label=\"").append(Html.esc(t("users.actions"))).append("\">");
      if ("failed".equals(r.get("status"))) {
        b.append("<form method=\"post\" class=\"inline\" action=\"/admin/messages/retry\">").append(Page.csrfField(v))
            .append("<input type=\"hidden\" name=\"id\" value=\"").append(Sql.num(r.get("id")))
            .append("\"><button type=\"submit\">").append(Html.esc(t("msg.retry"))).append("</button></form>");
      }
      b.append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  private void cell(StringBuilder b, String label, String value) {
    b.append("<td data-label=\"").append(Html.esc(t(label))).append("\">").append(Html.esc(value)).append("</td>");
  }

  /** The texts job-seekers sent, newest first. */
  String inbound(RoutingContext rc, int page, List<Map<String, Object>> rows) {
    StringBuilder b = new StringBuilder("<p><a href=\"/admin/messages\">").append(Html.esc(t("nav.messages"))).append("</a></p>")
        .append("<table id=\"inbound\" class=\"cards\"><thead><tr>");
    for (String h : List.of("msg.when", "sub.phone", "msg.text", "msg.answered")) {
      b.append("<th scope=\"col\">").append(Html.esc(t(h))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (Map<String, Object> r : rows.subList(0, Math.min(rows.size(), Params.PAGE_SIZE))) {
      b.append("<tr>");
      cell(b, "msg.when", org.jobline.admin.Csv.time(Sql.num(r.get("received_at")), zone));
      cell(b, "sub.phone", v.phone((String) r.get("phone")));
      cell(b, "msg.text", String.valueOf(r.get("text")));
      cell(b, "msg.answered", t(Sql.num(r.get("answered")) == 1 ? "msg.yes" : "msg.no"));
      b.append("</tr>");
    }
    return b.append("</tbody></table>").append(Params.pager(rc, page, rows.size() > Params.PAGE_SIZE)).toString();
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
      b.append("<tr><td><a href=\"/admin/vacancies/").append(Html.q(r.get("ref"))).append("\">")
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
