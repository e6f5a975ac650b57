package org.jobline.admin.users;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.audit.Audit;
import org.jobline.admin.auth.Cookies;
import org.jobline.admin.auth.Passwords;
import org.jobline.core.AppContext;
import org.jobline.http.ForbiddenException;

/**
 * /admin/password: everyone changes their own password (the current one first). A user holding a
 * one-time password is sent here by {@link #force} before any other page until they have.
 */
public final class PasswordChange {
  static final String PATH = "/admin/password";
  private final AppContext ctx;

  public PasswordChange(AppContext ctx) {
    this.ctx = ctx;
  }

  public void mount(Router router) {
    router.route("/admin/*").handler(this::force);
    router.get(PATH).handler(rc -> show(rc, 200, null, false));
    router.post(PATH).handler(this::change);
  }

  /** After the sign-in guard: with a one-time password, only this page, sign-out and static files. */
  private void force(RoutingContext rc) {
    Viewer v = rc.get(Viewer.KEY);
    String path = rc.normalizedPath();
    if (v == null || path.equals(PATH) || path.equals("/admin/logout") || path.startsWith("/admin/static/")
        || path.equals("/admin/lang")) {
      rc.next();
      return;
    }
    ctx.store().read(tx -> Sql.number(tx, UsersSql.PENDING, v.staff().id())).onFailure(rc::fail).onSuccess(n -> {
      if (n == 0) {
        rc.next();
      } else if ("GET".equals(rc.request().method().name())) {
        Page.redirect(rc, PATH);
      } else {
        rc.fail(new ForbiddenException(Page.t(v.lang(), "pwd.changeFirst")));
      }
    });
  }

  private void show(RoutingContext rc, int status, String error, boolean done) {
    Viewer v = Viewer.of(rc);
    String lang = v.lang();
    ctx.store().read(tx -> Sql.number(tx, UsersSql.PENDING, v.staff().id())).onFailure(rc::fail).onSuccess(pending -> {
      StringBuilder b = new StringBuilder();
      if (pending > 0) {
        b.append("<p class=\"notice\" id=\"must-change\">").append(t(lang, "pwd.mustChange")).append("</p>");
      }
      if (done) {
        b.append("<p class=\"ok\" id=\"password-changed\" role=\"status\">").append(t(lang, "pwd.changed")).append("</p>");
      }
      if (error != null) {
        b.append("<p class=\"error\" id=\"password-error\" role=\"alert\">").append(Html.esc(error)).append("</p>");
      }
      b.append("<form method=\"post\" action=\"").append(PATH).append("\" class=\"card\">").append(Page.csrfField(v));
      field(b, lang, "current", "current-password");
      field(b, lang, "new", "new-password");
      field(b, lang, "confirm", "new-password");
      b.append("<p class=\"help\">").append(Html.esc(Page.t(lang, "pwd.rule", Passwords.MIN_LENGTH))).append("</p>")
          .append("<button id=\"change-password\" type=\"submit\">").append(t(lang, "pwd.submit")).append("</button></form>");
      Page.send(rc, status, lang, v, Page.t(lang, "pwd.title"), b.toString());
    });
  }

  private static void field(StringBuilder b, String lang, String name, String autocomplete) {
    b.append("<div class=\"field\"><label for=\"pwd-").append(name).append("\">").append(t(lang, "pwd." + name))
        .append("</label><input type=\"password\" id=\"pwd-").append(name).append("\" name=\"").append(name)
        .append("\" autocomplete=\"").append(autocomplete).append("\" required></div>");
  }

  private void change(RoutingContext rc) {
    Viewer v = Viewer.of(rc);
    String current = Params.form(rc, "current", 1024);
    String next = Params.form(rc, "new", 1024);
    String confirm = Params.form(rc, "confirm", 1024);
    if (next.strip().length() < Passwords.MIN_LENGTH) {
      show(rc, 400, Page.t(v.lang(), "pwd.rule", Passwords.MIN_LENGTH), false);
      return;
    }
    if (!next.equals(confirm)) {
      show(rc, 400, Page.t(v.lang(), "pwd.mismatch"), false);
      return;
    }
    if (next.equals(current)) {
      show(rc, 400, Page.t(v.lang(), "pwd.same"), false);
      return;
    }
    String hash = v.staff().passwordHash();
    String sid = Cookies.get(rc, Cookies.SESSION);
    ctx.vertx().executeBlocking(() -> Passwords.verify(current, hash) ? Passwords.hash(next, ctx.config().admin().passwordIterations()) : null, false)
        .compose(newHash -> newHash == null ? io.vertx.core.Future.succeededFuture(false) : ctx.store().write(tx -> {
          Sql.update(tx, UsersSql.SET_HASH, newHash, v.staff().id());
          Sql.update(tx, UsersSql.CHANGED, v.staff().id());
          Sql.update(tx, UsersSql.CLOSE_OTHER_SESSIONS, v.staff().id(), org.jobline.admin.auth.Sessions.sha256(sid == null ? "" : sid));
          Audit.log(tx, v.actor(), "password.change", "staff_user", v.staff().id(), null);
          return true;
        }))
        .onFailure(rc::fail)
        .onSuccess(ok -> show(rc, ok ? 200 : 400, ok ? null : Page.t(v.lang(), "pwd.wrongCurrent"), ok));
  }

  private static String t(String lang, String key) {
    return Html.esc(Page.t(lang, key));
  }
}
