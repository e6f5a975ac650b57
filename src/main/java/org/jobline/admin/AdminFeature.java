package org.jobline.admin;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import org.jobline.admin.audit.AuditPage;
import org.jobline.admin.auth.AuthRoutes;
import org.jobline.admin.dashboard.DashboardPage;
import org.jobline.admin.messages.MessagesPage;
import org.jobline.admin.partners.PartnersPage;
import org.jobline.admin.subscribers.SubscribersPage;
import org.jobline.admin.vacancies.VacancyRoutes;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;

/** The admin web page at /admin: server-rendered HTML for staff and partners (issue 8). */
public final class AdminFeature implements Feature {
  private static final io.vertx.core.buffer.Buffer FAVICON = favicon();
  static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist";
  private final AppContext ctx;

  public AdminFeature(AppContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void mountFirst(Router router) {
    VacancyRoutes.mountFirst(router);
  }

  @Override
  public void mount(Router router) {
    router.route("/admin/*").failureHandler(AdminErrors::handle);
    router.route("/admin/static/uplot/*").handler(StaticHandler.create(UPLOT).setMaxAgeSeconds(86400));
    router.route("/admin/static/*").handler(StaticHandler.create("webroot/admin").setMaxAgeSeconds(3600));
    router.get("/favicon.ico").handler(AdminFeature::favicon);
    new AuthRoutes(ctx).mount(router);
    new org.jobline.admin.users.PasswordChange(ctx).mount(router);
    router.get("/admin").handler(rc -> Page.redirect(rc, "/admin/dashboard"));
    router.get("/admin/").handler(rc -> Page.redirect(rc, "/admin/dashboard"));
    new DashboardPage(ctx).mount(router);
    new org.jobline.admin.dashboard.ReachPage(ctx).mount(router);
    new org.jobline.admin.abroad.AbroadPage(ctx).mount(router);
    new SubscribersPage(ctx).mount(router);
    new MessagesPage(ctx).mount(router);
    new VacancyRoutes(ctx).mount(router);
    new PartnersPage(ctx).mount(router);
    new AuditPage(ctx).mount(router);
    new org.jobline.admin.users.UsersPage(ctx).mount(router);
  }

  private static io.vertx.core.buffer.Buffer favicon() {
    try (var in = AdminFeature.class.getResourceAsStream("/webroot/admin/favicon.ico")) {
      return io.vertx.core.buffer.Buffer.buffer(in.readAllBytes());
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("favicon.ico missing from the jar", e);
    }
  }

  /** The tab icon every page asks for (a 404 on each page before). */
  private static void favicon(io.vertx.ext.web.RoutingContext rc) {
    rc.response().putHeader("Content-Type", "image/x-icon").putHeader("Cache-Control", "public, max-age=86400")
        .putHeader("X-Content-Type-Options", "nosniff").end(FAVICON);
  }
}
