package org.jobline.admin;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.jobline.core.errors.NotFound;
import org.jobline.http.BadRequestException;
import org.jobline.refdata.Named;

/** Reading query and form values: trimmed, length-capped, never null; plus the list pager and select boxes. */
public final class Params {
  public static final int PAGE_SIZE = 50;

  private Params() {}

  public static String query(RoutingContext rc, String name, int max) {
    return cap(rc.request().getParam(name), max);
  }

  public static String form(RoutingContext rc, String name, int max) {
    return cap(rc.request().getFormAttribute(name), max);
  }

  /** The 1-based page number (bad values are page 1). */
  public static int page(RoutingContext rc) {
    try {
      return Math.max(1, Math.min(100_000, Integer.parseInt(query(rc, "page", 6))));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public static long pathId(RoutingContext rc, String name) {
    try {
      return Long.parseLong(rc.pathParam(name));
    } catch (NumberFormatException e) {
      throw new NotFound("no such item");
    }
  }

  public static String oneOf(String value, String field, List<String> allowed) {
    if (!value.isEmpty() && !allowed.contains(value)) {
      throw new BadRequestException(field, field + " must be one of " + allowed);
    }
    return value;
  }

  /** "previous / next" links keeping the other query parameters. */
  public static String pager(RoutingContext rc, int page, boolean more) {
    StringBuilder b = new StringBuilder("<p class=\"pager\">");
    String base = rc.request().path() + "?" + rc.queryParams().entries().stream()
        .filter(e -> !e.getKey().equals("page"))
        .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
            + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8) + "&")
        .reduce("", String::concat);
    if (page > 1) {
      b.append("<a href=\"").append(Html.esc(base + "page=" + (page - 1))).append("\">←</a>");
    }
    b.append(page);
    if (more) {
      b.append(" <a id=\"next-page\" href=\"").append(Html.esc(base + "page=" + (page + 1))).append("\">→</a>");
    }
    return b.append("</p>").toString();
  }

  /** A select box over reference entries, with an empty first choice. */
  public static String select(String name, String lang, List<? extends Named> entries, String selected, String empty) {
    StringBuilder b = new StringBuilder("<select id=\"" + name + "\" name=\"" + name + "\"><option value=\"\">")
        .append(Html.esc(empty)).append("</option>");
    for (Named n : entries) {
      b.append("<option value=\"").append(Html.esc(n.code())).append("\"")
          .append(n.code().equals(selected) ? " selected" : "").append(">").append(Html.esc(n.name(lang)))
          .append("</option>");
    }
    return b.append("</select>").toString();
  }

  private static String cap(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
