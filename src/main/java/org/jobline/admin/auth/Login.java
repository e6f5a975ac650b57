package org.jobline.admin.auth;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.jobline.admin.Lang;
import org.jobline.admin.Page;
import org.jobline.admin.audit.Audit;
import org.jobline.config.AppConfig.AdminConfig;
import org.jobline.core.AppContext;
import org.jobline.http.ForbiddenException;

/**
 * POST /admin/login. Hashing runs on a worker thread (PBKDF2 is slow on purpose). After
 * {@code admin.lockoutAttempts} wrong passwords in a row the account is locked for
 * {@code admin.lockoutMinutes}: while locked even the right password is refused.
 */
final class Login {
  /** Verified against when the user does not exist, so both cases cost the same time. */
  private static final String DUMMY = Passwords.hash("not-a-real-password-" + Sessions.randomToken());

  private enum Outcome { OK, WRONG, LOCKED }

  private record Result(Outcome outcome, String sessionId) {}

  private final AppContext ctx;
  private final AdminConfig config;

  Login(AppContext ctx) {
    this.ctx = ctx;
    this.config = ctx.config().admin();
  }

  void handle(RoutingContext rc) {
    String lang = Lang.of(rc);
    if (!Sessions.same(Cookies.get(rc, Cookies.LOGIN_CSRF), rc.request().getFormAttribute("csrf"))) {
      rc.fail(new ForbiddenException(Page.t(lang, "error.csrf")));
      return;
    }
    String username = trim(rc.request().getFormAttribute("username"), 64);
    String password = trim(rc.request().getFormAttribute("password"), 1024);
    ctx.store().read(c -> StaffUsers.byName(c, username))
        .compose(user -> check(user, password))
        .onFailure(rc::fail)
        .onSuccess(r -> reply(rc, lang, username, r));
  }

  private Future<Result> check(Optional<Staff> user, String password) {
    long now = System.currentTimeMillis();
    if (user.isPresent() && user.get().lockedAt(now)) {
      return ctx.store().write(c -> {
        Audit.log(c, user.get().username(), "login.locked", "staff_user", user.get().id(), null);
        return new Result(Outcome.LOCKED, null);
      });
    }
    String hash = user.map(Staff::passwordHash).orElse(DUMMY);
    return ctx.vertx().executeBlocking(() -> Passwords.verify(password, hash), false).compose(ok -> {
      if (user.isEmpty()) {
        return Future.succeededFuture(new Result(Outcome.WRONG, null));
      }
      Staff s = user.get();
      return ok ? succeed(s, password) : ctx.store().write(c -> fail(c, s.id()));
    });
  }

  private Future<Result> succeed(Staff s, String password) {
    Future<String> upgraded = Passwords.needsUpgrade(s.passwordHash())
        ? ctx.vertx().executeBlocking(() -> Passwords.hash(password), false) : Future.succeededFuture(null);
    long expires = System.currentTimeMillis() + config.sessionMinutes() * 60_000L;
    return upgraded.compose(newHash -> ctx.store().write(c -> {
      StaffUsers.loginSucceeded(c, s.id());
      if (newHash != null) {
        StaffUsers.setHash(c, s.id(), newHash);
      }
      Audit.log(c, s.username(), "login", "staff_user", s.id(), null);
      return new Result(Outcome.OK, Sessions.open(c, s.id(), expires));
    }));
  }

  /** Counts the failure (starting again from 1 if an earlier lock has run out) and locks at the threshold. */
  private Result fail(Connection c, long id) throws SQLException {
    Staff fresh = StaffUsers.byId(c, id).orElseThrow();
    long now = System.currentTimeMillis();
    boolean lockExpired = fresh.lockedUntil() != null && fresh.lockedUntil() <= now;
    int count = (lockExpired ? 0 : fresh.failedLogins()) + 1;
    Long lockUntil = count >= config.lockoutAttempts() ? now + config.lockoutMinutes() * 60_000L : null;
    StaffUsers.setFailures(c, id, count, lockUntil);
    Audit.log(c, fresh.username(), lockUntil == null ? "login.failed" : "login.lockout", "staff_user", id,
        "failures=" + count);
    return new Result(Outcome.WRONG, null);
  }

  private void reply(RoutingContext rc, String lang, String username, Result r) {
    boolean production = ctx.config().production();
    switch (r.outcome()) {
      case OK -> {
        Cookies.clear(rc, production, Cookies.LOGIN_CSRF);
        Cookies.set(rc, production, Cookies.SESSION, r.sessionId(), config.sessionMinutes() * 60L);
        Page.redirect(rc, "/admin/dashboard");
      }
      case LOCKED -> LoginPage.send(rc, production, lang, 423, Page.t(lang, "login.locked", config.lockoutMinutes()),
          username);
      default -> LoginPage.send(rc, production, lang, 401, Page.t(lang, "login.wrong"), username);
    }
  }

  private static String trim(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
