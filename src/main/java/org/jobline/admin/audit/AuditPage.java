package org.jobline.admin.audit;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.auth.Staff;
import org.jobline.core.AppContext;

/** GET /admin/audit (admins only): the audit log, newest first, searchable by actor or action. */
public final class AuditPage {
  private final AppContext ctx;

  public AuditPage(AppContext ctx) {
    this.ctx = ctx;
  }

  public void mount(Router router) {
    router.get("/admin/audit").handler(this::show);
  }

  private void show(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    String q = Params.query(rc, "q", 64);
    int page = Params.page(rc);
    String like = Sql.contains(q);
    ctx.store().read(c -> Sql.rows(c, AuditSql.PAGE, q, like, like, Params.PAGE_SIZE + 1, (page - 1) * Params.PAGE_SIZE))
        .onFailure(rc::fail)
        .onSuccess(rows -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "nav.audit"), body(rc, v, q, page, rows)));
  }

  private static String body(RoutingContext rc, Viewer v, String q, int page, List<Map<String, Object>> rows) {
    StringBuilder b = new StringBuilder("<form method=\"get\" class=\"filters\"><label>")
        .append(Html.esc(Page.t(v.lang(), "audit.search"))).append("<input id=\"q\" name=\"q\" value=\"")
        .append(Html.esc(q)).append("\"></label><button type=\"submit\">").append(Html.esc(Page.t(v.lang(), "action.search")))
        .append("</button></form><div class=\"scroll\"><table id=\"audit\">");
    for (Map<String, Object> r : rows.subList(0, Math.min(rows.size(), Params.PAGE_SIZE))) {
      b.append("<tr><td>").append(Html.esc(Instant.ofEpochMilli(Sql.num(r.get("at"))).toString().substring(0, 19)))
          .append("</td><td>").append(Html.esc(r.get("actor"))).append("</td><td>").append(Html.esc(r.get("action")))
          .append("</td><td>").append(Html.esc(r.get("entity"))).append(" ").append(Html.esc(r.get("entity_id")))
          .append("</td><td>").append(Html.esc(r.get("detail"))).append("</td></tr>");
    }
    return b.append("</table></div>").append(Params.pager(rc, page, rows.size() > Params.PAGE_SIZE)).toString();
  }
}
