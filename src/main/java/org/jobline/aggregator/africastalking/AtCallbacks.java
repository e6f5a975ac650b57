package org.jobline.aggregator.africastalking;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jobline.aggregator.CallbackSecret;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.core.AppContext;
import org.jobline.http.BadRequestException;
import org.jobline.http.Json;
import org.jobline.outbox.DeliveryReports;
import org.jobline.outbox.LateReports;
import org.jobline.phone.PhoneNumbers;
import org.jobline.subscriber.Subscribers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Africa's Talking calls us back: delivery reports and bulk SMS opt-outs (both carry ?secret=). */
public final class AtCallbacks {
  private static final Logger log = LoggerFactory.getLogger(AtCallbacks.class);
  public static final String DLR_PATH = "/aggregator/africastalking/dlr";
  public static final String OPTOUT_PATH = "/aggregator/africastalking/optout";

  private final AppContext ctx;
  private final CallbackSecret secret;

  public AtCallbacks(AppContext ctx) {
    this.ctx = ctx;
    this.secret = new CallbackSecret(ctx.config().aggregator().callbackSecret());
  }

  public void mount(Router router) {
    router.post(DLR_PATH).handler(secret).handler(this::deliveryReport);
    router.post(OPTOUT_PATH).handler(secret).handler(this::optOut);
  }

  private void deliveryReport(RoutingContext rc) {
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
    Report report = new Report(id, ours, status, reason);
    apply(report).onSuccess(known -> {
      if (!known) {
        log.info("delivery report for message id {} not saved yet ({}): kept until it is", id, status);
      }
      Json.send(rc, 200, new JsonObject().put("ok", true).put("known", known));
    }).onFailure(rc::fail);
  }

  /** One delivery report as AT sent it, mapped to our status. */
  private record Report(String id, DeliveryStatus status, String providerStatus, String reason) {}

  /**
   * Applies a report; false when no message carries its id yet. Its send's outcome may still be
   * waiting for a group commit (a few ms): the report is then kept in the database, and applied
   * by {@link LateReports} once the message is saved.
   */
  private io.vertx.core.Future<Boolean> apply(Report r) {
    long now = System.currentTimeMillis();
    boolean stops = r.reason() != null && AtStatus.OPT_OUT_REASONS.contains(r.reason());
    return ctx.store().write(c -> {
      boolean known = DeliveryReports.apply(c, r.id(), r.status(), r.providerStatus(), r.reason(), stops, now);
      if (!known) {
        LateReports.keep(c, r.id(), r.status(), r.providerStatus(), r.reason(), stops, now);
      }
      return known;
    });
  }

  private void optOut(RoutingContext rc) {
    String raw = required(rc, "phoneNumber");
    if (raw == null) {
      return;
    }
    String phone = ctx.phoneNumbers().normalise(raw);
    ctx.store().write(c -> Subscribers.stopByPhone(c, phone)).onSuccess(stopped -> {
      log.info("opt-out from Africa's Talking for {} (subscriber stopped: {})", PhoneNumbers.mask(phone), stopped);
      Json.send(rc, 200, new JsonObject().put("ok", true).put("stopped", stopped));
    }).onFailure(rc::fail);
  }

  /** The form field, or null after failing the request with a 400 naming it. */
  private static String required(RoutingContext rc, String field) {
    String value = blankToNull(rc.request().getFormAttribute(field));
    if (value == null) {
      rc.fail(new BadRequestException(field, field + " is required"));
    }
    return value;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
