package org.jobline.admin;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/** The page language: French unless the {@code jl_lang} cookie asks for English. */
public final class Lang {
  public static final String COOKIE = "jl_lang";

  private Lang() {}

  public static String of(RoutingContext rc) {
    Cookie c = rc.request().getCookie(COOKIE);
    return c != null && "en".equals(c.getValue()) ? "en" : "fr";
  }
}
