package org.jobline.aggregator.smpp.testsmsc;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc.IdStyle;

/** The test SMSC's knobs; each may be turned at any time from any thread. */
public final class SmscBehaviour {
  volatile String systemId;
  volatile String password;
  final AtomicInteger throttleNext = new AtomicInteger();
  volatile long throttleUntilMs;
  volatile long delayMs;
  final AtomicInteger dropAtSubmit = new AtomicInteger();
  volatile Function<String, Integer> statusForDest = d -> null;
  volatile boolean receipts = true;
  volatile long receiptDelayMs = 50;
  volatile String receiptStat = "DELIVRD";
  volatile IdStyle submitIds = IdStyle.HEX;
  volatile IdStyle receiptIds = IdStyle.HEX;
  volatile boolean receiptTlv;
  volatile TestSmsc.MessageListener onMessage;
  final AtomicInteger throttledAnswers = new AtomicInteger();
  final AtomicInteger lostResponses = new AtomicInteger();

  /** Only this systemId and password may bind (default: anyone). */
  public SmscBehaviour credentials(String systemId, String password) {
    this.password = password;
    this.systemId = systemId;
    return this;
  }

  /** The next {@code n} submit_sm are answered ESME_RTHROTTLED. */
  public SmscBehaviour throttleNext(int n) {
    throttleNext.set(n);
    return this;
  }

  /** Every submit_sm for {@code ms} from now is answered ESME_RTHROTTLED. */
  public SmscBehaviour throttleFor(long ms) {
    throttleUntilMs = System.currentTimeMillis() + ms;
    return this;
  }

  /** Each submit_sm_resp waits {@code ms} (a distant or busy SMSC). */
  public SmscBehaviour delayMs(long ms) {
    delayMs = ms;
    return this;
  }

  /** The {@code n}th submit_sm from now is recorded, then its connection drops before any answer. */
  public SmscBehaviour dropAtSubmit(int n) {
    dropAtSubmit.set(n);
    return this;
  }

  /** Sends receipts (when asked for by registered_delivery) after {@code delayMs}, with {@code stat}. */
  public SmscBehaviour receipts(boolean on, long delayMs, String stat) {
    receipts = on;
    receiptDelayMs = delayMs;
    receiptStat = stat;
    return this;
  }

  /** How ids are written in submit_sm_resp and in receipts; {@code tlv} adds receipted_message_id. */
  public SmscBehaviour ids(IdStyle submit, IdStyle receipt, boolean tlv) {
    submitIds = submit;
    receiptIds = receipt;
    receiptTlv = tlv;
    return this;
  }

  public int throttledAnswers() {
    return throttledAnswers.get();
  }

  /** submit_sm recorded whose response never reached the socket. */
  public int lostResponses() {
    return lostResponses.get();
  }
}
