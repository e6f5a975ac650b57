package org.jobline.admin.users;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.admin.audit.Audit;
import org.jobline.admin.auth.Passwords;
import org.jobline.admin.auth.Staff;
import org.jobline.admin.auth.StaffUsers;
import org.jobline.core.AppContext;
import org.jobline.core.errors.NotFound;

/**
 * /admin/users (admins only): staff and partner users; add a staff user, unlock, reset a password (a
 * one-time password shown once, to be changed at first sign-in), disable and enable. All audited.
 */
public final class UsersPage {
  static final String DISABLED = "disabled!";
  private final AppContext ctx;

  public UsersPage(AppContext ctx) {
    this.ctx = ctx;
  }

  public void mount(Router router) {
    router.get("/admin/users").handler(rc -> list(rc, 200, null, null));
    router.post("/admin/users").handler(this::add);
    router.post("/admin/users/:id/:action").handler(this::act);
  }

  private void list(RoutingContext rc, int status, UsersView.Notice notice, String error) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    ctx.store().read(tx -> Sql.rows(tx, UsersSql.LIST)).onFailure(rc::fail).onSuccess(rows -> Page.send(rc, status,
        v.lang(), v, Page.t(v.lang(), "users.title"), new UsersView(v, ctx.config().locale().timeZone())
            .render(rows, notice, error)));
  }

  private void add(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    String name = Params.form(rc, "username", 80).strip();
    String role = Params.form(rc, "role", 10);
    if (!name.matches("[A-Za-z0-9._-]{3,64}")) {
      list(rc, 400, null, Page.t(v.lang(), "users.badName"));
      return;
    }
    if (!List.of(Staff.STAFF, Staff.ADMIN).contains(role)) {
      list(rc, 400, null, Page.t(v.lang(), "users.badRole"));
      return;
    }
    String once = OneTimePasswords.next();
    ctx.vertx().executeBlocking(() -> Passwords.hash(once, ctx.config().admin().passwordIterations()), false).compose(hash -> ctx.store().write(tx -> {
      if (StaffUsers.byName(tx, name).isPresent()) {
        return -1L;
      }
      long id = StaffUsers.create(tx, name, hash, role, null);
      Sql.update(tx, UsersSql.MUST_CHANGE, id, System.currentTimeMillis(), v.actor());
      Audit.log(tx, v.actor(), "user.add", "staff_user", id, "role=" + role);
      return id;
    })).onFailure(rc::fail).onSuccess(id -> {
      if (id < 0) {
        list(rc, 400, null, Page.t(v.lang(), "users.taken", name));
      } else {
        list(rc, 200, new UsersView.Notice(name, once), null);
      }
    });
  }

  private void act(RoutingContext rc) {
    Viewer v = Viewer.require(rc, Staff.ADMIN);
    long id = Params.pathId(rc, "id");
    String action = Params.oneOf(rc.pathParam("action"), "action", List.of("unlock", "reset", "disable", "enable"));
    if (id == v.staff().id() && !action.equals("unlock")) {
      list(rc, 400, null, Page.t(v.lang(), "users.notYourself"));
      return;
    }
    String once = OneTimePasswords.next();
    Future<String> hash = action.equals("reset") ? ctx.vertx().executeBlocking(() -> Passwords.hash(once, ctx.config().admin().passwordIterations()), false)
        : Future.succeededFuture(null);
    hash.compose(h -> ctx.store().write(tx -> {
      List<Map<String, Object>> found = Sql.rows(tx, UsersSql.ONE, id);
      if (found.isEmpty()) {
        throw new NotFound(Page.t(v.lang(), "error.notFound"));
      }
      Map<String, Object> u = found.get(0);
      String current = (String) u.get("password_hash");
      switch (action) {
        case "unlock" -> StaffUsers.unlock(tx, id);
        case "reset" -> {
          Sql.update(tx, UsersSql.SET_DISABLED, 0, h, id);
          StaffUsers.unlock(tx, id);
          Sql.update(tx, UsersSql.MUST_CHANGE, id, System.currentTimeMillis(), v.actor());
          Sql.update(tx, UsersSql.CLOSE_SESSIONS, id);
        }
        case "disable" -> {
          Sql.update(tx, UsersSql.SET_DISABLED, 1, current.startsWith(DISABLED) ? current : DISABLED + current, id);
          Sql.update(tx, UsersSql.CLOSE_SESSIONS, id);
        }
        default -> Sql.update(tx, UsersSql.SET_DISABLED, 0,
            current.startsWith(DISABLED) ? current.substring(DISABLED.length()) : current, id);
      }
      Audit.log(tx, v.actor(), "user." + action, "staff_user", id, null);
      return (String) u.get("username");
    })).onFailure(rc::fail).onSuccess(name -> {
      if (action.equals("reset")) {
        list(rc, 200, new UsersView.Notice(name, once), null);
      } else {
        Page.redirect(rc, "/admin/users?done=" + action);
      }
    });
  }
}
