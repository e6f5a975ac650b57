package org.jobline.admin.vacancies;

import io.vertx.core.Future;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Page;
import org.jobline.admin.Viewer;
import org.jobline.admin.auth.Sessions;
import org.jobline.core.AppContext;
import org.jobline.core.errors.SafeError;
import org.jobline.core.errors.NotFound;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyService;
import org.jobline.vacancy.VacancyValidator;

/**
 * CSV import: the file is uploaded as a file (multipart, {@link CsvFiles#MAX_BYTES} at most), parsed
 * and every row validated for a preview; the valid rows are saved in the database, then imported a
 * few at a time with a progress page. A restart marks a running import interrupted (resumable).
 */
final class CsvImport {
  static final String PATH = "/admin/vacancies/import";
  private static final int IN_FLIGHT = 8;
  private final AppContext ctx;
  private final VacancyService service;
  private final VacancyValidator validator;
  private final ImportJobs jobs;

  CsvImport(AppContext ctx, VacancyService service) {
    this.ctx = ctx;
    this.service = service;
    this.validator = new VacancyValidator(ctx.referenceData(), ZoneId.of(ctx.config().locale().timeZone()),
        Clock.systemUTC(), ctx.config().locale().country());
    this.jobs = new ImportJobs(ctx.store());
  }

  /** Before the router's general body handler: this route takes a file, up to its own limit. */
  static void mountFirst(Router router) {
    String uploads = Path.of(System.getProperty("java.io.tmpdir"), "jobline-uploads").toString();
    router.post(PATH).handler(BodyHandler.create(uploads).setBodyLimit(CsvFiles.MAX_BYTES)
        .setDeleteUploadedFilesOnEnd(true));
  }

  void mount(Router router) {
    jobs.interruptRunning().onFailure(e -> org.slf4j.LoggerFactory.getLogger(CsvImport.class)
        .warn("could not mark running imports interrupted: {}", e.getMessage()));
    router.get(PATH).handler(this::form);
    router.get(PATH + "/template.csv").handler(rc -> rc.response()
        .putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"jobline-vacancies.csv\"").end(CsvFiles.template()));
    router.post(PATH).handler(this::preview);
    router.get(PATH + "/:token").handler(this::progress);
    router.post(PATH + "/:token").handler(this::start);
  }

  private void form(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    jobs.unfinished(v.actor()).onFailure(rc::fail).onSuccess(unfinished ->
        Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "vac.import"), ImportViews.form(v, null, unfinished)));
  }

  private void refuse(RoutingContext rc, Viewer v, String message) {
    Page.send(rc, 400, v.lang(), v, Page.t(v.lang(), "vac.import"), ImportViews.form(v, message, List.of()));
  }

  private void preview(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    FileUpload file = rc.fileUploads().stream().filter(f -> "file".equals(f.name()) && f.size() > 0).findFirst()
        .orElse(null);
    if (file == null) {
      refuse(rc, v, Page.t(v.lang(), "vac.noFile"));
      return;
    }
    boolean publish = "on".equals(rc.request().getFormAttribute("publish"));
    String name = file.fileName() == null ? "" : file.fileName().replaceAll("[\\p{Cntrl}]", "");
    ctx.vertx().fileSystem().readFile(file.uploadedFileName())
        .compose(buffer -> ctx.vertx().executeBlocking(() -> check(CsvFiles.parse(CsvFiles.decode(buffer.getBytes()))),
            false))
        .onFailure(e -> refuse(rc, v, e instanceof CsvFiles.Problem p ? Page.t(v.lang(), p.key, p.args)
            : Page.t(v.lang(), "vac.fileUnreadable", 1)))
        .onSuccess(rows -> {
          List<ImportViews.Row> valid = rows.stream().filter(r -> r.error() == null).toList();
          jobs.save(Sessions.randomToken(), v.actor(), name.length() > 200 ? name.substring(0, 200) : name, publish,
                  rows.size() - valid.size(), valid)
              .onFailure(rc::fail)
              .onSuccess(token -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "vac.preview"),
                  ImportViews.preview(v, token, rows, valid.size())));
        });
  }

  private List<ImportViews.Row> check(List<Map<String, String>> rows) {
    List<ImportViews.Row> out = new ArrayList<>();
    int line = 1;
    for (Map<String, String> r : rows) {
      line++;
      SafeError error = null;
      Integer positions = null;
      String raw = r.getOrDefault("positions", "").strip();
      try {
        positions = raw.isEmpty() ? null : Integer.valueOf(raw);
      } catch (NumberFormatException e) {
        error = new org.jobline.vacancy.ValidationException("positions", "positionsNumber");
      }
      VacancyInput in = new VacancyInput(r.get("title"), r.get("description"), r.get("trade"), r.get("region"),
          r.get("place"), r.get("employer"), r.get("contact"), positions, r.get("closingDate"),
          r.getOrDefault("tags", ""), r.get("country"));
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

  private Future<ImportJobs.Job> job(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    return jobs.find(rc.pathParam("token")).compose(found -> found.isPresent() && found.get().owner().equals(v.actor())
        ? Future.succeededFuture(found.get())
        : Future.failedFuture(new NotFound(Page.t(v.lang(), "vac.importGone"))));
  }

  private void start(RoutingContext rc) {
    Actor actor = VacancyRoutes.actor(rc);
    job(rc).compose(job -> jobs.start(job.id()).map(started -> {
      if (started) {
        run(job, actor);
      }
      return job;
    })).onFailure(rc::fail).onSuccess(job -> Page.redirect(rc, PATH + "/" + job.token()));
  }

  /** A few rows at a time (marked started, created, marked done), so the writer queue never floods. */
  private void run(ImportJobs.Job job, Actor actor) {
    jobs.take(job.id(), IN_FLIGHT).onFailure(e -> stopped(job, e)).onSuccess(rows -> {
      if (rows.isEmpty()) {
        jobs.finish(job.id()).onFailure(e -> stopped(job, e));
        return;
      }
      Map<Integer, String> outcomes = new HashMap<>();
      List<Future<?>> all = new ArrayList<>();
      for (ImportJobs.Pending p : rows) {
        Future<String> one = service.create(actor, p.input())
            .compose(v -> job.publish() ? service.open(actor, v.ref()) : Future.succeededFuture(v))
            .map(v -> v.ref());
        all.add(one.andThen(ar -> {
          synchronized (outcomes) {
            outcomes.put(p.line(), ar.succeeded() ? ar.result() : null);
          }
        }));
      }
      Future.join(all).onComplete(x -> jobs.mark(job.id(), outcomes).onFailure(e -> stopped(job, e))
          .onSuccess(y -> run(job, actor)));
    });
  }

  private static void stopped(ImportJobs.Job job, Throwable e) {
    org.slf4j.LoggerFactory.getLogger(CsvImport.class).warn("import {} stopped: {}", job.id(), e.getMessage());
  }

  private void progress(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    job(rc).compose(job -> (job.started() > 0 && !"running".equals(job.status()) ? jobs.uncertain(job.id())
            : Future.succeededFuture(List.<ImportJobs.Pending>of())).map(uncertain -> ImportViews.progress(v, job, uncertain)))
        .onFailure(rc::fail)
        .onSuccess(html -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "vac.import"), html));
  }
}
