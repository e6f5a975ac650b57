package org.jobline.http;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries (JSON, CSV, HTML, static files, errors): no MIME sniffing, no
 * framing, no referrer sent elsewhere; in production also HSTS (a year), since production runs behind
 * HTTPS. Set before any handler runs, so failures and 404s carry them too.
 */
public final class SecurityHeaders {
  private SecurityHeaders() {}

  public static Handler<RoutingContext> forMode(boolean production) {
    return rc -> {
      MultiMap h = rc.response().headers();
      h.set("X-Content-Type-Options", "nosniff");
      h.set("X-Frame-Options", "DENY");
      h.set("Referrer-Policy", "same-origin");
      if (production) {
        h.set("Strict-Transport-Security", "max-age=31536000");
      }
      rc.next();
    };
  }
}
