package org.jobline.admin.partners;

import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.core.errors.SafeError;
import org.jobline.partner.IssuedKey;

/** The HTML of the partners pages. */
final class PartnerViews {
  private PartnerViews() {}

  static String list(Viewer v, List<Map<String, Object>> rows, IssuedKey fresh, SafeError error) {
    String lang = v.lang();
    StringBuilder b = new StringBuilder();
    if (fresh != null) {
      b.append("<p class=\"ok\" id=\"new-key\">").append(Html.esc(Page.t(lang, "partner.keyOnce", fresh.key())))
          .append("</p>");
    }
    if (error != null) {
      b.append("<p class=\"error\">").append(Html.esc(error.getMessage())).append("</p>");
    }
    b.append("<form method=\"post\" action=\"/admin/partners\" class=\"filters\">").append(Page.csrfField(v))
        .append("<label>").append(t(lang, "partner.name")).append("<input id=\"partner-name\" name=\"name\" required></label>")
        .append("<button type=\"submit\">").append(t(lang, "partner.add")).append("</button></form>")
        .append("<div class=\"scroll\"><table id=\"partners\"><tr><th>").append(t(lang, "partner.name"))
        .append("</th><th class=\"num\">").append(t(lang, "nav.vacancies")).append("</th><th class=\"num\">")
        .append(t(lang, "vac.status.open")).append("</th><th class=\"num\">").append(t(lang, "fig.alerted"))
        .append("</th><th class=\"num\">").append(t(lang, "fig.delivered")).append("</th><th class=\"num\">")
        .append(t(lang, "fig.interested")).append("</th></tr>");
    for (Map<String, Object> r : rows) {
      b.append("<tr><td><a href=\"/admin/partners/").append(Sql.num(r.get("id"))).append("\">")
          .append(Html.esc(r.get("name"))).append("</a></td>");
      for (String k : List.of("vacancies", "open", "alerted", "delivered", "interested")) {
        b.append("<td class=\"num\">").append(Sql.num(r.get(k))).append("</td>");
      }
      b.append("</tr>");
    }
    return b.append("</table></div>").toString();
  }

  static String one(Viewer v, PartnersPage.One d, String notice, SafeError error) {
    String lang = v.lang();
    long id = Sql.num(d.partner().get("id"));
    StringBuilder b = new StringBuilder();
    if (notice != null) {
      b.append("<p class=\"ok\" id=\"new-key\">").append(Html.esc(notice)).append("</p>");
    }
    if (error != null) {
      b.append("<p class=\"error\" id=\"partner-error\">").append(Html.esc(error.getMessage())).append("</p>");
    }
    b.append("<div class=\"figures\">");
    for (String k : List.of("vacancies", "open", "alerted", "delivered", "interested")) {
      b.append("<div><b>").append(Sql.num(d.partner().get(k))).append("</b>").append(t(lang, "partner.fig." + k)).append("</div>");
    }
    b.append("</div><p><a href=\"/admin/vacancies?partner=").append(id).append("\">").append(t(lang, "nav.vacancies"))
        .append("</a></p><h2>").append(t(lang, "partner.users")).append("</h2><ul id=\"users\">");
    for (Map<String, Object> u : d.users()) {
      b.append("<li>").append(Html.esc(u.get("username"))).append("</li>");
    }
    b.append("</ul><form method=\"post\" class=\"card\" action=\"/admin/partners/").append(id).append("/users\">")
        .append(Page.csrfField(v)).append("<label>").append(t(lang, "login.username"))
        .append("<input name=\"username\" id=\"new-username\" required></label><label>").append(t(lang, "login.password"))
        .append("<input type=\"password\" name=\"password\" id=\"new-password\" autocomplete=\"new-password\" required></label>")
        .append("<button type=\"submit\">").append(t(lang, "partner.addUser")).append("</button></form><h2>")
        .append(t(lang, "partner.keys")).append("</h2><table id=\"keys\">");
    for (Map<String, Object> k : d.keys()) {
      b.append("<tr><td>").append(Html.esc(k.get("key_prefix"))).append("…</td><td>");
      if (k.get("revoked_at") == null) {
        b.append("<form method=\"post\" class=\"inline\" action=\"/admin/partners/").append(id).append("/keys/revoke\">")
            .append(Page.csrfField(v)).append("<input type=\"hidden\" name=\"prefix\" value=\"")
            .append(Html.esc(k.get("key_prefix"))).append("\"><button type=\"submit\">").append(t(lang, "partner.revoke"))
            .append("</button></form>");
      } else {
        b.append(t(lang, "partner.revoked"));
      }
      b.append("</td></tr>");
    }
    return b.append("</table><form method=\"post\" action=\"/admin/partners/").append(id).append("/keys\">")
        .append(Page.csrfField(v)).append("<button id=\"new-key-button\" type=\"submit\">").append(t(lang, "partner.newKey"))
        .append("</button></form>").toString();
  }

  private static String t(String lang, String key) {
    return Html.esc(Page.t(lang, key));
  }
}
