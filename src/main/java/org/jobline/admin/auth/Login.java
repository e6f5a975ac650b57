package org.jobline.admin.auth;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.sql.SQLException;
import java.util.Optional;
import org.jobline.admin.Lang;
import org.jobline.admin.Page;
import org.jobline.admin.audit.Audit;
import org.jobline.config.AppConfig.AdminConfig;
import org.jobline.core.AppContext;
import org.jobline.http.ForbiddenException;
import org.jobline.store.Tx;

/**
 * POST /admin/login. Hashing runs on a worker thread (PBKDF2 is slow on purpose). Wrong passwords
 * are limited per client address ({@link LoginLimiter}) and per account (its row in
 * {@code staff_users}: {@code failed_logins}, and {@code locked_until} as the time of the next allowed
 * attempt) with a delay that grows with each failure, never a lock: an unknown user name gets the
 * same answers as a known one. An admin clears an account's delay with {@link StaffUsers#unlock}.
 */
final class Login {
  /** Verified against when the user does not exist, so both cases cost the same time. */
  private final String dummy;

  private enum Outcome { OK, WRONG, WAIT, SUSPENDED }

  private record Result(Outcome outcome, String sessionId, long waitMs) {
    static Result waitFor(long ms) {
      return new Result(Outcome.WAIT, null, ms);
    }
  }

  private final AppContext ctx;
  private final AdminConfig config;
  private final LoginLimiter limiter;
  private final Backoff accounts;

  Login(AppContext ctx) {
    this.ctx = ctx;
    this.config = ctx.config().admin();
    this.limiter = new LoginLimiter(config);
    this.accounts = LoginLimiter.accountBackoff(config);
    this.dummy = Passwords.unmatchable(config.passwordIterations());
  }

  void handle(RoutingContext rc) {
    String lang = Lang.of(rc);
    if (!Sessions.same(Cookies.get(rc, Cookies.LOGIN_CSRF), rc.request().getFormAttribute("csrf"))) {
      rc.fail(new ForbiddenException(Page.t(lang, "error.csrf")));
      return;
    }
    String username = trim(rc.request().getFormAttribute("username"), 64);
    String password = trim(rc.request().getFormAttribute("password"), 1024);
    String address = rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().host();
    long addressWait = limiter.beginFromAddress(address, System.currentTimeMillis());
    Future<Result> result = addressWait > 0 ? Future.succeededFuture(Result.waitFor(addressWait))
        : ctx.store().read(tx -> StaffUsers.byName(tx, username)).compose(user -> check(user, username, password));
    result.onFailure(rc::fail).onSuccess(r -> {
      if (r.outcome() == Outcome.OK) {
        limiter.succeededFromAddress(address);
      }
      reply(rc, lang, username, r);
    });
  }

  private Future<Result> check(Optional<Staff> user, String username, String password) {
    long now = System.currentTimeMillis();
    long wait = user.map(s -> waitMs(s, now)).orElseGet(() -> limiter.beginUnknownName(username, now));
    if (wait > 0) {
      return Future.succeededFuture(Result.waitFor(wait));
    }
    String hash = user.map(Staff::passwordHash).orElse(dummy);
    return ctx.vertx().executeBlocking(() -> Passwords.verify(password, hash), false).compose(ok -> {
      if (user.isEmpty()) {
        return Future.succeededFuture(new Result(Outcome.WRONG, null, 0));
      }
      Staff s = user.get();
      return ok ? succeed(s, password) : ctx.store().write(tx -> fail(tx, s.id()));
    });
  }

  /** How long this account must still wait before its next attempt. */
  private static long waitMs(Staff s, long now) {
    return s.lockedUntil() == null ? 0 : Math.max(0, s.lockedUntil() - now);
  }

  private Future<Result> succeed(Staff s, String password) {
    int iterations = config.passwordIterations();
    Future<String> upgraded = Passwords.needsUpgrade(s.passwordHash(), iterations)
        ? ctx.vertx().executeBlocking(() -> Passwords.hash(password, iterations), false)
        : Future.succeededFuture(null);
    long now = System.currentTimeMillis();
    long expires = now + Math.min(config.sessionMinutes(), config.idleMinutes()) * 60_000L;
    return upgraded.compose(newHash -> ctx.store().write(tx -> {
      if (StaffUsers.partnerSuspended(tx, s)) {
        Audit.log(tx, s.username(), "login.suspended", "staff_user", s.id(), null);
        return new Result(Outcome.SUSPENDED, null, 0);
      }
      StaffUsers.loginSucceeded(tx, s.id());
      if (newHash != null) {
        StaffUsers.setHash(tx, s.id(), newHash);
      }
      Audit.log(tx, s.username(), "login", "staff_user", s.id(), newHash == null ? null : "rehashed");
      return new Result(Outcome.OK, Sessions.open(tx, s.id(), expires), 0);
    }));
  }

  /** Counts the failure (from 1 again when the last delay ended a day ago) and sets the next allowed time. */
  private Result fail(Tx tx, long id) throws SQLException {
    Staff fresh = StaffUsers.byId(tx, id).orElseThrow();
    long now = System.currentTimeMillis();
    boolean forgotten = fresh.lockedUntil() != null && now - fresh.lockedUntil() > LoginLimiter.FORGET_MS;
    int count = (forgotten ? 0 : fresh.failedLogins()) + 1;
    long delay = accounts.delayMs(count);
    StaffUsers.setFailures(tx, id, count, delay > 0 ? now + delay : null);
    Audit.log(tx, fresh.username(), delay > 0 ? "login.delayed" : "login.failed", "staff_user", id,
        "failures=" + count);
    return new Result(Outcome.WRONG, null, 0);
  }

  private void reply(RoutingContext rc, String lang, String username, Result r) {
    boolean production = ctx.config().production();
    switch (r.outcome()) {
      case OK -> {
        Cookies.clear(rc, production, Cookies.LOGIN_CSRF);
        Cookies.set(rc, production, Cookies.SESSION, r.sessionId(), config.sessionMinutes() * 60L);
        Page.redirect(rc, "/admin/dashboard");
      }
      case WAIT -> {
        long seconds = Math.max(1, (r.waitMs() + 999) / 1000);
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        LoginPage.send(rc, production, lang, 429, Page.t(lang, "login.wait", seconds), username);
      }
      case SUSPENDED -> LoginPage.send(rc, production, lang, 403, Page.t(lang, "login.suspended"), username);
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
