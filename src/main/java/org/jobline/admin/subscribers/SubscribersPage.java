package org.jobline.admin.subscribers;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.audit.Audit;
import org.jobline.admin.auth.Staff;
import org.jobline.core.AppContext;
import org.jobline.core.errors.NotFound;
import org.jobline.http.BadRequestException;
import org.jobline.phone.InvalidPhoneNumberException;
import org.jobline.phone.PhoneNumbers;
import org.jobline.subscriber.Subscribers;

/**
 * /admin/subscribers: counts by region and trade, search by phone (full number normalised, or a
 * part of it), stop or resume one. Partners see masked numbers and may only look up a full number.
 */
public final class SubscribersPage {
  private final AppContext ctx;

  public SubscribersPage(AppContext ctx) {
    this.ctx = ctx;
  }

  public void mount(Router router) {
    router.get("/admin/subscribers").handler(this::show);
    router.get("/admin/subscribers.csv").handler(this::export);
    router.post("/admin/subscribers/:id/status").handler(this::setStatus);
  }

  /** What the search box asked for: an exact E.164 number, a LIKE pattern, or everything. */
  record Search(String exact, String like, boolean refused) {}

  Search search(String q, boolean partner) {
    if (q.isEmpty()) {
      return new Search(null, null, false);
    }
    try {
      return new Search(ctx.phoneNumbers().normalise(q), null, false);
    } catch (InvalidPhoneNumberException e) {
      String digits = q.replaceAll("[^0-9]", "");
      return digits.isEmpty() || partner ? new Search(null, null, true) : new Search(null, Sql.contains(digits), false);
    }
  }

  private void show(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String q = Params.query(rc, "q", 32);
    int page = Params.page(rc);
    Search s = search(q, v.staff().partner());
    SubscriberFilter f = SubscriberFilter.of(rc, ctx.config().locale().timeZone(), v.lang());
    ctx.store().read(tx -> new SubscriberView.Data(Sql.rows(tx, SubscriberAdminSql.BY_REGION),
            Sql.counts(tx, SubscriberAdminSql.BY_TRADE),
            s.refused() ? List.<Map<String, Object>>of() : Sql.rows(tx, SubscriberAdminSql.SEARCH, f.args(s.exact(), s.like(),
                Params.PAGE_SIZE + 1, (page - 1) * Params.PAGE_SIZE, v.partnerScope()))))
        .onFailure(rc::fail)
        .onSuccess(d -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "nav.subscribers"),
            new SubscriberView(ctx.referenceData(), v, ctx.config().locale().timeZone()).render(rc, q, f, s.refused() && !q.isEmpty(), page, d)));
  }

  /** The people the page's search and filters find, as CSV (numbers masked for partners; audited). */
  private void export(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String q = Params.query(rc, "q", 32);
    Search s = search(q, v.staff().partner());
    SubscriberFilter f = SubscriberFilter.of(rc, ctx.config().locale().timeZone(), v.lang());
    ctx.store().write(tx -> {
      Audit.log(tx, v.actor(), "export.subscribers", null, null, f.describe());
      return s.refused() ? List.<Map<String, Object>>of()
          : Sql.rows(tx, SubscriberAdminSql.SEARCH, f.args(s.exact(), s.like(), 100_000, 0, v.partnerScope()));
    }).onFailure(rc::fail).onSuccess(rows -> new SubscriberView(ctx.referenceData(), v, ctx.config().locale().timeZone())
        .csv(rows).send(rc, "inscrits.csv"));
  }

  private void setStatus(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    long id = Params.pathId(rc, "id");
    String status = Params.form(rc, "status", 10);
    if (!status.equals("active") && !status.equals("stopped")) {
      throw new BadRequestException("status", "status must be active or stopped");
    }
    ctx.store().write(tx -> {
      String phone = Sql.rows(tx, SubscriberAdminSql.PHONE, id).stream().findFirst()
          .map(r -> (String) r.get("phone")).orElseThrow(() -> new NotFound("no such subscriber"));
      if (Subscribers.setStatus(tx, id, status)) {
        Audit.log(tx, v.actor(), "subscriber." + (status.equals("active") ? "resume" : "stop"), "subscriber", id,
            PhoneNumbers.mask(phone));
      }
      return phone;
    }).onFailure(rc::fail).onSuccess(phone -> Page.redirect(rc, "/admin/subscribers?q="
        + java.net.URLEncoder.encode(phone, java.nio.charset.StandardCharsets.UTF_8)));
  }
}
