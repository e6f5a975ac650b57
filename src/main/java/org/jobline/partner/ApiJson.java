package org.jobline.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.ext.web.RoutingContext;
import org.jobline.http.BadRequestException;

/** JSON in and out for the partner API: strict decoding with the faulty field named, records encoded. */
final class ApiJson {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private ApiJson() {}

  static <T> T read(RoutingContext rc, Class<T> type) {
    String body = rc.body() == null ? null : rc.body().asString();
    if (body == null || body.isBlank()) {
      throw new BadRequestException(null, "a JSON object is required in the request body");
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw new BadRequestException(null, "a JSON object is required in the request body");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw new BadRequestException(e.getPropertyName(), "unknown field '" + e.getPropertyName() + "'");
    } catch (JsonMappingException e) {
      String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
      throw new BadRequestException(field, field == null ? "the body must be a JSON object"
          : "field '" + field + "' has the wrong type");
    } catch (JsonProcessingException e) {
      throw new BadRequestException(null, "the body is not valid JSON");
    }
  }

  static void send(RoutingContext rc, int status, Object body) {
    try {
      rc.response().setStatusCode(status)
          .putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Cache-Control", "no-store")
          .end(MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      rc.fail(e);
    }
  }
}
