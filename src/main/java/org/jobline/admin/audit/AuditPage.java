package org.jobline.admin.audit;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.auth.Staff;
import org.jobline.core.AppContext;
import org.jobline.http.BadRequestException;

/**
 * GET /admin/audit (admins only): the journal, newest first, with column headers, local times and
 * readable action names, filtered by user and dates; the same rows as CSV at /admin/audit.csv.
 */
public final class AuditPage {
  static final int EXPORT_MAX = 100_000;
  private final AppContext ctx;
  private final ZoneId zone;

  public AuditPage(AppContext ctx) {
    this.ctx = ctx;
    this.zone = ZoneId.of(ctx.config().locale().timeZone());
  }

  public void mount(Router router) {
    router.get("/admin/audit").handler(this::show);
    router.get("/admin/audit.csv").handler(this::export);
  }

  record Filter(String user, String from, String to, long fromMs, long toMs) {}

  private Filter filter(RoutingContext rc, String lang) {
    String user = Params.query(rc, "user", 64);
    String from = Params.query(rc, "from", 10);
    String to = Params.query(rc, "to", 10);
    try {
      long fromMs = from.isEmpty() ? 0 : LocalDate.parse(from).atStartOfDay(zone).toInstant().toEpochMilli();
      long toMs = to.isEmpty() ? Long.MAX_VALUE : LocalDate.parse(to).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
      return new Filter(user, from, to, fromMs, toMs);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("from", Page.t(lang, "audit.badDate"));
    }
  }

  private void show(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    Filter f = filter(rc, v.lang());
    int page = Params.page(rc);
    ctx.store().read(tx -> Map.of("rows", Sql.rows(tx, AuditSql.PAGE, f.user(), f.fromMs(), f.toMs(), Params.PAGE_SIZE + 1,
            (page - 1) * Params.PAGE_SIZE), "actors", Sql.rows(tx, AuditSql.ACTORS)))
        .onFailure(rc::fail)
        .onSuccess(d -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "nav.audit"),
            body(rc, v, f, page, d.get("rows"), d.get("actors"))));
  }

  private void export(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    Filter f = filter(rc, v.lang());
    ctx.store().write(tx -> {
      Audit.log(tx, v.actor(), "export.audit", null, null, null);
      return Sql.rows(tx, AuditSql.PAGE, f.user(), f.fromMs(), f.toMs(), EXPORT_MAX, 0);
    }).onFailure(rc::fail).onSuccess(rows -> {
      String lang = v.lang();
      Csv csv = new Csv(List.of(Page.t(lang, "audit.when"), Page.t(lang, "audit.user"), Page.t(lang, "audit.action"),
          Page.t(lang, "audit.object"), Page.t(lang, "audit.detail")));
      rows.forEach(r -> csv.row(List.of(Csv.time(Sql.num(r.get("at")), zone), String.valueOf(r.get("actor")),
          action(lang, (String) r.get("action")), object(lang, r), r.get("detail") == null ? "" : (String) r.get("detail"))));
      csv.send(rc, "journal.csv");
    });
  }

  static String action(String lang, String code) {
    return Page.TEXT.has(lang, "audit.action." + code) ? Page.t(lang, "audit.action." + code) : code;
  }

  static String object(String lang, Map<String, Object> r) {
    Object entity = r.get("entity");
    Object id = r.get("entity_id");
    if (entity == null) {
      return "";
    }
    String name = Page.TEXT.has(lang, "audit.entity." + entity) ? Page.t(lang, "audit.entity." + entity) : String.valueOf(entity);
    return id == null ? name : name + " " + id;
  }

  private String body(RoutingContext rc, Viewer v, Filter f, int page, List<Map<String, Object>> rows,
                      List<Map<String, Object>> actors) {
    String lang = v.lang();
    StringBuilder b = new StringBuilder("<form method=\"get\" class=\"filters\" id=\"audit-filters\"><label>")
        .append(t(lang, "audit.user")).append("<select id=\"user\" name=\"user\"><option value=\"\">")
        .append(t(lang, "audit.everyone")).append("</option>");
    for (Map<String, Object> a : actors) {
      String name = String.valueOf(a.get("actor"));
      b.append("<option").append(name.equalsIgnoreCase(f.user()) ? " selected" : "").append(">").append(Html.esc(name))
          .append("</option>");
    }
    b.append("</select></label><label>").append(t(lang, "audit.from")).append("<input type=\"date\" id=\"from\" name=\"from\" value=\"")
        .append(Html.esc(f.from())).append("\"></label><label>").append(t(lang, "audit.to"))
        .append("<input type=\"date\" id=\"to\" name=\"to\" value=\"").append(Html.esc(f.to())).append("\"></label><button type=\"submit\">")
        .append(t(lang, "action.filter")).append("</button></form><p><a id=\"audit-export\" href=\"/admin/audit.csv?user=")
        .append(Html.q(f.user())).append("&amp;from=").append(Html.q(f.from())).append("&amp;to=").append(Html.q(f.to()))
        .append("\">").append(t(lang, "vac.export")).append("</a></p><table id=\"audit\" class=\"cards\"><thead><tr>");
    for (String h : List.of("audit.when", "audit.user", "audit.action", "audit.object", "audit.detail")) {
      b.append("<th scope=\"col\">").append(t(lang, h)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (Map<String, Object> r : rows.subList(0, Math.min(rows.size(), Params.PAGE_SIZE))) {
      b.append("<tr>");
      cell(b, lang, "audit.when", Csv.time(Sql.num(r.get("at")), zone));
      cell(b, lang, "audit.user", String.valueOf(r.get("actor")));
      cell(b, lang, "audit.action", action(lang, (String) r.get("action")));
      cell(b, lang, "audit.object", object(lang, r));
      cell(b, lang, "audit.detail", r.get("detail") == null ? "" : String.valueOf(r.get("detail")));
      b.append("</tr>");
    }
    return b.append("</tbody></table>").append(Params.pager(rc, page, rows.size() > Params.PAGE_SIZE)).toString();
  }

  private static void cell(StringBuilder b, String lang, String label, String value) {
    b.append("<td data-label=\"").append(t(lang, label)).append("\">").append(Html.esc(value)).append("</td>");
  }

  private static String t(String lang, String key) {
    return Html.esc(Page.t(lang, key));
  }
}
