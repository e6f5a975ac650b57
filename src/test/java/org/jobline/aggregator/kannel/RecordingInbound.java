package org.jobline.aggregator.kannel;

import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jobline.aggregator.Inbound;

/** An {@link Inbound} that records each call and answers what the test sets. */
final class RecordingInbound implements Inbound {
  final List<Object> calls = new CopyOnWriteArrayList<>();
  volatile SmsResult smsResult = SmsResult.ANSWERED;
  volatile boolean reportKnown = true;

  @Override
  public Future<SmsResult> sms(IncomingSms sms) {
    calls.add(sms);
    return Future.succeededFuture(smsResult);
  }

  @Override
  public Future<Boolean> report(DeliveryReport report) {
    calls.add(report);
    return Future.succeededFuture(reportKnown);
  }

  @Override
  public Future<Boolean> optOut(OptOut optOut) {
    calls.add(optOut);
    return Future.succeededFuture(true);
  }

  @Override
  public Future<UssdScreen> ussd(UssdTurn turn) {
    calls.add(turn);
    return Future.succeededFuture(new UssdScreen("", true));
  }
}
