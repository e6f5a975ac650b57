package org.jobline.trust.admin;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.auth.Staff;
import org.jobline.core.AppContext;
import org.jobline.trust.TrustDesk;
import org.jobline.trust.TrustTexts;
import org.jobline.vacancy.Actor;

/** /admin/review ("A valider", agency staff and admins): partners' vacancies waiting for validation. */
final class ReviewPage {
  private static final int MAX_DESCRIPTION = 400;
  private final AppContext ctx;
  private final TrustDesk desk;
  private final java.time.ZoneId zone;

  ReviewPage(AppContext ctx, TrustDesk desk) {
    this.ctx = ctx;
    this.desk = desk;
    this.zone = java.time.ZoneId.of(ctx.config().locale().timeZone());
  }

  void mount(Router router) {
    router.get("/admin/review").handler(this::list);
    router.post("/admin/review/:ref/validate").handler(this::validate);
    router.post("/admin/review/:ref/reject").handler(this::reject);
  }

  private void list(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    String done = Params.oneOf(Params.query(rc, "done", 12), "done", List.of("validated", "rejected"));
    String ref = Params.query(rc, "ref", 12);
    ctx.store().read(tx -> Sql.rows(tx, TrustAdminSql.PENDING)).onFailure(rc::fail).onSuccess(rows -> Page.send(rc, 200,
        v.lang(), v, TrustTexts.get(v.lang(), "review.title"), render(v, rows, done.isEmpty() ? null
            : TrustTexts.get(v.lang(), "review." + done, ref))));
  }

  private void validate(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    desk.validate(Actor.staff(v.actor()), rc.pathParam("ref")).onFailure(rc::fail)
        .onSuccess(vac -> Page.redirect(rc, "/admin/review?done=validated&ref=" + vac.ref()));
  }

  private void reject(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    String ref = rc.pathParam("ref");
    desk.reject(Actor.staff(v.actor()), ref, Params.form(rc, "reason", TrustDesk.MAX_REASON + 1)).onFailure(rc::fail)
        .onSuccess(x -> Page.redirect(rc, "/admin/review?done=rejected&ref=" + Html.q(ref.strip().toUpperCase())));
  }

  private String render(Viewer v, List<Map<String, Object>> rows, String notice) {
    String lang = v.lang();
    StringBuilder b = new StringBuilder();
    if (notice != null) {
      b.append("<p class=\"ok\" id=\"notice\">").append(Html.esc(notice)).append("</p>");
    }
    b.append("<p>").append(t(lang, "review.intro")).append("</p>");
    if (rows.isEmpty()) {
      return b.append("<p id=\"review-empty\">").append(t(lang, "review.none")).append("</p>").toString();
    }
    b.append("<table id=\"review\" class=\"cards\"><thead><tr>");
    for (String h : List.of("review.ref", "review.offer", "review.partner", "review.where", "review.contact",
        "review.description", "review.submitted", "review.validate")) {
      b.append("<th>").append(t(lang, h)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (Map<String, Object> r : rows) {
      row(b, v, r);
    }
    return b.append("</tbody></table>").toString();
  }

  private void row(StringBuilder b, Viewer v, Map<String, Object> r) {
    String lang = v.lang();
    String ref = String.valueOf(r.get("ref"));
    String description = r.get("description") == null ? "" : String.valueOf(r.get("description"));
    if (description.length() > MAX_DESCRIPTION) {
      description = description.substring(0, MAX_DESCRIPTION) + "…";
    }
    String where = ctx.referenceData().trade((String) r.get("trade")).map(n -> n.name(lang)).orElse((String) r.get("trade"))
        + ", " + (r.get("place") == null ? ctx.referenceData().region((String) r.get("region")).map(n -> n.name(lang))
        .orElse((String) r.get("region")) : r.get("place"));
    b.append("<tr id=\"review-").append(Html.esc(ref)).append("\">");
    cell(b, lang, "review.ref", "<a href=\"/admin/vacancies/" + Html.esc(ref) + "\">" + Html.esc(ref) + "</a>");
    cell(b, lang, "review.offer", Html.esc(r.get("title")) + " — " + Html.esc(r.get("employer")));
    cell(b, lang, "review.partner", Html.esc(r.get("partner")));
    cell(b, lang, "review.where", Html.esc(where));
    cell(b, lang, "review.contact", Html.esc(r.get("contact")));
    cell(b, lang, "review.description", Html.esc(description));
    cell(b, lang, "review.submitted", Html.esc(Csv.time(Sql.num(r.get("requested_at")), zone)));
    String action = "/admin/review/" + Html.esc(ref);
    cell(b, lang, "review.validate", "<form method=\"post\" class=\"inline\" action=\"" + action + "/validate\">"
        + Page.csrfField(v) + "<button type=\"submit\" id=\"validate-" + Html.esc(ref) + "\">" + t(lang, "review.validate")
        + "</button></form><form method=\"post\" action=\"" + action + "/reject\">" + Page.csrfField(v)
        + "<label>" + t(lang, "review.reason") + "<input name=\"reason\" required maxlength=\"" + TrustDesk.MAX_REASON
        + "\" id=\"reason-" + Html.esc(ref) + "\"></label><button type=\"submit\" id=\"reject-" + Html.esc(ref) + "\">"
        + t(lang, "review.reject") + "</button></form>");
    b.append("</tr>");
  }

  static void cell(StringBuilder b, String lang, String label, String html) {
    b.append("<td data-label=\"").append(t(lang, label)).append("\">").append(html).append("</td>");
  }

  static String t(String lang, String key) {
    return Html.esc(TrustTexts.get(lang, key));
  }
}
