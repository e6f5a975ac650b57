package org.jobline.ussd;

import io.vertx.ext.web.RoutingContext;
import org.jobline.core.errors.SafeError;
import org.jobline.http.FormBody;
import org.jobline.i18n.Messages;
import org.jobline.phone.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Africa's Talking USSD callback (behind the secret check): request decoding, text/plain CON/END reply. */
final class UssdHandler {
  private static final Logger log = LoggerFactory.getLogger(UssdHandler.class);
  private final PhoneNumbers phones;
  private final UssdService service;
  private final String unavailable;

  UssdHandler(PhoneNumbers phones, UssdService service) {
    this.phones = phones;
    this.service = service;
    this.unavailable = Pager.end(new UssdTexts().get(Messages.FRENCH, "error.unavailable"));
  }

  void handle(RoutingContext rc) {
    UssdRequest req = UssdRequest.from(FormBody.of(rc), phones);
    rc.put("ussd.phone", req.phone());
    service.answer(req).onSuccess(reply -> send(rc, reply)).onFailure(rc::fail);
  }

  /** Our 4xx go to the common error handler; anything else ends the session politely. */
  void failure(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (failure instanceof SafeError || (failure == null && rc.statusCode() < 500)) {
      rc.next();
      return;
    }
    String phone = rc.get("ussd.phone");
    log.error("USSD request from {} failed", PhoneNumbers.mask(phone), failure);
    if (!rc.response().ended()) {
      send(rc, unavailable);
    }
  }

  private static void send(RoutingContext rc, String reply) {
    rc.response().putHeader("Content-Type", "text/plain; charset=utf-8").end(reply);
  }
}
