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

  VacancyPages(AppContext ctx, VacancyService service) {
    this.ctx = ctx;
    this.service = service;
  }

  record Filters(String status, String region, String trade, Long partner, String q) {}

  void list(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String partner = Params.query(rc, "partner", 12);
    Filters f = new Filters(Params.oneOf(Params.query(rc, "status", 10), "status", List.of("draft", "open", "closed")),
        Params.query(rc, "region", 20), Params.query(rc, "trade", 20),
        partner.matches("\\d{1,12}") ? Long.valueOf(partner) : null, Params.query(rc, "q", 100));
    int page = Params.page(rc);
    ctx.store().read(c -> new VacancyViews.ListData(
            Sql.rows(c, VacancyAdminSql.LIST, v.partnerScope(), f.status(), f.region(), f.trade(), f.partner(),
                f.q().isEmpty() ? null : Sql.contains(f.q()), Params.PAGE_SIZE + 1, (page - 1) * Params.PAGE_SIZE),
            v.partnerScope() == null ? Sql.rows(c, VacancyAdminSql.PARTNERS) : List.<Map<String, Object>>of()))
        .onFailure(rc::fail)
        .onSuccess(d -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "nav.vacancies"),
            new VacancyViews(v, ctx.referenceData()).list(rc, f, page, d)));
  }

  void detail(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String ref = rc.pathParam("ref");
    service.get(VacancyRoutes.actor(rc), ref)
        .compose(vac -> service.stats(VacancyRoutes.actor(rc), ref).compose(stats -> ctx.store()
            .read(c -> Sql.rows(c, VacancyAdminSql.INTERESTED, vac.id(), INTERESTED_SHOWN))
            .map(rows -> new VacancyViews(v, ctx.referenceData()).detail(vac, stats, rows))))
        .onFailure(rc::fail)
        .onSuccess(html -> Page.send(rc, 200, v.lang(), v, ref.toUpperCase(), html));
  }

  void exportInterested(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    service.get(VacancyRoutes.actor(rc), rc.pathParam("ref"))
        .compose(vac -> ctx.store().write(c -> {
          Audit.log(c, v.actor(), "export.interested", "vacancy", vac.ref(), null);
          return Sql.rows(c, VacancyAdminSql.INTERESTED, vac.id(), INTERESTED_EXPORT);
        }).map(rows -> CsvFiles.interested(rows, v, ctx.referenceData())).map(csv -> {
          rc.response().putHeader("Content-Type", "text/csv; charset=utf-8").putHeader("Cache-Control", "no-store")
              .putHeader("Content-Disposition", "attachment; filename=\"interested-" + vac.ref() + ".csv\"").end(csv);
          return null;
        }))
        .onFailure(rc::fail);
  }
}
