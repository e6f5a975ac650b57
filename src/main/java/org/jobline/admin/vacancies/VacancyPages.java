package org.jobline.admin.vacancies;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.audit.Audit;
import org.jobline.core.AppContext;
import org.jobline.vacancy.VacancyService;

/** The read side of /admin/vacancies: the filtered list, one vacancy with its figures, the interested export. */
final class VacancyPages {
  static final int INTERESTED_SHOWN = 200;
  static final int INTERESTED_EXPORT = 100_000;
  private final AppContext ctx;
  private final VacancyService service;
  private final Reach reach;
  private final org.jobline.alert.AlertText texts;

  VacancyPages(AppContext ctx, VacancyService service) {
    this.ctx = ctx;
    this.service = service;
    this.reach = new Reach(ctx);
    this.texts = new org.jobline.alert.AlertText(ctx.referenceData(), ctx.config().ussd().serviceCode(),
        ctx.config().sms().shortCode(), ctx.config().trust().verifiedBy());
  }

  record Filters(String status, String region, String trade, Long partner, String q) {}

  Filters filters(RoutingContext rc) {
    String partner = Params.query(rc, "partner", 12);
    return new Filters(Params.oneOf(Params.query(rc, "status", 10), "status", List.of("draft", "open", "closed")),
        Params.query(rc, "region", 20), Params.query(rc, "trade", 20),
        partner.matches("\\d{1,12}") ? Long.valueOf(partner) : null, Params.query(rc, "q", 100));
  }

  void list(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    Filters f = filters(rc);
    int page = Params.page(rc);
    ctx.store().read(tx -> new VacancyViews.ListData(
            Sql.rows(tx, VacancyAdminSql.LIST, v.partnerScope(), f.status(), f.region(), f.trade(), f.partner(),
                f.q().isEmpty() ? null : Sql.contains(f.q()), Params.PAGE_SIZE + 1, (page - 1) * Params.PAGE_SIZE),
            v.partnerScope() == null ? Sql.rows(tx, VacancyAdminSql.PARTNERS) : List.<Map<String, Object>>of()))
        .onFailure(rc::fail)
        .onSuccess(d -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "nav.vacancies"),
            new VacancyViews(v, ctx.referenceData()).list(rc, f, page, d)));
  }

  void detail(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String ref = rc.pathParam("ref");
    service.get(VacancyRoutes.actor(rc), ref)
        .compose(vac -> service.stats(VacancyRoutes.actor(rc), ref).compose(stats -> reach.waiting(vac)
            .compose(waiting -> ctx.store().read(tx -> new VacancyDetailView.Data(vac, stats,
                Sql.rows(tx, VacancyAdminSql.INTERESTED, vac.id(), INTERESTED_SHOWN),
                Sql.rows(tx, VacancyAdminSql.HISTORY, vac.ref()), waiting,
                Sql.rows(tx, VacancyAdminSql.FUNNEL, vac.id()).get(0))))))
        .map(d -> new VacancyDetailView(v, ctx.referenceData(), zone()).render(d, zone()))
        .onFailure(rc::fail)
        .onSuccess(html -> Page.send(rc, 200, v.lang(), v, ref.toUpperCase(), html));
  }

  /** Before publishing: the exact SMS, how many people it reaches, how many today; a confirmation. */
  void publish(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    service.get(VacancyRoutes.actor(rc), rc.pathParam("ref")).compose(vac -> {
      if (vac.open()) {
        Page.redirect(rc, "/admin/vacancies/" + vac.ref());
        return io.vertx.core.Future.succeededFuture();
      }
      return reach.preview(vac).map(p -> {
        String quietEnd = p.quietUntil() == null ? null
            : java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(p.quietUntil().atZone(java.time.ZoneId.of(zone())));
        Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "pub.title", vac.ref()),
            PublishView.render(v, vac, p, texts, quietEnd));
        return null;
      });
    }).onFailure(rc::fail);
  }

  /** Staff set where they are with one interested person (audited). */
  void setStatus(RoutingContext rc) {
    Viewer v = Viewer.require(rc, org.jobline.admin.auth.Staff.ADMIN, org.jobline.admin.auth.Staff.STAFF);
    String status = Params.oneOf(Params.form(rc, "status", 20), "status", InterestedView.STATUSES);
    long id = Params.pathId(rc, "id");
    service.get(VacancyRoutes.actor(rc), rc.pathParam("ref")).compose(vac -> ctx.store().write(tx -> {
      int n = Sql.update(tx, VacancyAdminSql.SET_FOLLOW_UP, status, System.currentTimeMillis(), v.actor(), id, vac.id());
      if (n == 0) {
        throw new org.jobline.core.errors.NotFound(Page.t(v.lang(), "error.notFound"));
      }
      Audit.log(tx, v.actor(), "interest.status", "vacancy", vac.ref(), "interest=" + id + " status=" + status);
      return vac.ref();
    })).onFailure(rc::fail).onSuccess(ref -> Page.redirect(rc, "/admin/vacancies/" + ref + "#interest-" + id));
  }

  /** The shortlist on paper: no menu, no forms. */
  void print(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    service.get(VacancyRoutes.actor(rc), rc.pathParam("ref")).compose(vac -> ctx.store()
            .read(tx -> Sql.rows(tx, VacancyAdminSql.INTERESTED, vac.id(), INTERESTED_EXPORT))
            .map(rows -> "<p><b>" + org.jobline.admin.Html.esc(vac.title()) + "</b> — " + org.jobline.admin.Html.esc(vac.employer())
                + "</p><p class=\"no-print\"><button type=\"button\" id=\"print-now\">" + org.jobline.admin.Html.esc(Page.t(v.lang(), "int.print"))
                + "</button> <a href=\"/admin/vacancies/" + org.jobline.admin.Html.esc(vac.ref()) + "\">" + org.jobline.admin.Html.esc(Page.t(v.lang(), "error.back"))
                + "</a></p>" + new InterestedView(v, ctx.referenceData(), zone()).table(vac.ref(), rows, false)
                + "<script src=\"/admin/static/print.js\"></script>")
            .map(html -> {
              Page.send(rc, 200, v.lang(), null, Page.t(v.lang(), "int.title") + " · " + vac.ref(), html);
              return null;
            }))
        .onFailure(rc::fail);
  }

  private String zone() {
    return ctx.config().locale().timeZone();
  }

  void exportInterested(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    service.get(VacancyRoutes.actor(rc), rc.pathParam("ref"))
        .compose(vac -> ctx.store().write(tx -> {
          Audit.log(tx, v.actor(), "export.interested", "vacancy", vac.ref(), null);
          return Sql.rows(tx, VacancyAdminSql.INTERESTED, vac.id(), INTERESTED_EXPORT);
        }).map(rows -> {
          new InterestedCsv(v, ctx.referenceData(), ctx.config().locale().timeZone()).build(rows)
              .send(rc, "interesses-" + vac.ref() + ".csv");
          return null;
        }))
        .onFailure(rc::fail);
  }
}
