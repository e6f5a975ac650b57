package org.jobline.admin.messages;

import io.vertx.core.json.JsonObject;
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

/** /admin/messages: the outbox by status, failures and their reasons, per-vacancy delivery, retry, link state. */
public final class MessagesPage {
  static final List<String> STATUSES = List.of("queued", "sending", "sent", "delivered", "failed", "expired");
  private final AppContext ctx;
  private final LinkState link;

  public MessagesPage(AppContext ctx) {
    this.ctx = ctx;
    this.link = new LinkState(ctx.vertx());
  }

  public void mount(Router router) {
    router.get("/admin/messages").handler(this::show);
    router.post("/admin/messages/retry").handler(this::retry);
    router.get("/admin/messages/inbound").handler(this::inbound);
  }

  record Data(Map<String, Long> counts, List<Map<String, Object>> rows, List<Map<String, Object>> perVacancy) {}

  private void show(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    String status = Params.query(rc, "status", 10);
    String shown = status.isEmpty() ? "failed" : Params.oneOf(status, "status", STATUSES);
    String vacancy = Params.query(rc, "vacancy", 40);
    int page = Params.page(rc);
    long weekAgo = System.currentTimeMillis() - 7L * 24 * 3600 * 1000;
    var data = ctx.store().read(tx -> new Data(Sql.counts(tx, MessagesSql.BY_STATUS),
        Sql.rows(tx, MessagesSql.list(shown), vacancy, Params.PAGE_SIZE + 1, (page - 1) * Params.PAGE_SIZE),
        Sql.rows(tx, MessagesSql.PER_VACANCY, weekAgo)));
    data.compose(d -> link.read().map(checks -> new MessagesView(v, ctx.config().locale().timeZone()).render(rc, shown, vacancy, page, d, checks)))
        .onFailure(rc::fail)
        .onSuccess(html -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "nav.messages"), html));
  }

  private void inbound(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    int page = Params.page(rc);
    ctx.store().read(tx -> Sql.rows(tx, MessagesSql.INBOUND, Params.PAGE_SIZE + 1, (page - 1) * Params.PAGE_SIZE))
        .onFailure(rc::fail)
        .onSuccess(rows -> Page.send(rc, 200, v.lang(), v, Page.t(v.lang(), "msg.inbound"),
            new MessagesView(v, ctx.config().locale().timeZone()).inbound(rc, page, rows)));
  }

  private void retry(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN, Staff.STAFF);
    String id = Params.form(rc, "id", 20);
    long now = System.currentTimeMillis();
    ctx.store().write(tx -> {
      int n = id.matches("\\d+") ? Sql.update(tx, MessagesSql.RETRY_ONE, now, Long.parseLong(id))
          : Sql.update(tx, MessagesSql.RETRY_ALL, now);
      Audit.log(tx, v.actor(), "outbox.retry", "outbox", id.isEmpty() ? "all-failed" : id, "requeued=" + n);
      return n;
    }).onFailure(rc::fail).onSuccess(n -> Page.redirect(rc, "/admin/messages?status=failed&retried=" + n));
  }

  static String linkLabel(String lang, JsonObject state) {
    if (state == null) {
      return Page.t(lang, "msg.linkUnknown");
    }
    String s = state.getBoolean("ok", false) ? Page.t(lang, "msg.linkUp") : Page.t(lang, "msg.linkDown");
    if (state.containsKey("breaker")) {
      s += " · " + Page.t(lang, "msg.breaker") + " " + Page.t(lang, "msg.breaker." + state.getValue("breaker"));
    }
    if (state.containsKey("queueDepth")) {
      s += " · " + Page.t(lang, "msg.queue") + " " + state.getValue("queueDepth");
    }
    return s;
  }
}
