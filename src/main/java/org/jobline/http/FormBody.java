package org.jobline.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads a small {@code application/x-www-form-urlencoded} body (an aggregator's callback) into a
 * {@link MultiMap}, for routes mounted before the router's general {@link io.vertx.ext.web.handler.BodyHandler}
 * ({@link org.jobline.app.Feature#mountFirst}): the same size limit (413 above it), without the
 * multipart machinery that decoding costs on the busiest route (USSD: a tenth of its CPU, measured).
 * Any other content type reads as an empty form; a malformed one is a 400.
 */
public final class FormBody implements Handler<RoutingContext> {
  private static final String KEY = "jobline.form";
  private static final int MAX_FIELDS = 64;
  private final int maxBytes;

  public FormBody(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The form read by this handler for this request (empty if none). */
  public static MultiMap of(RoutingContext rc) {
    MultiMap form = rc.get(KEY);
    return form == null ? MultiMap.caseInsensitiveMultiMap() : form;
  }

  @Override
  public void handle(RoutingContext rc) {
    HttpServerRequest req = rc.request();
    String length = req.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && tooLong(length)) {
      rc.fail(tooLarge());
      return;
    }
    if (req.isEnded()) {
      done(rc, Buffer.buffer());
      return;
    }
    Buffer body = Buffer.buffer();
    boolean[] failed = {false};
    req.exceptionHandler(rc::fail);
    req.handler(chunk -> {
      if (failed[0]) {
        return;
      }
      if (body.length() + chunk.length() > maxBytes) {
        failed[0] = true;
        rc.fail(tooLarge());
      } else {
        body.appendBuffer(chunk);
      }
    });
    req.endHandler(v -> {
      if (!failed[0]) {
        done(rc, body);
      }
    });
    req.resume();
  }

  private void done(RoutingContext rc, Buffer body) {
    MultiMap form;
    try {
      form = decode(rc.request().getHeader(HttpHeaders.CONTENT_TYPE), body);
    } catch (IllegalArgumentException e) {
      rc.fail(new BadRequestException(null, "malformed form body"));
      return;
    }
    rc.put(KEY, form);
    rc.next();
  }

  static MultiMap decode(String contentType, Buffer body) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    if (contentType == null || !contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)
        || body.length() == 0) {
      return form;
    }
    // ';' is text, as in a browser's form encoding: only '&' separates fields.
    Map<String, List<String>> fields = QueryStringDecoder.builder().hasPath(false).maxParams(MAX_FIELDS)
        .semicolonIsNormalChar(true).build(body.toString(StandardCharsets.UTF_8)).parameters();
    fields.forEach((name, values) -> form.add(name, values));
    return form;
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.trim()) > maxBytes;
    } catch (NumberFormatException e) {
      return false; // the body itself is counted as it arrives
    }
  }

  private HttpError tooLarge() {
    return new HttpError(413, null, "request body over " + maxBytes + " bytes");
  }
}
