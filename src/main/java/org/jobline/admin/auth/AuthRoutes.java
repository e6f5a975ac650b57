package org.jobline.admin.auth;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jobline.admin.Lang;
import org.jobline.admin.Page;
import org.jobline.admin.Viewer;
import org.jobline.admin.audit.Audit;
import org.jobline.core.AppContext;
import org.jobline.http.ForbiddenException;

/**
 * Sign-in, sign-out and the guard in front of every admin page: loads the session, sends strangers
 * to the login form, and refuses any POST whose CSRF token is not the session's (403).
 */
public final class AuthRoutes {
  private static final java.util.Set<String> OPEN = java.util.Set.of("/admin/login", "/admin/lang");
  private final AppContext ctx;
  private final Login login;

  public AuthRoutes(AppContext ctx) {
    this.ctx = ctx;
    this.login = new Login(ctx);
  }

  public void mount(Router router) {
    router.route("/admin/*").handler(this::guard);
    router.get("/admin/login").handler(rc -> LoginPage.send(rc, ctx.config().production(), Lang.of(rc), 200, null, ""));
    router.post("/admin/login").handler(login::handle);
    router.post("/admin/logout").handler(this::logout);
    router.get("/admin/lang").handler(this::language);
  }

  private void guard(RoutingContext rc) {
    String path = rc.normalizedPath();
    if (OPEN.contains(path) || path.startsWith("/admin/static/")) {
      rc.next();
      return;
    }
    String sid = Cookies.get(rc, Cookies.SESSION);
    Future<java.util.Optional<Sessions.Active>> found = sid == null || sid.isEmpty()
        ? Future.succeededFuture(java.util.Optional.empty())
        : ctx.store().read(tx -> Sessions.find(tx, sid, System.currentTimeMillis()));
    found.compose(active -> touch(sid, active)).onFailure(rc::fail).onSuccess(active -> {
      if (active.isEmpty()) {
        refuse(rc);
        return;
      }
      Viewer viewer = new Viewer(active.get().staff(), active.get().csrf(), Lang.of(rc));
      rc.put(Viewer.KEY, viewer);
      if (rc.request().method().name().equals("POST")
          && !Sessions.same(viewer.csrf(), rc.request().getFormAttribute("csrf"))) {
        rc.fail(new ForbiddenException(Page.t(viewer.lang(), "error.csrf")));
        return;
      }
      rc.next();
    });
  }

  /** Pushes the idle end of a session in use forward (see {@link Sessions}). */
  private Future<java.util.Optional<Sessions.Active>> touch(String sid, java.util.Optional<Sessions.Active> active) {
    var admin = ctx.config().admin();
    long next = active.map(a -> a.nextExpiry(System.currentTimeMillis(), admin.idleMinutes() * 60_000L,
        admin.sessionMinutes() * 60_000L)).orElse(-1L);
    return next < 0 ? Future.succeededFuture(active)
        : ctx.store().write(tx -> {
          Sessions.touch(tx, sid, next);
          return active;
        });
  }

  private void refuse(RoutingContext rc) {
    if (rc.request().method().name().equals("GET")) {
      Page.redirect(rc, "/admin/login");
    } else {
      rc.fail(new ForbiddenException(Page.t(Lang.of(rc), "error.signedOut")));
    }
  }

  private void logout(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String sid = Cookies.get(rc, Cookies.SESSION);
    ctx.store().write(tx -> {
      Sessions.close(tx, sid);
      Audit.log(tx, v.actor(), "logout", "staff_user", v.staff().id(), null);
      return null;
    }).onFailure(rc::fail).onSuccess(x -> {
      Cookies.clear(rc, ctx.config().production(), Cookies.SESSION);
      Page.redirect(rc, "/admin/login");
    });
  }

  private void language(RoutingContext rc) {
    String lang = "en".equals(rc.request().getParam("l")) ? "en" : "fr";
    String back = rc.request().getParam("back");
    // Printable ASCII only: a CR/LF would split the Location header (and made Netty throw).
    boolean local = back != null && back.startsWith("/admin") && !back.contains("//") && !back.contains("\\")
        && back.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f);
    rc.response().addCookie(io.vertx.core.http.Cookie.cookie(Lang.COOKIE, lang).setPath("/admin")
        .setMaxAge(365L * 24 * 3600).setSameSite(io.vertx.core.http.CookieSameSite.STRICT));
    Page.redirect(rc, local ? back : "/admin");
  }
}
