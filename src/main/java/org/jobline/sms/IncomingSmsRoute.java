package org.jobline.sms;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.jobline.http.BadRequestException;
import org.jobline.http.Json;
import org.jobline.phone.PhoneNumbers;

/**
 * {@code POST /aggregator/africastalking/sms?secret=...}: Africa's Talking's incoming-SMS callback.
 * 403 for a wrong secret ({@link org.jobline.aggregator.CallbackSecret}), 400 for a missing or invalid sender or text,
 * 200 otherwise, also for a retried id (handled once).
 */
final class IncomingSmsRoute implements Handler<RoutingContext> {
  static final String PATH = "/aggregator/africastalking/sms";
  static final String PROVIDER = "africastalking";

  private final PhoneNumbers phones;
  private final SmsInbox inbox;

  IncomingSmsRoute(PhoneNumbers phones, SmsInbox inbox) {
    this.phones = phones;
    this.inbox = inbox;
  }

  @Override
  public void handle(RoutingContext rc) {
    InboundSms in;
    try {
      in = InboundSms.decode(rc.request().formAttributes(), phones);
    } catch (BadRequestException e) {
      rc.fail(e);
      return;
    }
    inbox.receive(PROVIDER, in)
        .onSuccess(outcome -> Json.send(rc, 200, Map.of("status", outcome.wireName())))
        .onFailure(rc::fail);
  }
}
