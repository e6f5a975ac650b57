package org.jobline.admin.abroad;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.abroad.AbroadOptIns;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Viewer;
import org.jobline.admin.auth.Staff;
import org.jobline.core.AppContext;
import org.jobline.refdata.Countries;

/**
 * GET /admin/abroad (agency staff): offers abroad by country (open, closed, draft) and the job-seekers who opted
 * in to offers abroad by region, any count of people under 5 shown as "&lt;5" as on the reach page.
 */
public final class AbroadPage {
  static final int MIN = 5;
  private final AppContext ctx;

  public AbroadPage(AppContext ctx) {
    this.ctx = ctx;
  }

  public void mount(Router router) {
    router.get("/admin/abroad").handler(this::show);
    new RecruitersPage(ctx).mount(router);
  }

  record Figures(List<AbroadOptIns.CountryCount> offers, Map<String, Long> optIns) {}

  private void show(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    ctx.store().read(tx -> new Figures(AbroadOptIns.offersByCountry(tx), AbroadOptIns.optInsByRegion(tx)))
        .onFailure(rc::fail)
        .onSuccess(f -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "abroad.title"), body(v.lang(), f)));
  }

  private String body(String lang, Figures f) {
    StringBuilder b = new StringBuilder("<p><a id=\"recruiters-link\" href=\"/admin/recruiters\">")
        .append(Html.esc(Page.t(lang, "recruiters.title"))).append("</a></p>");
    b.append("<h2>").append(Html.esc(Page.t(lang, "abroad.offers"))).append("</h2>");
    if (f.offers().isEmpty()) {
      b.append("<p id=\"offers-none\">").append(Html.esc(Page.t(lang, "abroad.offersNone"))).append("</p>");
    } else {
      b.append("<div class=\"scroll\"><table class=\"cards\" id=\"abroad-offers\"><thead><tr>");
      for (String c : List.of("country", "open", "closed", "draft")) {
        b.append("<th scope=\"col\">").append(Html.esc(Page.t(lang, "abroad.col." + c))).append("</th>");
      }
      b.append("</tr></thead><tbody>");
      for (AbroadOptIns.CountryCount c : f.offers()) {
        b.append("<tr><th scope=\"row\">").append(Html.esc(Countries.name(c.country(), lang) + " (" + c.country() + ")"))
            .append("</th>");
        cell(b, lang, "open", String.valueOf(c.open()));
        cell(b, lang, "closed", String.valueOf(c.closed()));
        cell(b, lang, "draft", String.valueOf(c.draft()));
        b.append("</tr>");
      }
      b.append("</tbody></table></div>");
    }
    b.append("<h2>").append(Html.esc(Page.t(lang, "abroad.optIns"))).append("</h2>")
        .append("<div class=\"scroll\"><table class=\"cards\" id=\"abroad-optins\"><thead><tr><th scope=\"col\">")
        .append(Html.esc(Page.t(lang, "abroad.col.region"))).append("</th><th scope=\"col\">")
        .append(Html.esc(Page.t(lang, "abroad.col.people"))).append("</th></tr></thead><tbody>");
    long total = 0;
    for (Map.Entry<String, Long> e : f.optIns().entrySet()) {
      total += e.getValue();
      b.append("<tr><th scope=\"row\">").append(Html.esc(region(lang, e.getKey()))).append("</th>");
      cell(b, lang, "people", show(e.getValue()));
      b.append("</tr>");
    }
    b.append("<tr><th scope=\"row\">").append(Html.esc(Page.t(lang, "abroad.total"))).append("</th>");
    cell(b, lang, "people", show(total));
    return b.append("</tr></tbody></table></div>").toString();
  }

  private String region(String lang, String code) {
    if (code.isEmpty()) {
      return Page.t(lang, "abroad.notRegistered");
    }
    if ("*".equals(code)) {
      return Page.t(lang, "reach.allRegions");
    }
    return ctx.referenceData().region(code).map(r -> r.name(lang)).orElse(code);
  }

  private static void cell(StringBuilder b, String lang, String column, String value) {
    b.append("<td class=\"num\" data-label=\"").append(Html.esc(Page.t(lang, "abroad.col." + column))).append("\">")
        .append(Html.esc(value)).append("</td>");
  }

  /** Small-number suppression, as on the reach page. */
  static String show(long people) {
    return people < MIN ? "<" + MIN : String.valueOf(people);
  }
}
