package org.jobline.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.jobline.core.errors.Conflict;
import org.jobline.core.errors.Invalid;
import org.jobline.core.errors.NotFound;
import org.jobline.core.errors.SafeError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one failure handler: our errors become their status ({@link #statusOf}) and a JSON error; others a 500. */
public final class ErrorHandler {
  private static final Logger log = LoggerFactory.getLogger(ErrorHandler.class);

  private ErrorHandler() {}

  public static void handle(RoutingContext rc) {
    if (rc.response().ended()) {
      return;
    }
    Throwable failure = rc.failure();
    JsonObject body = new JsonObject();
    int status;
    if (failure instanceof SafeError e) {
      status = statusOf(e);
      body.put("error", e.getMessage());
      if (e.field() != null) {
        body.put("field", e.field());
      }
      if (!e.fieldErrors().isEmpty()) {
        body.put("errors", new JsonObject(new java.util.LinkedHashMap<>(e.fieldErrors())));
      }
    } else if (failure instanceof DecodeException) {
      status = 400;
      body.put("error", "the body is not valid JSON");
    } else if (failure == null && rc.statusCode() > 0) {
      status = rc.statusCode();
      body.put("error", HttpResponseStatus.valueOf(status).reasonPhrase());
    } else {
      status = 500;
      body.put("error", "internal error; it has been logged");
      log.error("{} {} failed", rc.request().method(), rc.request().path(), failure);
    }
    Json.send(rc, status, body);
  }

  /** The one mapping from our errors to HTTP: neutral domain errors get 400/404/409, edge errors carry theirs. */
  public static int statusOf(Throwable failure) {
    if (failure instanceof HttpError e) {
      return e.status();
    }
    if (failure instanceof Invalid) {
      return 400;
    }
    if (failure instanceof NotFound) {
      return 404;
    }
    return failure instanceof Conflict ? 409 : 500;
  }
}
