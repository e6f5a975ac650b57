package org.jobline.simulator;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.jobline.config.AppConfig;
import org.jobline.http.ForbiddenException;

/**
 * Whether the gateway mounts the simulator, and who may use it. It can STOP any number and read
 * every phone's inbox, so: never in production; in dev only when a route is the simulator
 * ({@code simulator.enabled: auto}) or when {@code simulator.enabled: true} says so. When the server
 * listens on more than loopback, a caller from another machine needs the token
 * ({@code simulator.token}, or a random one per run, logged): {@code ?token=} once (it becomes a
 * cookie for /simulator), or the {@code X-Simulator-Token} header.
 */
public final class SimulatorGuard {
  static final String COOKIE = "jl_sim";
  static final String HEADER = "X-Simulator-Token";
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1");

  private final boolean open;
  private final String token;

  SimulatorGuard(AppConfig c) {
    this.open = LOOPBACK.contains(c.http().host());
    String configured = c.simulator().token();
    this.token = configured == null || configured.isBlank() ? randomToken() : configured;
  }

  /** True when the gateway should mount the simulator at all. */
  public static boolean wanted(AppConfig c) {
    if (c.production()) {
      return false;
    }
    return switch (c.simulator().enabled()) {
      case "true" -> true;
      case "false" -> false;
      default -> simulatorIsARoute(c) || (c.simulator().smpp() != null && c.simulator().smpp().port() > 0)
          || (c.simulator().modem() != null && c.simulator().modem().link());
    };
  }

  static boolean simulatorIsARoute(AppConfig c) {
    Map<String, Map<String, String>> routes = c.routes();
    if (routes == null || routes.isEmpty()) {
      return "simulator".equals(c.aggregator().type());
    }
    // type simulator, or any route that talks to the built-in simulator (Kannel's simulator: true)
    return routes.values().stream().anyMatch(r -> "simulator".equals(r.get("type"))
        || "true".equalsIgnoreCase(String.valueOf(r.get("simulator")).strip()));
  }

  /** Bound to loopback only: anyone who can reach it is on this machine. */
  boolean open() {
    return open;
  }

  String token() {
    return token;
  }

  void handle(RoutingContext rc) {
    if (open || loopback(rc.request().remoteAddress())) {
      rc.next();
      return;
    }
    String fromQuery = rc.queryParams().get("token");
    Cookie cookie = rc.request().getCookie(COOKIE);
    String given = fromQuery != null ? fromQuery : rc.request().getHeader(HEADER);
    if (given == null && cookie != null) {
      given = cookie.getValue();
    }
    if (!same(given)) {
      rc.fail(new ForbiddenException("the simulator needs its token from another machine (see the log at start)"));
      return;
    }
    if (fromQuery != null) {
      rc.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/simulator").setHttpOnly(true)
          .setSameSite(CookieSameSite.STRICT));
    }
    rc.next();
  }

  private boolean same(String given) {
    return given != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean loopback(SocketAddress a) {
    return a != null && a.host() != null && LOOPBACK.contains(a.host());
  }

  private static String randomToken() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
