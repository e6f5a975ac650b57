package org.jobline.metrics.feature;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jobline.metrics.Metrics;

/** Answers GET /metrics in Prometheus text format; with a token, only to {@code Authorization: Bearer <token>}. */
final class Scrape implements Handler<RoutingContext> {
  static final String PATH = "/metrics";
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final byte[] expected;

  /** {@code token} null or empty: no check (the separate local port without a token). */
  Scrape(String token) {
    this.expected = token == null || token.isEmpty() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext rc) {
    if (expected != null) {
      String given = rc.request().getHeader("Authorization");
      byte[] bytes = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(expected, bytes)) {
        rc.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"")
            .putHeader("Content-Type", "text/plain; charset=utf-8")
            .end("metrics need the header Authorization: Bearer <metrics.token>\n");
        return;
      }
    }
    rc.response().putHeader("Content-Type", CONTENT_TYPE).end(Metrics.registry().scrape());
  }
}
