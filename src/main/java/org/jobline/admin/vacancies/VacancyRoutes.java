package org.jobline.admin.vacancies;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Viewer;
import org.jobline.alert.Alerts;
import org.jobline.core.AppContext;
import org.jobline.core.errors.SafeError;
import org.jobline.http.ErrorHandler;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.ValidationException;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyService;

/** /admin/vacancies: list, create, edit, open, close (through VacancyService), figures, interested, CSV import. */
public final class VacancyRoutes {
  public static final int MAX_UPLOAD_MB = CsvFiles.MAX_BYTES / (1024 * 1024);
  private final AppContext ctx;
  private final VacancyService service;
  private final VacancyPages pages;
  private final CsvImport imports;
  private final org.jobline.vacancy.VacancyValidator validator;

  public VacancyRoutes(AppContext ctx) {
    this.ctx = ctx;
    this.service = Alerts.vacancyService(ctx);
    this.pages = new VacancyPages(ctx, service);
    this.imports = new CsvImport(ctx, service);
    this.validator = new org.jobline.vacancy.VacancyValidator(ctx.referenceData(),
        java.time.ZoneId.of(ctx.config().locale().timeZone()), java.time.Clock.systemUTC(),
        ctx.config().locale().country());
  }

  /** The CSV upload's own body handler, mounted before the router's general one. */
  public static void mountFirst(Router router) {
    CsvImport.mountFirst(router);
  }

  public void mount(Router router) {
    router.get("/admin/vacancies").handler(pages::list);
    VacancyBulk bulk = new VacancyBulk(ctx, service);
    router.get("/admin/vacancies.csv").handler(rc -> bulk.export(rc, pages.filters(rc)));
    router.post("/admin/vacancies/bulk").handler(bulk::handle);
    router.get("/admin/vacancies/new").handler(rc -> form(rc, "/admin/vacancies", VacancyInput.EMPTY, null, null));
    router.post("/admin/vacancies").handler(this::create);
    imports.mount(router);
    router.get("/admin/vacancies/:ref").handler(pages::detail);
    router.get("/admin/vacancies/:ref/interested.csv").handler(pages::exportInterested);
    router.get("/admin/vacancies/:ref/interested/print").handler(pages::print);
    router.post("/admin/vacancies/:ref/interested/:id").handler(pages::setStatus);
    router.get("/admin/vacancies/:ref/publish").handler(pages::publish);
    router.get("/admin/vacancies/:ref/edit").handler(this::editForm);
    router.post("/admin/vacancies/:ref").handler(this::edit);
    router.post("/admin/vacancies/:ref/open").handler(rc -> service.open(actor(rc), rc.pathParam("ref"))
        .onFailure(rc::fail).onSuccess(v -> Page.redirect(rc, "/admin/vacancies/" + v.ref())));
    router.post("/admin/vacancies/:ref/close").handler(rc -> service.close(actor(rc), rc.pathParam("ref"))
        .onFailure(rc::fail).onSuccess(v -> Page.redirect(rc, "/admin/vacancies/" + v.ref())));
  }

  /** The service's actor for this user: audited by username, limited to their partner if they are one. */
  static Actor actor(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    return new Actor(v.actor(), v.partnerScope());
  }

  private void create(RoutingContext rc) {
    VacancyForm.Decoded d = VacancyForm.decode(rc);
    if (d.error() != null) {
      form(rc, "/admin/vacancies", d.input(), d.rawPositions(), allErrors(d));
      return;
    }
    VacancyInput in = d.input();
    service.create(actor(rc), in).onSuccess(v -> Page.redirect(rc, "/admin/vacancies/" + v.ref()))
        .onFailure(e -> failOrForm(rc, "/admin/vacancies", in, e));
  }

  private void editForm(RoutingContext rc) {
    service.get(actor(rc), rc.pathParam("ref")).onFailure(rc::fail)
        .onSuccess(v -> form(rc, "/admin/vacancies/" + v.ref(), VacancyForm.of(v), null, null));
  }

  private void edit(RoutingContext rc) {
    String action = "/admin/vacancies/" + rc.pathParam("ref");
    VacancyForm.Decoded d = VacancyForm.decode(rc);
    if (d.error() != null) {
      form(rc, action, d.input(), d.rawPositions(), allErrors(d));
      return;
    }
    VacancyInput in = d.input();
    service.edit(actor(rc), rc.pathParam("ref"), in).onSuccess(v -> Page.redirect(rc, "/admin/vacancies/" + v.ref()))
        .onFailure(e -> failOrForm(rc, action, in, e));
  }

  /** A positions that is not a number, with every other bad field of the same form: one round of corrections. */
  private SafeError allErrors(VacancyForm.Decoded d) {
    java.util.List<org.jobline.vacancy.FieldError> all = new java.util.ArrayList<>();
    if (d.error() instanceof ValidationException v) {
      all.addAll(v.errors());
    }
    try {
      validator.validate(d.input(), d.input());
    } catch (ValidationException v) {
      v.errors().stream().filter(e -> !"positions".equals(e.field())).forEach(all::add);
    }
    return all.isEmpty() ? d.error() : new ValidationException(all);
  }

  private void failOrForm(RoutingContext rc, String action, VacancyInput in, Throwable e) {
    if (e instanceof SafeError h && ErrorHandler.statusOf(h) == 400) {
      form(rc, action, in, null, h);
    } else {
      rc.fail(e);
    }
  }

  private void form(RoutingContext rc, String action, VacancyInput in, String rawPositions, SafeError error) {
    Viewer v = Viewer.of(rc);
    String title = Page.t(v.lang(), action.equals("/admin/vacancies") ? "vac.new" : "vac.edit");
    Page.send(rc, error == null ? 200 : 400, v.lang(), v, title,
        VacancyForm.render(v, ctx.referenceData(), action, in, rawPositions, error));
  }
}
