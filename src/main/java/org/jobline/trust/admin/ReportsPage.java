package org.jobline.trust.admin;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.auth.Staff;
import org.jobline.core.AppContext;
import org.jobline.trust.TrustDesk;
import org.jobline.trust.TrustTexts;
import org.jobline.vacancy.Actor;

/**
 * /admin/reports ("Signalements", agency staff and admins): reports with their counts per vacancy and per
 * partner, and the buttons that suspend a vacancy or a partner; admins also set which partners are trusted.
 */
final class ReportsPage {
  private final AppContext ctx;
  private final TrustDesk desk;

  ReportsPage(AppContext ctx, TrustDesk desk) {
    this.ctx = ctx;
    this.desk = desk;
  }

  /** The page's three tables. */
  record Data(List<Map<String, Object>> byVacancy, List<Map<String, Object>> byPartner, List<Map<String, Object>> latest) {}

  void mount(Router router) {
    router.get("/admin/reports").handler(this::show);
    router.post("/admin/reports/vacancies/:ref/suspend").handler(this::suspendVacancy);
    router.post("/admin/reports/partners/:id/suspend").handler(this::suspendPartner);
    router.post("/admin/reports/partners/:id/trust").handler(this::trust);
  }

  private void show(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    String notice = notice(rc, v.lang());
    ctx.store().read(tx -> new Data(Sql.rows(tx, TrustAdminSql.BY_VACANCY), Sql.rows(tx, TrustAdminSql.BY_PARTNER),
        Sql.rows(tx, TrustAdminSql.LATEST))).onFailure(rc::fail).onSuccess(d -> Page.send(rc, 200, v.lang(), v,
        TrustTexts.get(v.lang(), "reports.title"), new ReportsView(v, ctx.config().locale().timeZone()).render(d, notice)));
  }

  private void suspendVacancy(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    String ref = rc.pathParam("ref").strip().toUpperCase(java.util.Locale.ROOT);
    done(rc, desk.suspendVacancy(Actor.staff(v.actor()), ref, reason(rc))
        .map(n -> (n == 0 ? "vacancyAgain" : "vacancyDone") + "&ref=" + org.jobline.admin.Html.q(ref) + "&n=" + n));
  }

  private void suspendPartner(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    long id = Params.pathId(rc, "id");
    done(rc, desk.suspendPartner(Actor.staff(v.actor()), id, reason(rc)).map(refs -> "partnerDone&n=" + refs.size()));
  }

  private void trust(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    long id = Params.pathId(rc, "id");
    String value = Params.oneOf(Params.form(rc, "trusted", 1), "trusted", List.of("0", "1"));
    done(rc, desk.setTrusted(Actor.staff(v.actor()), id, "1".equals(value)).map(x -> "trustDone"));
  }

  private static String reason(RoutingContext rc) {
    return Params.form(rc, "reason", TrustDesk.MAX_REASON + 1);
  }

  private static void done(RoutingContext rc, Future<String> result) {
    result.onFailure(rc::fail).onSuccess(q -> Page.redirect(rc, "/admin/reports?done=" + q));
  }

  private static String notice(RoutingContext rc, String lang) {
    String done = Params.oneOf(Params.query(rc, "done", 16), "done",
        List.of("vacancyDone", "vacancyAgain", "partnerDone", "trustDone"));
    if (done.isEmpty()) {
      return null;
    }
    String n = Params.query(rc, "n", 9).replaceAll("\\D", "");
    return TrustTexts.get(lang, "reports." + done, Params.query(rc, "ref", 12), n.isEmpty() ? "0" : n);
  }
}
