package org.jobline.http;

import io.netty.handler.codec.DecoderException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bodies the server cannot read are the caller's fault, not ours: a form field over
 * {@code http.maxFieldBytes} or too many fields (413), a form or multipart body that does not parse, or
 * JSON sent as one (400). The first failure handler of the router answers them with the usual JSON
 * error and logs one line, with neither the body nor the exception's text (which may quote the body).
 */
public final class BodyErrors {
  private static final Logger log = LoggerFactory.getLogger(BodyErrors.class);
  private static final String NETTY_FORMS = "io.netty.handler.codec.http.multipart";

  private BodyErrors() {}

  /** Before the body handler: a GET, HEAD or OPTIONS body is ignored (its content type would start a form decoder). */
  public static void ignoreBodyOfReads(RoutingContext rc) {
    HttpMethod m = rc.request().method();
    if (m == HttpMethod.GET || m == HttpMethod.HEAD || m == HttpMethod.OPTIONS) {
      rc.request().headers().remove(HttpHeaders.CONTENT_TYPE);
    }
    rc.next();
  }

  /** Failure handler: answers a body error, passes anything else on. */
  public static void handle(RoutingContext rc) {
    int status = status(rc.failure());
    if (status == 0 || rc.response().ended()) {
      rc.next();
      return;
    }
    log.info("{} {}: unreadable body ({}), answered {}", rc.request().method(), rc.request().path(),
        rc.failure().getClass().getSimpleName(), status);
    String error = status == 413 ? "a form field or the body is too large" : "the body cannot be read as a form";
    Json.send(rc, status, new JsonObject().put("error", error));
  }

  /** 413 or 400 for a failure of body decoding, 0 for anything else. */
  static int status(Throwable t) {
    if (t == null || t instanceof HttpError) {
      return 0;
    }
    if (t instanceof DecodeException) {
      return 400;
    }
    boolean fromForms = t.getClass().getName().startsWith(NETTY_FORMS) || thrownBy(t, NETTY_FORMS)
        || t instanceof DecoderException;
    if (!fromForms) {
      return 0;
    }
    String name = t.getClass().getSimpleName();
    boolean tooBig = name.startsWith("TooLong") || name.startsWith("TooMany")
        || (t instanceof IOException && String.valueOf(t.getMessage()).contains("Size exceed"));
    return tooBig ? 413 : 400;
  }

  private static boolean thrownBy(Throwable t, String packagePrefix) {
    StackTraceElement[] stack = t.getStackTrace();
    for (int i = 0; i < Math.min(4, stack.length); i++) {
      if (stack[i].getClassName().startsWith(packagePrefix)) {
        return true;
      }
    }
    return false;
  }
}
