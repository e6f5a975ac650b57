package org.jobline.admin.vacancies;

import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Viewer;
import org.jobline.alert.AlertText;
import org.jobline.vacancy.Vacancy;

/** The confirmation before publishing: the exact SMS, how many it reaches, how many today and why not all. */
final class PublishView {
  private PublishView() {}

  static String render(Viewer v, Vacancy vac, Reach.Preview p, AlertText texts, String quietEnd) {
    String lang = v.lang();
    StringBuilder b = new StringBuilder("<p>").append(Html.esc(Page.t(lang, "pub.intro", vac.title()))).append("</p>");
    java.util.List<String> languages = new java.util.ArrayList<>(java.util.List.of("fr"));
    p.counts().forEach(c -> {
      if (!languages.contains(c.language())) {
        languages.add(c.language());
      }
    });
    for (String l : languages) {
      String sms = texts.render(l, vac);
      b.append("<h2>").append(Html.esc(Page.t(lang, "pub.sms", Page.t(lang, "lang." + l)))).append("</h2><pre class=\"sms\" id=\"sms-")
          .append(Html.esc(l)).append("\">").append(Html.esc(sms)).append("</pre><p class=\"help\">")
          .append(Html.esc(Page.t(lang, "pub.length", sms.length(), AlertText.MAX))).append("</p>");
    }
    b.append("<p id=\"reach\">").append(Html.esc(Page.t(lang, "pub.reach"))).append(" <b id=\"reach-total\">").append(p.people())
        .append("</b></p><p id=\"reach-today-line\">").append(Html.esc(Page.t(lang, "pub.today"))).append(" <b id=\"reach-today\">")
        .append(p.today()).append("</b></p><ul id=\"reach-reasons\">");
    if (quietEnd != null) {
      b.append("<li>").append(Html.esc(Page.t(lang, p.leavesToday() ? "pub.quiet" : "pub.quietTomorrow", quietEnd))).append("</li>");
    }
    long capped = p.counts().stream().mapToLong(c -> c.people() - c.today()).sum();
    if (capped > 0) {
      b.append("<li>").append(Html.esc(Page.t(lang, "pub.capped", capped, p.cap()))).append("</li>");
    }
    return b.append("</ul><form method=\"post\" action=\"/admin/vacancies/").append(Html.esc(vac.ref())).append("/open\">")
        .append(Page.csrfField(v)).append("<button id=\"confirm-publish\" type=\"submit\">").append(Html.esc(Page.t(lang, "pub.confirm", p.people())))
        .append("</button> <a id=\"cancel-publish\" href=\"/admin/vacancies/").append(Html.esc(vac.ref())).append("\">")
        .append(Html.esc(Page.t(lang, "pub.cancel"))).append("</a></form>").toString();
  }
}
