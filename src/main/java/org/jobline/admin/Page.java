package org.jobline.admin;

import io.vertx.ext.web.RoutingContext;
import org.jobline.i18n.Messages;

/** The page shell: head, navigation by role, language switch, security headers; bodies come from the pages. */
public final class Page {
  public static final Messages TEXT = new Messages("admin");

  private Page() {}

  public static String t(String lang, String key, Object... args) {
    return TEXT.get(lang, key, args);
  }

  /** Sends a full page; {@code body} is HTML the caller built with {@link Html#esc} for every value. */
  public static void send(RoutingContext rc, int status, String lang, Viewer viewer, String title, String body) {
    StringBuilder h = new StringBuilder(body.length() + 2048);
    h.append("<!doctype html><html lang=\"").append(Html.esc(lang)).append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.esc(title)).append(" · Jobline</title>")
        .append("<link rel=\"icon\" href=\"/favicon.ico\">")
        .append("<link rel=\"stylesheet\" href=\"/admin/static/admin.css\"></head><body><header><strong>Jobline</strong>");
    if (viewer != null) {
      nav(h, viewer, lang);
    }
    String back = rc.request().uri();
    String other = "fr".equals(lang) ? "en" : "fr";
    h.append("<a class=\"lang\" id=\"lang-switch\" href=\"/admin/lang?l=").append(other).append("&amp;back=")
        .append(Html.q(back)).append("\">").append(other.toUpperCase()).append("</a></header><main><h1>")
        .append(Html.esc(title)).append("</h1>").append(body).append("</main></body></html>");
    headers(rc, status).end(h.toString());
  }

  private static void nav(StringBuilder h, Viewer v, String lang) {
    h.append("<nav>");
    link(h, "/admin/dashboard", t(lang, "nav.dashboard"));
    link(h, "/admin/reach", t(lang, "nav.reach"));
    link(h, "/admin/vacancies", t(lang, "nav.vacancies"));
    link(h, "/admin/subscribers", t(lang, "nav.subscribers"));
    if (!v.staff().partner()) {
      link(h, "/admin/messages", t(lang, "nav.messages"));
      link(h, "/admin/review", t(lang, "nav.review"));
      link(h, "/admin/reports", t(lang, "nav.reports"));
      link(h, "/admin/abroad", t(lang, "nav.abroad"));
    }
    if (v.staff().admin()) {
      link(h, "/admin/partners", t(lang, "nav.partners"));
      link(h, "/admin/audit", t(lang, "nav.audit"));
      link(h, "/admin/users", t(lang, "nav.users"));
    }
    link(h, "/admin/password", t(lang, "nav.password"));
    h.append("<form method=\"post\" action=\"/admin/logout\" class=\"inline\">").append(csrfField(v))
        .append("<button id=\"logout\" type=\"submit\">").append(Html.esc(t(lang, "nav.logout"))).append(" (")
        .append(Html.esc(v.actor())).append(")</button></form></nav>");
  }

  private static void link(StringBuilder h, String href, String label) {
    h.append("<a href=\"").append(href).append("\">").append(Html.esc(label)).append("</a>");
  }

  public static String csrfField(Viewer v) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.esc(v.csrf()) + "\">";
  }

  /** Headers every admin response carries: no caching, no framing, scripts only from this server. */
  public static io.vertx.core.http.HttpServerResponse headers(RoutingContext rc, int status) {
    return rc.response().setStatusCode(status)
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "same-origin")
        .putHeader("Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
  }

  public static void redirect(RoutingContext rc, String location) {
    rc.response().setStatusCode(303).putHeader("Location", location).putHeader("Cache-Control", "no-store").end();
  }
}
