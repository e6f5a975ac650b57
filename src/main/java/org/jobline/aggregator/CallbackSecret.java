package org.jobline.aggregator;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.jobline.http.ForbiddenException;

/**
 * Guards an aggregator callback: the request must carry {@code ?secret=} equal to the route's
 * callback secret (compared in constant time), else 403 and nothing else happens. The secret is
 * read from one place only, the query string, under its exact name and once: not from the form body
 * (where {@code getParam} would also look), not as {@code Secret}, and two {@code secret}s are refused.
 */
public final class CallbackSecret implements Handler<RoutingContext> {
  public static final String PARAM = "secret";
  private final byte[] secret;

  public CallbackSecret(String secret) {
    this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext rc) {
    if (secret.length == 0 || !MessageDigest.isEqual(secret, given(rc.request().query()))) {
      rc.fail(new ForbiddenException("wrong or missing callback secret"));
      return;
    }
    rc.next();
  }

  /** The one {@code secret} of the query string, or nothing (absent, repeated, or a malformed query). */
  static byte[] given(String query) {
    if (query == null || query.isEmpty()) {
      return new byte[0];
    }
    try {
      List<String> values = new QueryStringDecoder(query, StandardCharsets.UTF_8, false).parameters().get(PARAM);
      return values == null || values.size() != 1 ? new byte[0] : values.get(0).getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }
}
