package org.jobline.simulator;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import java.util.UUID;

/** The phones of a load run: each has at most one request in flight and walks the USSD dialogue. */
final class LoadPhones {
  final Latencies ussd = new Latencies();
  final Latencies sms = new Latencies();
  private final LoadRunner.Plan plan;
  private final JoblineLink link;
  private final boolean[] busy;
  private final String[] session;
  private final String[] text;
  private final int[] step;
  private int next;
  private int inFlight;

  LoadPhones(LoadRunner.Plan plan, JoblineLink link) {
    this.plan = plan;
    this.link = link;
    busy = new boolean[plan.phones()];
    session = new String[plan.phones()];
    text = new String[plan.phones()];
    step = new int[plan.phones()];
  }

  static String number(int i) {
    return String.format("+22890%06d", i);
  }

  /** Sends the next request of the next idle phone; false when every phone is busy. */
  boolean fire(boolean smsCommand) {
    for (int tries = 0; tries < busy.length; tries++) {
      int i = next;
      next = (next + 1) % busy.length;
      if (!busy[i]) {
        busy[i] = true;
        inFlight++;
        if (smsCommand) {
          sendSms(i);
        } else {
          sendUssd(i);
        }
        return true;
      }
    }
    return false;
  }

  private void sendUssd(int i) {
    if (session[i] == null || step[i] >= plan.dialogue().size()) {
      session[i] = "LOAD" + UUID.randomUUID();
      text[i] = "";
      step[i] = 0;
    } else {
      String input = plan.dialogue().get(step[i]++).strip();
      text[i] = text[i].isEmpty() ? input : text[i] + "*" + input;
    }
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("sessionId", session[i]).add("serviceCode", plan.serviceCode())
        .add("phoneNumber", number(i)).add("networkCode", FakeAggregator.NETWORK_CODE).add("text", text[i]);
    long t0 = System.nanoTime();
    link.post(plan.target(), JoblineLink.USSD_PATH, form).onComplete(ar -> {
      boolean ok = ar.succeeded() && ar.result().statusCode() == 200;
      if (ok && ar.result().bodyAsString() != null && ar.result().bodyAsString().startsWith("END")) {
        session[i] = null;
      }
      done(i, ussd, ok, t0);
    });
  }

  private void sendSms(int i) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("from", number(i)).add("to", plan.shortCode()).add("text", plan.smsText())
        .add("date", java.time.LocalDateTime.now().withNano(0).toString().replace('T', ' '))
        .add("id", "LOAD" + UUID.randomUUID());
    long t0 = System.nanoTime();
    link.post(plan.target(), JoblineLink.SMS_PATH, form)
        .onComplete(ar -> done(i, sms, ar.succeeded() && ar.result().statusCode() / 100 == 2, t0));
  }

  private void done(int i, Latencies into, boolean ok, long t0) {
    if (ok) {
      into.add((System.nanoTime() - t0) / 1000);
    } else {
      into.error();
      session[i] = null;
    }
    busy[i] = false;
    inFlight--;
  }

  /** Calls {@code then} once nothing is in flight (checked every 20 ms; requests time out on their own). */
  void whenIdle(Vertx vertx, Runnable then) {
    if (inFlight == 0) {
      then.run();
    } else {
      vertx.setTimer(20, t -> whenIdle(vertx, then));
    }
  }
}
