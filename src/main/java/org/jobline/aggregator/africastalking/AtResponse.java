package org.jobline.aggregator.africastalking;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobline.aggregator.HttpOutcomes;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the messaging API's answer into one outcome per recipient, in the order they were sent. */
final class AtResponse {
  private static final Logger log = LoggerFactory.getLogger(AtResponse.class);

  private AtResponse() {}

  static boolean linkDown(int httpStatus) {
    return HttpOutcomes.linkDown(httpStatus);
  }

  static List<SendOutcome> outcomes(int httpStatus, String body, List<Recipient> to) {
    SendOutcome byStatus = HttpOutcomes.fromStatus(httpStatus);
    if (byStatus != null) {
      if (httpStatus == 401 || httpStatus == 403) {
        // Wrong username or API key: every message would fail alike. Kept queued, the breaker holds
        // traffic back (and /ready says so) until the credentials are fixed.
        log.warn("Africa's Talking refused our credentials (HTTP {}): check the route's username and apiKey; "
            + "messages stay queued", httpStatus);
      } else if (byStatus instanceof SendOutcome.Permanent) {
        log.warn("Africa's Talking refused the request with HTTP {}", httpStatus);
      }
      return AtRoute.all(to.size(), byStatus);
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
