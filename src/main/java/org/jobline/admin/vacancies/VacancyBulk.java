package org.jobline.admin.vacancies;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.core.AppContext;
import org.jobline.http.BadRequestException;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyService;

/**
 * The vacancy list's bulk actions (publish or close the ticked vacancies, after a confirmation page
 * that shows how many people each publication reaches) and its CSV export with the same filters.
 */
final class VacancyBulk {
  static final int MAX = 200;
  private final AppContext ctx;
  private final VacancyService service;
  private final Reach reach;

  VacancyBulk(AppContext ctx, VacancyService service) {
    this.ctx = ctx;
    this.service = service;
    this.reach = new Reach(ctx);
  }

  void handle(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String action = Params.oneOf(Params.form(rc, "action", 10), "action", List.of("open", "close"));
    List<String> refs = rc.request().formAttributes().getAll("ref").stream().map(String::strip)
        .filter(r -> r.matches("[A-Za-z0-9-]{1,20}")).distinct().limit(MAX).toList();
    if (refs.isEmpty()) {
      throw new BadRequestException("ref", Page.t(v.lang(), "bulk.none"));
    }
    Actor actor = VacancyRoutes.actor(rc);
    if (!"yes".equals(Params.form(rc, "confirm", 3))) {
      confirm(rc, v, actor, action, refs);
      return;
    }
    List<String> done = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (String ref : refs) {
      chain = chain.compose(x -> (action.equals("open") ? service.open(actor, ref) : service.close(actor, ref))
          .transform(ar -> {
            if (ar.succeeded()) {
              done.add(ref);
            } else {
              refused.add(ref + " : " + ar.cause().getMessage());
            }
            return Future.succeededFuture();
          }));
    }
    chain.onFailure(rc::fail).onSuccess(x -> {
      StringBuilder b = new StringBuilder("<p id=\"bulk-done\" role=\"status\">")
          .append(Html.esc(Page.t(v.lang(), "bulk.done." + action, done.size()))).append("</p>");
      if (!refused.isEmpty()) {
        b.append("<p class=\"error\">").append(Html.esc(Page.t(v.lang(), "bulk.refused"))).append("</p><ul id=\"bulk-refused\">");
        refused.forEach(r -> b.append("<li>").append(Html.esc(r)).append("</li>"));
        b.append("</ul>");
      }
      b.append("<p><a id=\"to-list\" href=\"/admin/vacancies\">").append(Html.esc(Page.t(v.lang(), "nav.vacancies"))).append("</a></p>");
      Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "bulk.title." + action), b.toString());
    });
  }

  private void confirm(RoutingContext rc, Viewer v, Actor actor, String action, List<String> refs) {
    List<Future<String>> lines = new ArrayList<>();
    for (String ref : refs) {
      lines.add(service.get(actor, ref).compose(vac -> action.equals("open") && !vac.open()
          ? reach.preview(vac).map(p -> line(v, vac, Page.t(v.lang(), "bulk.reach", p.people(), p.today())))
          : Future.succeededFuture(line(v, vac, Page.t(v.lang(), "vac.status." + vac.status())))));
    }
    Future.all(lines).onFailure(rc::fail).onSuccess(all -> {
      StringBuilder b = new StringBuilder("<p>").append(Html.esc(Page.t(v.lang(), "bulk.confirm." + action, refs.size())))
          .append("</p><ul id=\"bulk-list\">");
      for (int i = 0; i < refs.size(); i++) {
        b.append(all.<String>resultAt(i));
      }
      b.append("</ul><form method=\"post\" action=\"/admin/vacancies/bulk\">").append(Page.csrfField(v))
          .append("<input type=\"hidden\" name=\"action\" value=\"").append(action).append("\">")
          .append("<input type=\"hidden\" name=\"confirm\" value=\"yes\">");
      refs.forEach(r -> b.append("<input type=\"hidden\" name=\"ref\" value=\"").append(Html.esc(r)).append("\">"));
      b.append("<button id=\"confirm-bulk\" type=\"submit\">").append(Html.esc(Page.t(v.lang(), "bulk.go." + action, refs.size())))
          .append("</button> <a href=\"/admin/vacancies\">").append(Html.esc(Page.t(v.lang(), "pub.cancel"))).append("</a></form>");
      Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "bulk.title." + action), b.toString());
    });
  }

  private static String line(Viewer v, Vacancy vac, String note) {
    return "<li>" + Html.esc(vac.ref()) + " — " + Html.esc(vac.title()) + " (" + Html.esc(vac.employer()) + ") : "
        + Html.esc(note) + "</li>";
  }

  void export(RoutingContext rc, VacancyPages.Filters f) {
    Viewer v = Viewer.of(rc);
    ctx.store().read(tx -> Sql.rows(tx, VacancyAdminSql.LIST, v.partnerScope(), f.status(), f.region(), f.trade(), f.partner(),
        f.q().isEmpty() ? null : Sql.contains(f.q()), 100_000, 0)).onFailure(rc::fail).onSuccess(rows -> {
          String lang = v.lang();
          var ref = ctx.referenceData();
          Csv csv = new Csv(List.of(Page.t(lang, "vac.ref"), VacancyForm.label(lang, "title"), VacancyForm.label(lang, "employer"),
              VacancyForm.label(lang, "trade"), VacancyForm.label(lang, "region"), VacancyForm.label(lang, "positions"),
              VacancyForm.label(lang, "closingDate"), Page.t(lang, "sub.status"), Page.t(lang, "vac.partner"),
              Page.t(lang, "fig.matched"), Page.t(lang, "fig.interested")));
          for (Map<String, Object> r : rows) {
            String trade = (String) r.get("trade");
            String region = (String) r.get("region");
            String closing = (String) r.get("closing_date");
            csv.row(List.of((String) r.get("ref"), (String) r.get("title"), (String) r.get("employer"),
                ref.trade(trade).map(x -> x.name(lang)).orElse(trade), ref.region(region).map(x -> x.name(lang)).orElse(region),
                String.valueOf(Sql.num(r.get("positions"))),
                closing == null ? "" : java.time.LocalDate.parse(closing).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                Page.t(lang, "vac.status." + r.get("status")), r.get("partner") == null ? "" : (String) r.get("partner"),
                String.valueOf(Sql.num(r.get("matched"))), String.valueOf(Sql.num(r.get("interested")))));
          }
          csv.send(rc, "offres.csv");
        });
  }
}
