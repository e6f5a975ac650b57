package org.jobline.admin.users;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;

/** The users table (cards on a phone) with each row's actions, the add form, and a one-time password shown once. */
final class UsersView {
  /** A one-time password to hand to {@code username}: shown on this page only, never stored in clear. */
  record Notice(String username, String password) {}

  private final Viewer v;
  private final String lang;
  private final ZoneId zone;

  UsersView(Viewer v, String timeZone) {
    this.v = v;
    this.lang = v.lang();
    this.zone = ZoneId.of(timeZone);
  }

  String render(List<Map<String, Object>> rows, Notice notice, String error) {
    StringBuilder b = new StringBuilder();
    if (notice != null) {
      b.append("<div class=\"notice\" id=\"one-time\" role=\"status\"><p>")
          .append(Html.esc(Page.t(lang, "users.oneTime", notice.username()))).append("</p><p><code id=\"one-time-password\">")
          .append(Html.esc(notice.password())).append("</code></p><p class=\"help\">").append(t("users.oneTimeHelp"))
          .append("</p></div>");
    }
    if (error != null) {
      b.append("<p class=\"error\" id=\"users-error\" role=\"alert\">").append(Html.esc(error)).append("</p>");
    }
    b.append("<table id=\"users\" class=\"cards\"><thead><tr><th scope=\"col\">").append(t("users.name"))
        .append("</th><th scope=\"col\">").append(t("users.role")).append("</th><th scope=\"col\">").append(t("users.state"))
        .append("</th><th scope=\"col\">").append(t("users.created")).append("</th><th scope=\"col\">").append(t("users.actions"))
        .append("</th></tr></thead><tbody>");
    long now = System.currentTimeMillis();
    for (Map<String, Object> r : rows) {
      long id = Sql.num(r.get("id"));
      boolean disabled = Sql.num(r.get("disabled")) == 1;
      boolean locked = r.get("locked_until") != null && Sql.num(r.get("locked_until")) > now;
      String name = (String) r.get("username");
      b.append("<tr id=\"user-").append(Html.esc(name)).append("\"><td data-label=\"").append(t("users.name")).append("\">")
          .append(Html.esc(name)).append("</td><td data-label=\"").append(t("users.role")).append("\">")
          .append(t("role." + r.get("role")));
      if (r.get("partner") != null) {
        b.append(" · ").append(Html.esc(r.get("partner")));
      }
      b.append("</td><td data-label=\"").append(t("users.state")).append("\" class=\"user-state\">")
          .append(t(disabled ? "users.disabled" : locked ? "users.locked" : "users.active"));
      if (Sql.num(r.get("must_change")) == 1) {
        b.append(" · ").append(t("users.mustChange"));
      }
      b.append("</td><td data-label=\"").append(t("users.created")).append("\">")
          .append(Html.esc(Csv.time(Sql.num(r.get("created_at")), zone))).append("</td><td data-label=\"")
          .append(t("users.actions")).append("\"><div class=\"actions\">");
      if (locked) {
        button(b, id, name, "unlock");
      }
      if (id != v.staff().id()) {
        button(b, id, name, "reset");
        button(b, id, name, disabled ? "enable" : "disable");
      }
      b.append("</div></td></tr>");
    }
    b.append("</tbody></table><h2>").append(t("users.add")).append("</h2><form method=\"post\" action=\"/admin/users\" class=\"card\">")
        .append(Page.csrfField(v)).append("<div class=\"field\"><label for=\"new-username\">").append(t("users.name"))
        .append("</label><input id=\"new-username\" name=\"username\" required autocomplete=\"off\"></div><div class=\"field\">")
        .append("<label for=\"new-role\">").append(t("users.role")).append("</label><select id=\"new-role\" name=\"role\">")
        .append("<option value=\"staff\">").append(t("role.staff")).append("</option><option value=\"admin\">")
        .append(t("role.admin")).append("</option></select></div><p class=\"help\">").append(t("users.partnersHelp"))
        .append("</p><button id=\"add-user\" type=\"submit\">").append(t("users.addButton")).append("</button></form>");
    return b.toString();
  }

  private void button(StringBuilder b, long id, String name, String action) {
    b.append("<form method=\"post\" class=\"inline\" action=\"/admin/users/").append(id).append("/").append(action)
        .append("\">").append(Page.csrfField(v)).append("<button type=\"submit\" id=\"").append(action).append("-")
        .append(Html.esc(name)).append("\">").append(t("users." + action)).append("</button></form>");
  }

  private String t(String key) {
    return Html.esc(Page.t(lang, key));
  }
}
