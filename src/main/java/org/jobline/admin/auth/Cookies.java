package org.jobline.admin.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/** The admin cookies: HttpOnly, SameSite=Strict, Path=/admin, Secure over HTTPS or in production. */
public final class Cookies {
  public static final String SESSION = "jl_session";
  public static final String LOGIN_CSRF = "jl_login";

  private Cookies() {}

  public static void set(RoutingContext rc, boolean production, String name, String value, long maxAgeSeconds) {
    boolean https = rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().getHeader("X-Forwarded-Proto"));
    rc.response().addCookie(Cookie.cookie(name, value).setPath("/admin").setHttpOnly(true)
        .setSameSite(CookieSameSite.STRICT).setSecure(https || production).setMaxAge(maxAgeSeconds));
  }

  public static void clear(RoutingContext rc, boolean production, String name) {
    set(rc, production, name, "", 0);
  }

  public static String get(RoutingContext rc, String name) {
    Cookie c = rc.request().getCookie(name);
    return c == null ? null : c.getValue();
  }
}
