package org.jobline.aggregator.africastalking;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.jobline.aggregator.CallbackSecret;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound;
import org.jobline.http.BadRequestException;
import org.jobline.http.FormBody;
import org.jobline.http.Json;
import org.jobline.phone.InvalidPhoneNumberException;
import org.jobline.phone.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Africa's Talking calls us back, every callback behind {@code ?secret=}: USSD ({@code CON }/{@code END }
 * framing), incoming SMS, delivery reports and bulk SMS opt-outs. Each is decoded here and handed to
 * the {@link Inbound} sink as a channel-neutral record.
 */
final class AtCallbacks {
  private static final Logger log = LoggerFactory.getLogger(AtCallbacks.class);

  private final String route;
  private final String path;
  private final CallbackSecret secret;
  private final PhoneNumbers phones;
  private final int maxBodyBytes;
  private final String serviceCode;

  AtCallbacks(String route, String path, String secret, PhoneNumbers phones, int maxBodyBytes, String serviceCode) {
    this.route = route;
    this.path = path;
    this.secret = new CallbackSecret(secret);
    this.phones = phones;
    this.maxBodyBytes = maxBodyBytes;
    this.serviceCode = serviceCode;
  }

  /** The busiest callback reads its small form itself (see {@link FormBody}). */
  void mountUssd(Router router, Inbound inbound) {
    FormBody.read(router, path + "/ussd", maxBodyBytes).handler(secret).handler(rc -> ussd(rc, inbound));
  }

  void mount(Router router, Inbound inbound) {
    router.post(path + "/sms").handler(secret).handler(rc -> sms(rc, inbound));
    router.post(path + "/dlr").handler(secret).handler(rc -> deliveryReport(rc, inbound));
    router.post(path + "/optout").handler(secret).handler(rc -> optOut(rc, inbound));
  }

  private void ussd(RoutingContext rc, Inbound inbound) {
    Inbound.UssdTurn turn;
    try {
      turn = AtForms.ussd(route, FormBody.of(rc), phones, serviceCode);
    } catch (BadRequestException e) {
      rc.fail(e);
      return;
    }
    inbound.ussd(turn).onSuccess(screen -> rc.response().putHeader("Content-Type", "text/plain; charset=utf-8")
        .end((screen.end() ? "END " : "CON ") + screen.text())).onFailure(rc::fail);
  }

  private void sms(RoutingContext rc, Inbound inbound) {
    Inbound.IncomingSms in;
    try {
      in = AtForms.sms(route, rc.request().formAttributes(), phones, System.currentTimeMillis());
    } catch (BadRequestException e) {
      rc.fail(e);
      return;
    }
    inbound.sms(in).onSuccess(result -> Json.send(rc, 200, Map.of("status", result.wireName()))).onFailure(rc::fail);
  }

  private void deliveryReport(RoutingContext rc, Inbound inbound) {
    String id = required(rc, "id");
    String status = required(rc, "status");
    if (id == null || status == null) {
      return;
    }
    DeliveryStatus ours = AtStatus.DLR.get(status);
    if (ours == null) {
      log.warn("delivery report with unknown status '{}' for {}: ignored", status, id);
      Json.send(rc, 200, new JsonObject().put("ok", true).put("ignored", "unknown status"));
      return;
    }
    String reason = blankToNull(rc.request().getFormAttribute("failureReason"));
    boolean stops = reason != null && AtStatus.OPT_OUT_REASONS.contains(reason);
    inbound.report(new Inbound.DeliveryReport(route, id, ours, status, reason, stops, System.currentTimeMillis(),
            phoneOrNull(rc.request().getFormAttribute("phoneNumber")), null))
        .onSuccess(known -> Json.send(rc, 200, new JsonObject().put("ok", true).put("known", known)))
        .onFailure(rc::fail);
  }

  private void optOut(RoutingContext rc, Inbound inbound) {
    String raw = required(rc, "phoneNumber");
    if (raw == null) {
      return;
    }
    String phone;
    try {
      phone = phones.normalise(raw);
    } catch (InvalidPhoneNumberException e) {
      rc.fail(new BadRequestException("phoneNumber", e.getMessage()));
      return;
    }
    Future<Boolean> stopped = inbound.optOut(new Inbound.OptOut(route, phone));
    stopped.onSuccess(s -> Json.send(rc, 200, new JsonObject().put("ok", true).put("stopped", s))).onFailure(rc::fail);
  }

  /** The report's phone number, E.164, or null when missing or not a number (the report still counts by its id). */
  private String phoneOrNull(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : phones.normalise(raw.strip());
    } catch (InvalidPhoneNumberException e) {
      return null;
    }
  }

  /** The form field, or null after failing the request with a 400 naming it. */
  private static String required(RoutingContext rc, String field) {
    String value = blankToNull(rc.request().getFormAttribute(field));
    if (value == null) {
      rc.fail(new BadRequestException(field, field + " is required"));
    }
    return value;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
