package org.jobline.trust.admin;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.jobline.admin.Sql;
import org.jobline.core.AppContext;
import org.jobline.core.errors.NotFound;
import org.jobline.http.BadRequestException;
import org.jobline.partner.PartnerKeys;
import org.jobline.trust.TrustDesk;
import org.jobline.vacancy.Actor;

/**
 * Dev mode only, where the simulator is mounted (behind its guard, like {@code /simulator/followups}): what the
 * scenarios need to play agency staff (simulator/scenarios/07): {@code POST /simulator/trust/partner?name=&trusted=}
 * makes a partner and its API key; {@code POST /simulator/trust/staff?action=validate|suspend_vacancy|suspend_partner
 * &ref=&partner=} does what the admin pages' buttons do, as user "simulateur".
 */
final class ScenarioHooks {
  private static final Actor STAFF = Actor.staff("simulateur");
  private final AppContext ctx;
  private final TrustDesk desk;

  ScenarioHooks(AppContext ctx, TrustDesk desk) {
    this.ctx = ctx;
    this.desk = desk;
  }

  void mount(Router router) {
    router.post("/simulator/trust/partner").handler(this::partner);
    router.post("/simulator/trust/staff").handler(this::staff);
  }

  private void partner(RoutingContext rc) {
    String name = param(rc, "name");
    boolean trusted = "true".equals(rc.request().getParam("trusted"));
    new PartnerKeys(ctx.store()).addPartner(name, "staff:simulateur")
        .compose(k -> desk.setTrusted(STAFF, k.partner().id(), trusted).map(x -> k))
        .onSuccess(k -> rc.json(new JsonObject().put("id", k.partner().id()).put("key", k.key())))
        .onFailure(rc::fail);
  }

  private void staff(RoutingContext rc) {
    String action = param(rc, "action");
    Future<String> done = switch (action) {
      case "validate" -> desk.validate(STAFF, param(rc, "ref")).map(v -> v.ref() + " " + v.status());
      case "suspend_vacancy" -> desk.suspendVacancy(STAFF, param(rc, "ref"), "scenario").map(n -> n + " corrections");
      case "suspend_partner" -> partnerId(param(rc, "partner"))
          .compose(id -> desk.suspendPartner(STAFF, id, "scenario")).map(refs -> "suspended " + refs);
      default -> Future.failedFuture(new BadRequestException("action", "action must be one of "
          + List.of("validate", "suspend_vacancy", "suspend_partner")));
    };
    done.onSuccess(note -> rc.json(new JsonObject().put("done", note))).onFailure(rc::fail);
  }

  private Future<Long> partnerId(String name) {
    return ctx.store().read(tx -> Sql.rows(tx, TrustAdminSql.PARTNER_BY_NAME, name)).map(rows -> {
      if (rows.isEmpty()) {
        throw new NotFound("no partner named '" + name + "'");
      }
      return Sql.num(rows.get(0).get("id"));
    });
  }

  private static String param(RoutingContext rc, String name) {
    String v = rc.request().getParam(name);
    if (v == null || v.isBlank() || v.length() > 80) {
      throw new BadRequestException(name, name + " is required (at most 80 characters)");
    }
    return v.strip();
  }
}
