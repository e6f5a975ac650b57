package org.jobline.aggregator.testing;

import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jobline.aggregator.Inbound;

/**
 * An {@link Inbound} that records each call (in {@code calls} with its time fields set to 0, so
 * tables can compare whole records; in {@code raw} as received) and answers what the test sets.
 */
public final class RecordingInbound implements Inbound {
  public final List<Object> calls = new CopyOnWriteArrayList<>();
  public final List<Object> raw = new CopyOnWriteArrayList<>();
  public volatile SmsResult smsResult = SmsResult.ANSWERED;
  public volatile boolean reportKnown = true;
  public volatile boolean optOutStopped = true;
  public volatile UssdScreen screen = new UssdScreen("Bienvenue\n1 Offres", false);

  @Override
  public Future<SmsResult> sms(IncomingSms sms) {
    raw.add(sms);
    calls.add(new IncomingSms(sms.route(), sms.providerId(), sms.phone(), sms.text(), sms.to(), 0));
    return Future.succeededFuture(smsResult);
  }

  @Override
  public Future<Boolean> report(DeliveryReport r) {
    raw.add(r);
    calls.add(new DeliveryReport(r.route(), r.providerId(), r.status(), r.providerStatus(), r.reason(), r.optOut(), 0));
    return Future.succeededFuture(reportKnown);
  }

  @Override
  public Future<Boolean> optOut(OptOut optOut) {
    raw.add(optOut);
    calls.add(optOut);
    return Future.succeededFuture(optOutStopped);
  }

  @Override
  public Future<UssdScreen> ussd(UssdTurn turn) {
    raw.add(turn);
    calls.add(turn);
    return Future.succeededFuture(screen);
  }
}
