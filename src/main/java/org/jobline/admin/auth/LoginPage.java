package org.jobline.admin.auth;

import io.vertx.ext.web.RoutingContext;
import org.jobline.admin.Html;
import org.jobline.admin.Page;

/** The login form (its own CSRF token is a double-submit cookie, since there is no session yet). */
final class LoginPage {
  private LoginPage() {}

  static void send(RoutingContext rc, boolean production, String lang, int status, String error, String username) {
    String token = Sessions.randomToken();
    Cookies.set(rc, production, Cookies.LOGIN_CSRF, token, 3600);
    StringBuilder b = new StringBuilder();
    if (error != null) {
      b.append("<p class=\"error\" id=\"login-error\">").append(Html.esc(error)).append("</p>");
    }
    b.append("<form method=\"post\" action=\"/admin/login\" class=\"card\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(Html.esc(token)).append("\">")
        .append("<label>").append(Html.esc(Page.t(lang, "login.username")))
        .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required value=\"")
        .append(Html.esc(username)).append("\"></label><label>").append(Html.esc(Page.t(lang, "login.password")))
        .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
        .append("</label><button id=\"login\" type=\"submit\">").append(Html.esc(Page.t(lang, "login.submit")))
        .append("</button></form>");
    Page.send(rc, status, lang, null, Page.t(lang, "login.title"), b.toString());
  }
}
