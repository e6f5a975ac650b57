package org.jobline.admin.vacancies;

import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.core.errors.SafeError;
import org.jobline.vacancy.VacancyInput;

/** The HTML of the import pages: upload form, preview with each row's error, progress. */
final class ImportViews {
  static final int PREVIEW_ROWS = 500;

  record Row(int line, VacancyInput input, SafeError error) {}

  private ImportViews() {}

  static String form(Viewer v, String error, List<Map<String, Object>> unfinished) {
    String lang = v.lang();
    StringBuilder b = new StringBuilder();
    if (error != null) {
      b.append("<p class=\"error\" id=\"import-error\" role=\"alert\">").append(Html.esc(error)).append("</p>");
    }
    for (Map<String, Object> u : unfinished) {
      b.append("<p class=\"notice\"><a class=\"unfinished\" href=\"/admin/vacancies/import/").append(Html.esc(u.get("token")))
          .append("\">").append(Html.esc(Page.t(lang, "vac.importUnfinished", u.get("file_name"), Sql.num(u.get("done")),
              Sql.num(u.get("total"))))).append("</a></p>");
    }
    return b.append("<p><a id=\"template\" href=\"/admin/vacancies/import/template.csv\">").append(t(lang, "vac.template"))
        .append("</a></p><form method=\"post\" action=\"/admin/vacancies/import\" enctype=\"multipart/form-data\" class=\"card\">")
        .append(Page.csrfField(v)).append("<label for=\"csv-file\">").append(t(lang, "vac.file"))
        .append("</label><input type=\"file\" id=\"csv-file\" name=\"file\" accept=\".csv,.txt,text/csv\" required "
            + "aria-describedby=\"file-help\"><p class=\"help\" id=\"file-help\">")
        .append(Html.esc(Page.t(lang, "vac.fileHelp", CsvFiles.MAX_BYTES / (1024 * 1024), CsvFiles.MAX_ROWS)))
        .append("</p><label><input type=\"checkbox\" name=\"publish\" id=\"publish\"> ").append(t(lang, "vac.publish"))
        .append("</label><button id=\"preview\" type=\"submit\">").append(t(lang, "vac.preview"))
        .append("</button></form>").toString();
  }

  static String preview(Viewer v, String token, List<Row> rows, int valid) {
    String lang = v.lang();
    StringBuilder b = new StringBuilder("<p id=\"preview-summary\">")
        .append(Html.esc(Page.t(lang, "vac.previewSummary", rows.size(), valid, rows.size() - valid))).append("</p>");
    if (valid > 0) {
      b.append("<form method=\"post\" action=\"/admin/vacancies/import/").append(Html.esc(token)).append("\">")
          .append(Page.csrfField(v)).append("<button id=\"confirm-import\" type=\"submit\">")
          .append(Html.esc(Page.t(lang, "vac.importValid", valid))).append("</button></form>");
    }
    b.append("<div class=\"scroll\"><table id=\"preview-rows\"><tr><th>#</th><th>").append(Html.esc(VacancyForm.label(lang, "title")))
        .append("</th><th>").append(t(lang, "vac.check")).append("</th></tr>");
    rows.stream().filter(r -> r.error() != null).limit(PREVIEW_ROWS).forEach(r -> row(b, lang, r));
    rows.stream().filter(r -> r.error() == null).limit(Math.max(0, PREVIEW_ROWS - rows.size() + valid))
        .forEach(r -> row(b, lang, r));
    return b.append("</table></div>").toString();
  }

  private static void row(StringBuilder b, String lang, Row r) {
    b.append("<tr id=\"row-").append(r.line()).append("\" class=\"").append(r.error() == null ? "good" : "miss")
        .append("\"><td>").append(r.line()).append("</td><td>").append(Html.esc(r.input().title())).append("</td><td>");
    if (r.error() == null) {
      b.append("OK");
    } else {
      b.append("<span class=\"field-error\">")
          .append(Html.esc(String.join(" ; ", VacancyForm.messages(r.error(), lang).values()))).append("</span>");
    }
    b.append("</td></tr>");
  }

  static String progress(Viewer v, ImportJobs.Job job, List<ImportJobs.Pending> uncertain) {
    String lang = v.lang();
    boolean running = "running".equals(job.status());
    StringBuilder b = new StringBuilder();
    if (running) {
      b.append("<meta http-equiv=\"refresh\" content=\"1\">");
    }
    String key = switch (job.status()) {
      case "running" -> "vac.importRunning";
      case "interrupted" -> "vac.importInterrupted";
      case "ready" -> "vac.importReady";
      default -> "vac.importDone";
    };
    b.append("<label for=\"import-progress\">").append(t(lang, "vac.progress")).append("</label><progress id=\"import-progress\" max=\"")
        .append(Math.max(1, job.total())).append("\" value=\"").append(job.handled())
        .append("\"></progress><p id=\"import-status\" role=\"status\">")
        .append(Html.esc(Page.t(lang, key, job.done(), job.total(), job.failed()))).append("</p>");
    if (!uncertain.isEmpty()) {
      b.append("<p class=\"error\" id=\"import-uncertain\">").append(t(lang, "vac.importUncertain")).append("</p><ul>");
      uncertain.forEach(p -> b.append("<li>").append(Html.esc(Page.t(lang, "vac.line", p.line()))).append(" : ")
          .append(Html.esc(p.input().title())).append("</li>"));
      b.append("</ul>");
    }
    int pending = job.total() - job.handled() - job.started();
    if (("interrupted".equals(job.status()) || "ready".equals(job.status())) && pending > 0) {
      b.append("<form method=\"post\" action=\"/admin/vacancies/import/").append(Html.esc(job.token())).append("\">")
          .append(Page.csrfField(v)).append("<button id=\"resume-import\" type=\"submit\">")
          .append(Html.esc(Page.t(lang, "vac.importResume", pending))).append("</button></form>");
    }
    return b.append("<p><a id=\"to-list\" href=\"/admin/vacancies\">").append(t(lang, "nav.vacancies")).append("</a></p>").toString();
  }

  private static String t(String lang, String key) {
    return Html.esc(Page.t(lang, key));
  }
}
