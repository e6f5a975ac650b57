package org.jobline.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads a small {@code application/x-www-form-urlencoded} body (an aggregator's callback) into a
 * {@link MultiMap}, for routes mounted before the router's general body handler
 * ({@link org.jobline.core.Feature#mountFirst}). Vert.x's {@link BodyHandler} still collects the body
 * (size limit, 413, chunked bodies), but sees no content type, so it skips Netty's multipart form
 * decoder, a tenth of the busiest route's CPU (USSD, measured); the form is then decoded here.
 * Any other content type reads as an empty form; a malformed one is a 400.
 */
public final class FormBody {
  private static final String FORM = "jobline.form";
  private static final String TYPE = "jobline.contentType";
  private static final int MAX_FIELDS = 64;

  private FormBody() {}

  /**
   * Routes {@code POST path} through the form reading and returns the route to add the next handlers
   * to; they see {@link #of}. (Vert.x wants a body handler first on its route: the content type is
   * set aside on a route of its own just before.)
   */
  public static Route read(Router router, String path, int maxBytes) {
    router.post(path).handler(rc -> {
      String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
      if (type != null) {
        rc.put(TYPE, type);
        rc.request().headers().remove(HttpHeaders.CONTENT_TYPE);
      }
      rc.next();
    });
    return router.post(path).handler(BodyHandler.create(false).setBodyLimit(maxBytes)).handler(FormBody::decode);
  }

  /** The form read for this request (empty if none). */
  public static MultiMap of(RoutingContext rc) {
    MultiMap form = rc.get(FORM);
    return form == null ? MultiMap.caseInsensitiveMultiMap() : form;
  }

  private static void decode(RoutingContext rc) {
    String type = rc.get(TYPE);
    if (type != null) {
      rc.request().headers().set(HttpHeaders.CONTENT_TYPE, type);
    }
    MultiMap form;
    try {
      form = decode(type, rc.body().buffer());
    } catch (IllegalArgumentException e) {
      rc.fail(new BadRequestException(null, "malformed form body"));
      return;
    }
    rc.put(FORM, form);
    rc.next();
  }

  static MultiMap decode(String contentType, Buffer body) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    if (contentType == null || !contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)
        || body == null || body.length() == 0) {
      return form;
    }
    // ';' is text, as in a browser's form encoding: only '&' separates fields.
    Map<String, List<String>> fields = QueryStringDecoder.builder().hasPath(false).maxParams(MAX_FIELDS)
        .semicolonIsNormalChar(true).build(body.toString(StandardCharsets.UTF_8)).parameters();
    fields.forEach((name, values) -> form.add(name, values));
    return form;
  }
}
