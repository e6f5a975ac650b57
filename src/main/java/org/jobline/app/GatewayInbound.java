package org.jobline.app;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Supplier;
import org.jobline.aggregator.Inbound;
import org.jobline.outbox.ReportIntake;
import org.jobline.phone.PhoneNumbers;
import org.jobline.sms.SmsInbox;
import org.jobline.store.Store;
import org.jobline.subscriber.Subscribers;
import org.jobline.ussd.UssdFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core behind the {@link Inbound} sink: texts to the SMS commands, reports to the outbox,
 * opt-outs to the subscribers, USSD turns to the menu. A call from a route's own thread (an SMPP
 * socket, a serial port) is moved onto one Vert.x context first, so the features see only their own.
 */
final class GatewayInbound implements Inbound {
  private static final Logger log = LoggerFactory.getLogger(GatewayInbound.class);

  private final Context home;
  private final Store store;
  private final SmsInbox sms;
  private final UssdFeature ussd;
  private final ReportIntake reports;

  GatewayInbound(Vertx vertx, Store store, SmsInbox sms, UssdFeature ussd) {
    this.home = vertx.getOrCreateContext();
    this.store = store;
    this.sms = sms;
    this.ussd = ussd;
    this.reports = new ReportIntake(store);
  }

  @Override
  public Future<SmsResult> sms(IncomingSms in) {
    return onContext(() -> sms.receive(in));
  }

  @Override
  public Future<Boolean> report(DeliveryReport report) {
    org.jobline.metrics.Metrics.deliveryReport(report.status());
    return onContext(() -> reports.receive(report));
  }

  @Override
  public Future<Boolean> optOut(OptOut optOut) {
    return onContext(() -> store.write(tx -> Subscribers.stopByPhone(tx, optOut.phone())).onSuccess(stopped ->
        log.info("opt-out from route {} for {} (subscriber stopped: {})", optOut.route(),
            PhoneNumbers.mask(optOut.phone()), stopped)));
  }

  @Override
  public Future<UssdScreen> ussd(UssdTurn turn) {
    return org.jobline.metrics.Metrics.ussdTurn(onContext(() -> ussd.answer(turn)));
  }

  private <T> Future<T> onContext(Supplier<Future<T>> work) {
    if (Vertx.currentContext() != null) {
      return work.get();
    }
    Promise<T> promise = Promise.promise();
    home.runOnContext(v -> work.get().onComplete(promise));
    return promise.future();
  }
}
