package org.jobline.admin.vacancies;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Viewer;
import org.jobline.admin.auth.Sessions;
import org.jobline.core.AppContext;
import org.jobline.core.errors.NotFound;
import org.jobline.core.errors.SafeError;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyService;
import org.jobline.vacancy.VacancyValidator;

/**
 * CSV import: the file (read into the form by the browser, or pasted) is parsed and every row
 * validated for a preview; confirming imports the valid rows one transaction each, with a progress page.
 */
final class CsvImport {
  private static final long KEEP_MS = 3_600_000;
  private final AppContext ctx;
  private final VacancyService service;
  private final VacancyValidator validator;
  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

  CsvImport(AppContext ctx, VacancyService service) {
    this.ctx = ctx;
    this.service = service;
    this.validator = new VacancyValidator(ctx.referenceData(), ZoneId.of(ctx.config().locale().timeZone()),
        Clock.systemUTC());
  }

  void mount(Router router) {
    router.get("/admin/vacancies/import").handler(this::form);
    router.get("/admin/vacancies/import/template.csv").handler(rc -> rc.response()
        .putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"jobline-vacancies.csv\"").end(CsvFiles.template()));
    router.post("/admin/vacancies/import").handler(this::preview);
    router.get("/admin/vacancies/import/:token").handler(this::progress);
    router.post("/admin/vacancies/import/:token").handler(this::start);
  }

  private void form(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "vac.import"), ImportViews.form(v, null));
  }

  private void preview(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String csv = rc.request().getFormAttribute("csv");
    boolean publish = "on".equals(rc.request().getFormAttribute("publish"));
    ctx.vertx().executeBlocking(() -> check(CsvFiles.parse(csv == null ? "" : csv)), false)
        .onFailure(e -> Page.send(rc, 400, v.lang(), v, Page.t(v.lang(), "vac.import"), ImportViews.form(v, e.getMessage())))
        .onSuccess(rows -> {
          List<VacancyInput> valid = rows.stream().filter(r -> r.error() == null).map(ImportViews.Row::input).toList();
          String token = Sessions.randomToken();
          jobs.values().removeIf(j -> j.expiresAt < System.currentTimeMillis());
          jobs.put(token, new ImportJob(v.actor(), valid, rows.size() - valid.size(), publish,
              System.currentTimeMillis() + KEEP_MS));
          Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "vac.preview"), ImportViews.preview(v, token, rows, valid.size()));
        });
  }

  private List<ImportViews.Row> check(List<Map<String, String>> rows) {
    List<ImportViews.Row> out = new ArrayList<>();
    int line = 1;
    for (Map<String, String> r : rows) {
      line++;
      VacancyInput in;
      SafeError error = null;
      Integer positions = null;
      String raw = r.getOrDefault("positions", "").strip();
      try {
        positions = raw.isEmpty() ? null : Integer.valueOf(raw);
      } catch (NumberFormatException e) {
        error = new org.jobline.vacancy.ValidationException("positions", "positionsNumber");
      }
      in = new VacancyInput(r.get("title"), r.get("description"), r.get("trade"), r.get("region"), r.get("place"),
          r.get("employer"), r.get("contact"), positions, r.get("closingDate"));
      if (error == null) {
        try {
          validator.validate(in, in);
        } catch (SafeError e) {
          error = e;
        }
      }
      out.add(new ImportViews.Row(line, in, error));
    }
    return out;
  }

  private ImportJob job(RoutingContext rc) {
    ImportJob job = jobs.get(rc.pathParam("token"));
    if (job == null || !job.owner.equals(Viewer.of(rc).actor())) {
      throw new NotFound(Page.t(Viewer.of(rc).lang(), "vac.importGone"));
    }
    return job;
  }

  private void start(RoutingContext rc) {
    ImportJob job = job(rc);
    if (job.started.compareAndSet(false, true)) {
      Actor actor = VacancyRoutes.actor(rc);
      run(job, actor, 0);
    }
    Page.redirect(rc, "/admin/vacancies/import/" + rc.pathParam("token"));
  }

  /** One row after the other, so the writer queue never fills with thousands of imports at once. */
  private void run(ImportJob job, Actor actor, int i) {
    if (i >= job.valid.size()) {
      job.finished = true;
      return;
    }
    Future<?> one = service.create(actor, job.valid.get(i))
        .compose(v -> job.publish ? service.open(actor, v.ref()) : Future.succeededFuture(v));
    one.onComplete(ar -> {
      (ar.succeeded() ? job.done : job.failed).incrementAndGet();
      run(job, actor, i + 1);
    });
  }

  private void progress(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    ImportJob job = job(rc);
    Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "vac.import"), ImportViews.progress(v, job));
  }
}
