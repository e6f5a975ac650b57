package org.jobline.admin.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Viewer;
import org.jobline.core.AppContext;

/**
 * GET /admin/dashboard: the funnel, today's messages per route (staff and admins), registrations and
 * alerts per day (charts), the labour-market board.
 */
public final class DashboardPage {
  private final AppContext ctx;

  public DashboardPage(AppContext ctx) {
    this.ctx = ctx;
  }

  public void mount(Router router) {
    router.get("/admin/dashboard").handler(this::show);
  }

  private void show(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    ZoneId zone = ZoneId.of(ctx.config().locale().timeZone());
    LocalDate today = LocalDate.now(zone);
    long dayStart = today.atStartOfDay(zone).toInstant().toEpochMilli();
    String sort = org.jobline.admin.Params.query(rc, "sort", 30);
    ctx.store().read(tx -> {
      DashboardData d = DashboardData.load(tx, v.partnerScope(), today);
      BoardGrid grid = new BoardGrid(ctx.referenceData().regions(), ctx.referenceData().trades(),
          org.jobline.admin.Sql.rows(tx, DashboardSql.SEEKERS_GRID), org.jobline.admin.Sql.rows(tx, DashboardSql.OPEN_GRID));
      RouteDay routes = v.partnerScope() == null ? RouteDay.load(tx, dayStart) : null;
      return body(v.lang(), d, routes, grid.render(v.lang(), sort));
    }).onFailure(rc::fail).onSuccess(html -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "nav.dashboard"), html));
  }

  private String body(String lang, DashboardData d, RouteDay routes, String grid) {
    StringBuilder b = new StringBuilder();
    b.append("<h2>").append(Html.esc(Page.t(lang, "dash.funnel"))).append("</h2><div class=\"figures\" id=\"funnel\">");
    figure(b, Page.t(lang, "fig.alerted"), d.alerted(), null);
    figure(b, Page.t(lang, "fig.delivered"), d.delivered(), d.alerted());
    figure(b, Page.t(lang, "fig.interested"), d.interested(), d.delivered());
    b.append("</div>");
    if (routes != null) {
      perRoute(b, lang, routes);
    }
    b.append("<h2>").append(Html.esc(Page.t(lang, "dash.registrations"))).append("</h2>");
    chart(b, lang, "chart-registrations", d, new JsonObject().put(Page.t(lang, "dash.registrations"), d.registrations()));
    b.append("<h2>").append(Html.esc(Page.t(lang, "dash.alerts"))).append("</h2>");
    chart(b, lang, "chart-alerts", d, new JsonObject().put(Page.t(lang, "fig.sent"), d.alertsSent())
        .put(Page.t(lang, "fig.delivered"), d.alertsDelivered()));
    b.append("<h2 id=\"board\">").append(Html.esc(Page.t(lang, "dash.board"))).append("</h2>").append(grid)
        .append("<h3>").append(Html.esc(Page.t(lang, "dash.byRegion"))).append("</h3>");
    board(b, lang, "board-regions", Page.t(lang, "field.region"),
        Board.of(ctx.referenceData().regions(), lang, d.seekersByRegion(), d.openByRegion()));
    b.append("<script src=\"/admin/static/uplot/uPlot.iife.min.js\"></script>")
        .append("<link rel=\"stylesheet\" href=\"/admin/static/uplot/uPlot.min.css\">")
        .append("<script src=\"/admin/static/charts.js\"></script>");
    return b.toString();
  }

  /** Today's messages per route; a partner's view leaves it out (routes and costs are the agency's). */
  private void perRoute(StringBuilder b, String lang, RouteDay routes) {
    b.append("<h2>").append(Html.esc(Page.t(lang, "dash.perRoute"))).append("</h2>");
    if (routes.lines().isEmpty()) {
      b.append("<p id=\"per-route\">").append(Html.esc(Page.t(lang, "dash.perRouteNone"))).append("</p>");
      return;
    }
    b.append("<div class=\"scroll\"><table id=\"per-route\"><tr><th scope=\"col\">")
        .append(Html.esc(Page.t(lang, "msg.route"))).append("</th>");
    for (String h : new String[] {"dash.routeSent", "dash.routeDelivered", "dash.routeFailed"}) {
      b.append("<th class=\"num\">").append(Html.esc(Page.t(lang, h))).append("</th>");
    }
    b.append("<th class=\"num\">").append(Html.esc(Page.t(lang, "dash.routeCost")))
        .append(" (").append(Html.esc(ctx.config().sms().currency())).append(")</th></tr>");
    for (RouteDay.Line l : routes.lines()) {
      b.append("<tr><td>").append(Html.esc(l.route())).append("</td><td class=\"num\">").append(l.sent())
          .append("</td><td class=\"num\">").append(l.delivered()).append("</td><td class=\"num\">").append(l.failed())
          .append("</td><td class=\"num\">").append(Html.esc(cost(l.cost()))).append("</td></tr>");
    }
    b.append("</table></div>");
  }

  private static String cost(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static void figure(StringBuilder b, String label, long value, Long of) {
    b.append("<div><b>").append(value).append("</b>").append(Html.esc(label));
    if (of != null && of > 0) {
      b.append(" (").append(Math.round(100.0 * value / of)).append(" %)");
    }
    b.append("</div>");
  }

  private static void chart(StringBuilder b, String lang, String id, DashboardData d, JsonObject series) {
    JsonObject data = new JsonObject().put("days", new JsonArray(d.days())).put("series", series)
        .put("day", Page.t(lang, "dash.day"));
    b.append("<div class=\"chart\" id=\"").append(id).append("\" data-chart=\"").append(Html.esc(data.encode()))
        .append("\"></div>");
  }

  private static void board(StringBuilder b, String lang, String id, String what, Board board) {
    b.append("<div class=\"scroll\"><table id=\"").append(id).append("\"><tr><th scope=\"col\">").append(Html.esc(what))
        .append("</th><th class=\"num\">").append(Html.esc(Page.t(lang, "dash.seekers")))
        .append("</th><th class=\"num\">").append(Html.esc(Page.t(lang, "dash.positions"))).append("</th></tr>");
    for (Board.Line l : board.lines()) {
      b.append("<tr class=\"").append(l.mismatch() ? "miss" : "").append("\"><td>").append(Html.esc(l.name()))
          .append("</td><td class=\"num\">").append(l.seekers()).append("</td><td class=\"num\">")
          .append(l.positions()).append("</td></tr>");
    }
    b.append("</table></div>");
  }
}
