package org.jobline.admin.vacancies;

import java.util.List;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Viewer;
import org.jobline.core.errors.SafeError;
import org.jobline.vacancy.VacancyInput;

/** The HTML of the import pages: upload form, preview with each row's error, progress. */
final class ImportViews {
  static final int PREVIEW_ROWS = 500;

  record Row(int line, VacancyInput input, SafeError error) {}

  private ImportViews() {}

  static String form(Viewer v, String error) {
    String lang = v.lang();
    StringBuilder b = new StringBuilder();
    if (error != null) {
      b.append("<p class=\"error\" id=\"import-error\">").append(Html.esc(error)).append("</p>");
    }
    return b.append("<p><a id=\"template\" href=\"/admin/vacancies/import/template.csv\">").append(t(lang, "vac.template"))
        .append("</a></p><form method=\"post\" action=\"/admin/vacancies/import\" class=\"card\">").append(Page.csrfField(v))
        .append("<label>").append(t(lang, "vac.file")).append("<input type=\"file\" id=\"csv-file\" accept=\".csv,text/csv\"></label>")
        .append("<label>").append(t(lang, "vac.paste")).append("<textarea id=\"csv\" name=\"csv\" rows=\"8\"></textarea></label>")
        .append("<label><input type=\"checkbox\" name=\"publish\" id=\"publish\"> ").append(t(lang, "vac.publish"))
        .append("</label><button id=\"preview\" type=\"submit\">").append(t(lang, "vac.preview"))
        .append("</button></form><script src=\"/admin/static/import.js\"></script>").toString();
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
    b.append("<div class=\"scroll\"><table id=\"preview-rows\"><tr><th>#</th><th>").append(t(lang, "vac.field.title"))
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

  static String progress(Viewer v, ImportJob job) {
    String lang = v.lang();
    int total = job.valid.size();
    int handled = job.done.get() + job.failed.get();
    StringBuilder b = new StringBuilder();
    if (!job.finished) {
      b.append("<meta http-equiv=\"refresh\" content=\"1\">");
    }
    b.append("<progress id=\"import-progress\" max=\"").append(total).append("\" value=\"").append(handled)
        .append("\"></progress><p id=\"import-status\">")
        .append(Html.esc(Page.t(lang, job.finished ? "vac.importDone" : "vac.importRunning", job.done.get(), total,
            job.failed.get())))
        .append("</p><p><a href=\"/admin/vacancies\">").append(t(lang, "nav.vacancies")).append("</a></p>");
    return b.toString();
  }

  private static String t(String lang, String key) {
    return Html.esc(Page.t(lang, key));
  }
}
