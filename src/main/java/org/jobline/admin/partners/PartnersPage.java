package org.jobline.admin.partners;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.audit.Audit;
import org.jobline.admin.auth.Passwords;
import org.jobline.admin.auth.Staff;
import org.jobline.admin.auth.StaffUsers;
import org.jobline.core.AppContext;
import org.jobline.core.errors.Conflict;
import org.jobline.core.errors.NotFound;
import org.jobline.core.errors.SafeError;
import org.jobline.http.BadRequestException;
import org.jobline.http.ErrorHandler;
import org.jobline.partner.IssuedKey;
import org.jobline.partner.PartnerKeys;

/** /admin/partners (admins only): partners with their figures, their users and their API keys. */
public final class PartnersPage {
  private final AppContext ctx;
  private final PartnerKeys keys;

  public PartnersPage(AppContext ctx) {
    this.ctx = ctx;
    this.keys = new PartnerKeys(ctx.store());
  }

  public void mount(Router router) {
    router.get("/admin/partners").handler(rc -> list(rc, null, null));
    router.post("/admin/partners").handler(this::create);
    router.get("/admin/partners/:id").handler(rc -> one(rc, null, null));
    router.post("/admin/partners/:id/users").handler(this::addUser);
    router.post("/admin/partners/:id/keys").handler(this::issueKey);
    router.post("/admin/partners/:id/keys/revoke").handler(this::revoke);
  }

  record One(Map<String, Object> partner, List<Map<String, Object>> users, List<Map<String, Object>> keys) {}

  private void list(RoutingContext rc, IssuedKey fresh, SafeError error) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    ctx.store().read(tx -> Sql.rows(tx, PartnersSql.FIGURES, (Object) null)).onFailure(rc::fail)
        .onSuccess(rows -> Page.send(rc, error == null ? 200 : ErrorHandler.statusOf(error), v.lang(), v,
            Page.t(v.lang(), "nav.partners"), PartnerViews.list(v, rows, fresh, error)));
  }

  private void one(RoutingContext rc, String notice, SafeError error) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    long id = Params.pathId(rc, "id");
    ctx.store().read(tx -> {
      List<Map<String, Object>> p = Sql.rows(tx, PartnersSql.FIGURES, id);
      if (p.isEmpty()) {
        throw new NotFound("no such partner");
      }
      return new One(p.get(0), Sql.rows(tx, PartnersSql.USERS, id), Sql.rows(tx, PartnersSql.KEYS, id));
    }).onFailure(rc::fail).onSuccess(d -> Page.send(rc, error == null ? 200 : ErrorHandler.statusOf(error), v.lang(), v,
        String.valueOf(d.partner().get("name")), PartnerViews.one(v, d, notice, error)));
  }

  private void create(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    keys.addPartner(Params.form(rc, "name", 100), v.actor())
        .onSuccess(k -> list(rc, k, null))
        .onFailure(e -> fallback(rc, e, err -> list(rc, null, err)));
  }

  private void issueKey(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    long id = Params.pathId(rc, "id");
    ctx.store().read(tx -> Sql.rows(tx, PartnersSql.FIGURES, id))
        .map(rows -> rows.stream().findFirst().orElseThrow(() -> new NotFound("no such partner")))
        .compose(p -> keys.issueKey((String) p.get("name"), v.actor()))
        .onFailure(rc::fail)
        .onSuccess(k -> one(rc, Page.t(v.lang(), "partner.keyOnce", k.key()), null));
  }

  private void revoke(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    long id = Params.pathId(rc, "id");
    String prefix = Params.form(rc, "prefix", 20);
    keys.revoke(id, prefix).compose(done -> ctx.store().write(tx -> {
      Audit.log(tx, v.actor(), "partner.key.revoke", "partner", id, prefix + (done ? "" : " (nothing to revoke)"));
      return done;
    })).onFailure(rc::fail).onSuccess(done -> Page.redirect(rc, "/admin/partners/" + id));
  }

  private void addUser(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    long id = Params.pathId(rc, "id");
    String username = Params.form(rc, "username", 64);
    String password = Params.form(rc, "password", 1024);
    if (!username.matches("[A-Za-z0-9._@-]{2,64}")) {
      one(rc, null, new BadRequestException("username", Page.t(v.lang(), "partner.badUsername")));
      return;
    }
    if (password.length() < Passwords.MIN_LENGTH) {
      one(rc, null, new BadRequestException("password", Page.t(v.lang(), "partner.shortPassword", Passwords.MIN_LENGTH)));
      return;
    }
    ctx.vertx().executeBlocking(() -> Passwords.hash(password, ctx.config().admin().passwordIterations()), false).compose(hash -> ctx.store().write(tx -> {
      if (Sql.rows(tx, PartnersSql.FIGURES, id).isEmpty()) {
        throw new NotFound("no such partner");
      }
      if (StaffUsers.byName(tx, username).isPresent()) {
        throw new Conflict("username", Page.t(v.lang(), "partner.userExists", username));
      }
      long user = StaffUsers.create(tx, username, hash, Staff.PARTNER, id);
      Audit.log(tx, v.actor(), "user.create", "staff_user", user, username + " role=partner partner=" + id);
      return user;
    })).onSuccess(u -> Page.redirect(rc, "/admin/partners/" + id))
        .onFailure(e -> fallback(rc, e, err -> one(rc, null, err)));
  }

  private static void fallback(RoutingContext rc, Throwable e, java.util.function.Consumer<SafeError> show) {
    if (e instanceof SafeError h && (ErrorHandler.statusOf(h) == 400 || ErrorHandler.statusOf(h) == 409)) {
      show.accept(h);
    } else {
      rc.fail(e);
    }
  }
}
