package org.jobline.simulator;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.jobline.config.AppConfig;
import org.jobline.gsm.Gsm7;
import org.jobline.http.BadRequestException;
import org.jobline.http.Json;
import org.jobline.phone.InvalidPhoneNumberException;
import org.jobline.phone.PhoneNumbers;

/**
 * The Africa's Talking SMS endpoint, faked: checks the apiKey header and the form, answers AT's
 * JSON per recipient, puts each message in the phone's inbox and schedules its delivery report.
 */
final class FakeAggregator {
  static final String PATH = "/simulator/at/version1/messaging";
  static final String USER_PATH = "/simulator/at/version1/user";
  static final String NETWORK_CODE = "61501";
  /** The apiKey accepted when aggregator.africastalking.apiKey is empty. */
  static final String DEFAULT_API_KEY = org.jobline.aggregator.africastalking.SimulatorChannelType.SIMULATOR_API_KEY;

  private final AppConfig config;
  private final PhoneNumbers numbers;
  private final Phones phones;
  private final DeliveryReports reports;
  private final Target target;

  FakeAggregator(AppConfig config, PhoneNumbers numbers, Phones phones, DeliveryReports reports, Target target) {
    this.config = config;
    this.numbers = numbers;
    this.phones = phones;
    this.reports = reports;
    this.target = target;
  }

  void send(RoutingContext rc) {
    if (!authorised(rc.request().getHeader("apiKey"), rc.request().getFormAttribute("username"))) {
      rc.response().setStatusCode(401).putHeader("Content-Type", "text/plain")
          .end("The supplied authentication is invalid");
      return;
    }
    MultiMap form = rc.request().formAttributes();
    String to = required(form, "to");
    String message = required(form, "message");
    Gsm7.Cost cost = Gsm7.cost(message);
    String baseUrl = target.baseUrl(rc.request());
    JsonArray recipients = new JsonArray();
    int sent = 0;
    for (String raw : to.split(",")) {
      JsonObject r = recipient(raw.strip(), message, cost, baseUrl);
      sent += r.getInteger("statusCode") == 101 ? 1 : 0;
      recipients.add(r);
    }
    String total = money(sent * (double) cost.segments());
    JsonObject data = new JsonObject()
        .put("Message", "Sent to " + sent + "/" + recipients.size() + " Total Cost: " + total)
        .put("Recipients", recipients);
    Json.send(rc, 201, new JsonObject().put("SMSMessageData", data));
  }

  private JsonObject recipient(String raw, String message, Gsm7.Cost cost, String baseUrl) {
    String number;
    try {
      if (!raw.startsWith("+")) {
        throw new InvalidPhoneNumberException("not E.164");
      }
      number = numbers.normalise(raw);
    } catch (InvalidPhoneNumberException e) {
      return new JsonObject().put("statusCode", 403).put("number", raw).put("cost", "0")
          .put("status", "InvalidPhoneNumber").put("messageId", "None");
    }
    String id = "ATXid_" + UUID.randomUUID().toString().replace("-", "");
    InboxMessage m = new InboxMessage(id, message, System.currentTimeMillis(), cost.encoding().name(), cost.segments());
    phones.deliver(number, m);
    reports.schedule(baseUrl, number, m);
    return new JsonObject().put("statusCode", 101).put("number", number)
        .put("cost", money(cost.segments())).put("status", "Success").put("messageId", id);
  }

  /** AT's account request: the balance, for a caller with the right key (the breaker's idle probe). */
  void user(RoutingContext rc) {
    if (!authorised(rc.request().getHeader("apiKey"), rc.request().getParam("username"))) {
      Json.send(rc, 401, new JsonObject().put("error", "invalid apiKey or username"));
      return;
    }
    Json.send(rc, 200, new JsonObject().put("UserData", new JsonObject().put("balance", money(1000))));
  }

  private boolean authorised(String apiKey, String username) {
    AppConfig.AfricasTalkingConfig at = config.aggregator().africastalking();
    if (username == null || username.isBlank()) {
      return false;
    }
    if (at.username() != null && !at.username().isBlank() && !at.username().equals(username)) {
      return false;
    }
    String expected = at.apiKey() == null || at.apiKey().isBlank() ? DEFAULT_API_KEY : at.apiKey();
    return apiKey != null && MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  private String money(double segments) {
    return String.format(Locale.ROOT, "%s %.4f", config.sms().currency(), segments * config.sms().costPerSegment());
  }

  private static String required(MultiMap form, String field) {
    String value = form.get(field);
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field, field + " is required");
    }
    return value;
  }
}
