package org.jobline.admin.dashboard;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.core.AppContext;
import org.jobline.core.errors.Invalid;

/**
 * GET /admin/reach ("Qui nous atteignons") and /admin/reach.csv: people registered, reached, interested,
 * contacted and hired, by region, trade, age band, sex, disability and partner, for a period and a partner.
 * Any count under 5 people reads "<5" (page and CSV alike). A partner user sees only the people it brought.
 */
public final class ReachPage {
  private final AppContext ctx;
  private final ZoneId zone;

  public ReachPage(AppContext ctx) {
    this.ctx = ctx;
    this.zone = ZoneId.of(ctx.config().locale().timeZone());
  }

  public void mount(Router router) {
    router.get("/admin/reach").handler(rc -> load(rc, false));
    router.get("/admin/reach.csv").handler(rc -> load(rc, true));
  }

  /** The filters as read from the query: a period of days (inclusive) and a partner scope. */
  record Filter(LocalDate from, LocalDate to, Long partner) {}

  private void load(RoutingContext rc, boolean csv) {
    Viewer v = Viewer.of(rc);
    Filter f = filter(rc, v);
    long from = f.from().atStartOfDay(zone).toInstant().toEpochMilli();
    long to = f.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    ctx.store().read(tx -> ReachData.load(tx, from, to, f.partner(), !v.staff().partner()))
        .onFailure(rc::fail)
        .onSuccess(d -> {
          ReachView view = new ReachView(v.lang(), ctx.referenceData(), d);
          if (csv) {
            csv(view, d, v.staff().partner()).send(rc, "reach-" + f.from() + "-" + f.to() + ".csv");
          } else {
            Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "reach.title"), view.page(f, v.staff().partner()));
          }
        });
  }

  private Filter filter(RoutingContext rc, Viewer v) {
    LocalDate today = LocalDate.now(zone);
    LocalDate to = date(Params.query(rc, "to", 10), "to", today);
    LocalDate from = date(Params.query(rc, "from", 10), "from", to.minusDays(364));
    if (from.isAfter(to)) {
      throw new Invalid("from", Page.t(v.lang(), "reach.badPeriod"));
    }
    Long partner = v.partnerScope();
    String wanted = Params.query(rc, "partner", 12);
    if (partner == null && wanted != null && !wanted.isBlank()) {
      if (!wanted.matches("\\d{1,12}")) {
        throw new Invalid("partner", Page.t(v.lang(), "reach.badPartner"));
      }
      partner = Long.valueOf(wanted);
    }
    return new Filter(from, to, partner);
  }

  private static LocalDate date(String raw, String field, LocalDate otherwise) {
    if (raw == null || raw.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw new Invalid(field, "YYYY-MM-DD");
    }
  }

  private static Csv csv(ReachView view, ReachData d, boolean partnerViewer) {
    List<String> header = new ArrayList<>(List.of(view.t("reach.dimension"), view.t("reach.value")));
    ReachData.COLUMNS.forEach(c -> header.add(view.t("reach.col." + c)));
    Csv out = new Csv(header);
    for (Map.Entry<String, List<Map<String, Object>>> table : d.tables().entrySet()) {
      for (Map<String, Object> row : table.getValue()) {
        List<String> cells = new ArrayList<>(List.of(view.t("reach.by." + table.getKey()), view.name(table.getKey(), row.get("k"))));
        ReachData.COLUMNS.forEach(c -> cells.add(Cells.show(Sql.num(row.get(c)))));
        out.row(cells);
      }
    }
    // the funnel after a line naming its columns (same column count: the extra one is left empty)
    List<String> stages = new ArrayList<>(List.of(view.t("funnel.title"), ""));
    Funnel.STAGES.forEach(c -> stages.add(view.t("funnel." + c)));
    stages.add("");
    out.row(stages);
    Map<String, List<Map<String, Object>>> funnels = new java.util.LinkedHashMap<>();
    funnels.put("total", List.of(d.funnelTotal()));
    funnels.putAll(d.funnels());
    for (Map.Entry<String, List<Map<String, Object>>> table : funnels.entrySet()) {
      if (partnerViewer && table.getKey().equals("partner")) {
        continue;
      }
      for (Map<String, Object> row : table.getValue()) {
        List<String> cells = new ArrayList<>(List.of(view.t("funnel.by." + table.getKey()),
            table.getKey().equals("total") ? "" : view.name(table.getKey(), row.get("k"))));
        Funnel.STAGES.forEach(c -> cells.add(Cells.show(Sql.num(row.get(c)))));
        cells.add("");
        out.row(cells);
      }
    }
    return out;
  }
}
