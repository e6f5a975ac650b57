package org.jobline.admin.abroad;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Viewer;
import org.jobline.admin.auth.Staff;
import org.jobline.core.AppContext;
import org.jobline.migration.Recruiter;
import org.jobline.migration.RecruiterFile;
import org.jobline.migration.Recruiters;

/** /admin/recruiters (agency staff): the registry of licensed recruitment agencies VERIF answers from; changes audited. */
final class RecruitersPage {
  static final int MAX_LIST = 1000;
  private final AppContext ctx;

  RecruitersPage(AppContext ctx) {
    this.ctx = ctx;
  }

  void mount(Router router) {
    router.get("/admin/recruiters").handler(rc -> list(rc, null, 200));
    router.post("/admin/recruiters").handler(this::add);
    router.post("/admin/recruiters/:id/remove").handler(this::remove);
  }

  private void list(RoutingContext rc, String message, int status) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    ctx.store().read(tx -> Recruiters.list(tx, MAX_LIST)).onFailure(rc::fail)
        .onSuccess(rows -> Page.send(rc, status, v.lang(), v, Page.t(v.lang(), "recruiters.title"), body(v, rows, message)));
  }

  private void add(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    String licence = Params.form(rc, "licence", 60).strip();
    String name = Params.form(rc, "name", 200).strip();
    String contact = Params.form(rc, "contact", 200).strip();
    if (RecruiterFile.problem(licence, name, contact) != null) {
      list(rc, Page.t(v.lang(), "recruiters.bad"), 400);
      return;
    }
    ctx.store().write(tx -> Recruiters.add(tx, v.actor(), licence, name, contact.isEmpty() ? null : contact, "staff",
            System.currentTimeMillis()))
        .onFailure(rc::fail)
        .onSuccess(added -> {
          if (added) {
            Page.redirect(rc, "/admin/recruiters");
          } else {
            list(rc, Page.t(v.lang(), "recruiters.exists", licence), 409);
          }
        });
  }

  private void remove(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    long id = Params.pathId(rc, "id");
    ctx.store().write(tx -> Recruiters.remove(tx, v.actor(), id, System.currentTimeMillis()))
        .onFailure(rc::fail).onSuccess(r -> Page.redirect(rc, "/admin/recruiters"));
  }

  private static String body(Viewer v, List<Recruiter> rows, String message) {
    String lang = v.lang();
    StringBuilder b = new StringBuilder("<p class=\"help\">").append(Html.esc(Page.t(lang, "recruiters.help"))).append("</p>");
    if (message != null) {
      b.append("<p class=\"error\" role=\"alert\" id=\"recruiter-error\">").append(Html.esc(message)).append("</p>");
    }
    b.append("<form method=\"post\" action=\"/admin/recruiters\" class=\"card\" id=\"recruiter-form\">").append(Page.csrfField(v));
    for (String f : List.of("licence", "name", "contact")) {
      b.append("<div class=\"field\"><label for=\"r-").append(f).append("\">").append(Html.esc(Page.t(lang, "recruiters.col." + f)))
          .append("</label><input id=\"r-").append(f).append("\" name=\"").append(f).append("\" maxlength=\"")
          .append(f.equals("licence") ? 40 : 120).append("\"").append(f.equals("contact") ? "" : " required").append("></div>");
    }
    b.append("<button type=\"submit\" id=\"recruiter-add\">").append(Html.esc(Page.t(lang, "recruiters.add")))
        .append("</button></form>");
    if (rows.isEmpty()) {
      return b.append("<p id=\"recruiters-none\">").append(Html.esc(Page.t(lang, "recruiters.none"))).append("</p>").toString();
    }
    b.append("<div class=\"scroll\"><table class=\"cards\" id=\"recruiters\"><thead><tr>");
    for (String c : List.of("name", "licence", "contact", "source", "actions")) {
      b.append("<th scope=\"col\">").append(Html.esc(Page.t(lang, "recruiters.col." + c))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (Recruiter r : rows) {
      b.append("<tr><th scope=\"row\">").append(Html.esc(r.name())).append("</th>");
      td(b, lang, "licence", r.licence());
      td(b, lang, "contact", r.contact() == null ? "" : r.contact());
      td(b, lang, "source", Page.t(lang, "recruiters.source." + r.source()));
      b.append("<td data-label=\"").append(Html.esc(Page.t(lang, "recruiters.col.actions"))).append("\"><form method=\"post\" ")
          .append("class=\"inline\" action=\"/admin/recruiters/").append(r.id()).append("/remove\">").append(Page.csrfField(v))
          .append("<button type=\"submit\" class=\"danger\">").append(Html.esc(Page.t(lang, "recruiters.remove")))
          .append("</button></form></td></tr>");
    }
    return b.append("</tbody></table></div>").toString();
  }

  private static void td(StringBuilder b, String lang, String column, String value) {
    b.append("<td data-label=\"").append(Html.esc(Page.t(lang, "recruiters.col." + column))).append("\">")
        .append(Html.esc(value)).append("</td>");
  }
}
