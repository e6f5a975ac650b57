package org.jobline.aggregator;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jobline.http.ForbiddenException;

/**
 * Guards an aggregator callback: the request must carry {@code ?secret=} equal to
 * {@code aggregator.callbackSecret} (compared in constant time), else 403 and nothing else happens.
 */
public final class CallbackSecret implements Handler<RoutingContext> {
  private final byte[] secret;

  public CallbackSecret(String secret) {
    this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext rc) {
    String given = rc.request().getParam("secret");
    byte[] bytes = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
    if (secret.length == 0 || !MessageDigest.isEqual(secret, bytes)) {
      rc.fail(new ForbiddenException("wrong or missing callback secret"));
      return;
    }
    rc.next();
  }
}
