package org.jobline.aggregator.africastalking;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the messaging API's answer into one outcome per recipient, in the order they were sent. */
final class AtResponse {
  private static final Logger log = LoggerFactory.getLogger(AtResponse.class);

  private AtResponse() {}

  /**
   * Statuses that mean no message can go through this link as configured: nothing (or only an
   * unavailable proxy) answers the API at this URL, or AT refuses our credentials (401, 403).
   */
  static boolean linkDown(int httpStatus) {
    return httpStatus == 401 || httpStatus == 403 || httpStatus == 404 || httpStatus == 502 || httpStatus == 503
        || httpStatus == 504;
  }

  static List<SendOutcome> outcomes(int httpStatus, String body, List<Recipient> to) {
    if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504) {
      // The service (or a proxy in front of it) is unavailable: the link is down, as with a
      // refused connection, so the breaker counts it.
      return AtRoute.all(to.size(), SendOutcome.connectionFailed("service unavailable (HTTP " + httpStatus + ")"));
    }
    if (httpStatus >= 500) {
      return AtRoute.all(to.size(), new SendOutcome.Transient("HTTP " + httpStatus, false));
    }
    if (httpStatus == 404) {
      // Nothing answers the messaging API at this URL (yet): like a refused connection, keep the
      // messages and let the breaker hold traffic back.
      return AtRoute.all(to.size(), SendOutcome.connectionFailed("no messaging API at this URL (HTTP 404)"));
    }
    if (httpStatus == 401 || httpStatus == 403) {
      // Wrong username or API key: every message would fail alike. Keep them queued and let the
      // breaker hold traffic back (and /ready say so) until the credentials are fixed.
      log.warn("Africa's Talking refused our credentials (HTTP {}): check aggregator.africastalking.username/apiKey; "
          + "messages stay queued", httpStatus);
      return AtRoute.all(to.size(), SendOutcome.connectionFailed("credentials refused (HTTP " + httpStatus + ")"));
    }
    if (httpStatus == 408 || httpStatus == 429) {
      // Too many requests, or too slow a request: the same request later is fine (backoff).
      return AtRoute.all(to.size(), new SendOutcome.Transient("HTTP " + httpStatus + " (try again later)", false));
    }
    if (httpStatus >= 400) {
      log.warn("Africa's Talking refused the request with HTTP {}", httpStatus);
      return AtRoute.all(to.size(), new SendOutcome.Permanent("configuration: HTTP " + httpStatus, false));
    }
    if (httpStatus < 200 || httpStatus >= 300) {
      return AtRoute.all(to.size(), new SendOutcome.Transient("HTTP " + httpStatus, false));
    }
    JsonArray recipients;
    try {
      recipients = new JsonObject(body).getJsonObject("SMSMessageData").getJsonArray("Recipients");
    } catch (RuntimeException e) {
      recipients = null;
    }
    if (recipients == null) {
      return AtRoute.all(to.size(), new SendOutcome.Transient("unreadable response", false));
    }
    return match(recipients, to);
  }

  private static List<SendOutcome> match(JsonArray recipients, List<Recipient> to) {
    Map<String, Deque<JsonObject>> byNumber = new HashMap<>();
    for (int i = 0; i < recipients.size(); i++) {
      Object item = recipients.getValue(i);
      if (item instanceof JsonObject r && r.getValue("number") instanceof String number) {
        byNumber.computeIfAbsent(number, k -> new ArrayDeque<>()).add(r);
      }
    }
    List<SendOutcome> out = new ArrayList<>(to.size());
    for (Recipient recipient : to) {
      Deque<JsonObject> found = byNumber.get(recipient.phone());
      JsonObject r = found == null ? null : found.poll();
      out.add(r == null ? new SendOutcome.Transient("no status for this recipient", false) : outcome(r));
    }
    return out;
  }

  private static SendOutcome outcome(JsonObject r) {
    Object codeValue = r.getValue("statusCode");
    Integer code = codeValue instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    String status = r.getValue("status") instanceof String s ? s : String.valueOf(code);
    AtStatus.Kind kind = code == null ? null : AtStatus.SEND_CODES.get(code);
    if (kind == null) {
      return new SendOutcome.Transient("unknown statusCode " + code + " " + status, false);
    }
    String reason = code + " " + status;
    return switch (kind) {
      // Accepted without an id still went out: retrying would send it twice.
      case ACCEPTED -> new SendOutcome.Accepted(r.getValue("messageId") instanceof String id && !id.isBlank() ? id : null,
          reason);
      case TRANSIENT -> new SendOutcome.Transient(reason, false);
      case PERMANENT -> new SendOutcome.Permanent(reason, false);
      case OPT_OUT -> new SendOutcome.Permanent(reason, true);
    };
  }
}
