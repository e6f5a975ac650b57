package org.jobline.admin;

import io.vertx.ext.web.RoutingContext;
import org.jobline.core.errors.SafeError;
import org.jobline.http.ErrorHandler;
import org.jobline.phone.InvalidPhoneNumberException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Failure handler for /admin: the same statuses as the API's, as a readable page instead of JSON. */
final class AdminErrors {
  private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

  private AdminErrors() {}

  static void handle(RoutingContext rc) {
    if (rc.response().ended()) {
      return;
    }
    Throwable failure = rc.failure();
    int status;
    String message;
    String lang = Lang.of(rc);
    if (failure instanceof SafeError e) {
      status = ErrorHandler.statusOf(e);
      message = e.getMessage();
    } else if (failure == null && rc.statusCode() > 0) {
      status = rc.statusCode();
      message = status == 413 && rc.request().path().startsWith("/admin/vacancies/import")
          ? Page.t(lang, "vac.fileTooLarge", org.jobline.admin.vacancies.VacancyRoutes.MAX_UPLOAD_MB)
          : Page.t(lang, "error." + (status == 413 ? "tooLarge" : "generic"));
    } else {
      status = 500;
      message = Page.t(lang, "error.internal");
      log.error("{} {} failed", rc.request().method(), rc.request().path(), failure);
    }
    Viewer viewer = rc.get(Viewer.KEY);
    Page.send(rc, status, lang, viewer, Page.t(lang, "error.title", status),
        "<p class=\"error\" id=\"error\">" + Html.esc(message) + "</p><p><a href=\"/admin\">"
            + Html.esc(Page.t(lang, "error.back")) + "</a></p>");
  }
}
