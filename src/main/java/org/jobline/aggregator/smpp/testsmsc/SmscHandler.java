package org.jobline.aggregator.smpp.testsmsc;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jobline.aggregator.smpp.SmppText;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc.IdStyle;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/** The test SMSC's answers to submit_sm (record, then throttle / refuse / delay / drop as told) and their fate. */
final class SmscHandler implements ServerMessageReceiverListener, ServerResponseDeliveryListener {
  private static final int ESME_RTHROTTLED = 0x58;
  private static final int NOT_SUPPORTED = 0x03;

  private final TestSmsc smsc;
  private final AtomicLong nextId = new AtomicLong(0x2A000000L);
  private final java.util.Map<String, String[]> parts = new java.util.concurrent.ConcurrentHashMap<>();

  SmscHandler(TestSmsc smsc) {
    this.smsc = smsc;
  }

  @Override
  public SubmitSmResult onAcceptSubmitSm(SubmitSm sm, SMPPServerSession source) throws ProcessRequestException {
    SmscBehaviour b = smsc.behaviour;
    TestSmsc.sleep(b.delayMs);
    if (b.throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || System.currentTimeMillis() < b.throttleUntilMs) {
      b.throttledAnswers.incrementAndGet();
      throw new ProcessRequestException("throttled", ESME_RTHROTTLED);
    }
    Integer status = b.statusForDest.apply(sm.getDestAddress());
    if (status != null && status != 0) {
      throw new ProcessRequestException("refused", status);
    }
    long n = nextId.incrementAndGet();
    String id = b.submitIds == IdStyle.HEX ? Long.toHexString(n).toUpperCase() : Long.toString(n);
    smsc.records.put(id, new SmscSubmit(id, source.getSessionId(), sm.getSourceAddr(), sm.getDestAddress(),
        sm.getEsmClass() & 0xFF, sm.getDataCoding() & 0xFF, sm.getRegisteredDelivery() & 0xFF, sm.getShortMessage(),
        sm.getOptionalParameters() == null ? new OptionalParameter[0] : sm.getOptionalParameters(), text(sm),
        System.nanoTime() / 1000, false));
    whole(smsc.records.get(id));
    if (smsc.dropping.contains(source)) {
      waitClosed(source); // the link is going down: this one is recorded, its answer is lost
    } else if (b.dropAtSubmit.get() > 0 && b.dropAtSubmit.decrementAndGet() == 0) {
      smsc.drop(List.of(source));
    }
    try {
      return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
    } catch (org.jsmpp.PDUStringException e) {
      throw new ProcessRequestException("bad id", 0x08);
    }
  }

  /** Joins UDH parts per destination and reference; hands each whole message to the listener. */
  private void whole(SmscSubmit r) {
    TestSmsc.MessageListener listener = smsc.behaviour.onMessage;
    if (listener == null) {
      return;
    }
    int[] udh = r.udh();
    if (udh == null) {
      smsc.workers.execute(() -> listener.message(r.dest(), r.text(), r.dataCoding(), 1, r.messageId()));
      return;
    }
    String key = r.dest() + '|' + udh[0] + '|' + udh[1];
    String[] done = new String[1];
    parts.compute(key, (k, ps) -> {
      String[] p = ps == null ? new String[udh[1]] : ps;
      if (udh[2] >= 1 && udh[2] <= p.length) {
        p[udh[2] - 1] = r.text();
      }
      for (String x : p) {
        if (x == null) {
          return p;
        }
      }
      done[0] = String.join("", p);
      return null;
    });
    if (done[0] != null) {
      smsc.workers.execute(() -> listener.message(r.dest(), done[0], r.dataCoding(), udh[1], r.messageId()));
    }
  }

  private static void waitClosed(SMPPServerSession s) {
    for (int i = 0; i < 100 && s.getSessionState().isNotClosed(); i++) {
      TestSmsc.sleep(20);
    }
  }

  private static String text(SubmitSm sm) {
    byte[] m = sm.getShortMessage() == null ? new byte[0] : sm.getShortMessage();
    if (m.length == 0 && sm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD)
        instanceof OptionalParameter.OctetString p) {
      m = p.getValue();
    }
    int from = sm.isUdhi() && m.length > 0 ? Math.min(m.length, 1 + (m[0] & 0xFF)) : 0;
    return SmppText.decode(sm.getDataCoding(), m, from);
  }

  @Override
  public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
    SmscSubmit r = smsc.records.computeIfPresent(result.getMessageId(), (k, v) -> v.answered(true));
    receipt(r, source);
  }

  @Override
  public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession source) {
    smsc.behaviour.lostResponses.incrementAndGet();
    receipt(smsc.records.get(result.getMessageId()), source);
  }

  private void receipt(SmscSubmit r, SMPPServerSession source) {
    SmscBehaviour b = smsc.behaviour;
    if (r != null && b.receipts && (r.registeredDelivery() & 0x03) != 0) {
      smsc.workers.schedule(() -> new SmscDeliverer(smsc).receipt(r, source, 0), b.receiptDelayMs,
          TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti s, SMPPServerSession source)
      throws ProcessRequestException {
    throw new ProcessRequestException("submit_multi not supported", NOT_SUPPORTED);
  }

  @Override
  public QuerySmResult onAcceptQuerySm(QuerySm q, SMPPServerSession source) throws ProcessRequestException {
    throw new ProcessRequestException("query_sm not supported", NOT_SUPPORTED);
  }

  @Override
  public void onAcceptReplaceSm(ReplaceSm r, SMPPServerSession source) throws ProcessRequestException {
    throw new ProcessRequestException("replace_sm not supported", NOT_SUPPORTED);
  }

  @Override
  public void onAcceptCancelSm(CancelSm c, SMPPServerSession source) throws ProcessRequestException {
    throw new ProcessRequestException("cancel_sm not supported", NOT_SUPPORTED);
  }

  @Override
  public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm b, SMPPServerSession source)
      throws ProcessRequestException {
    throw new ProcessRequestException("broadcast_sm not supported", NOT_SUPPORTED);
  }

  @Override
  public void onAcceptCancelBroadcastSm(CancelBroadcastSm c, SMPPServerSession source)
      throws ProcessRequestException {
    throw new ProcessRequestException("cancel_broadcast_sm not supported", NOT_SUPPORTED);
  }

  @Override
  public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm q, SMPPServerSession source)
      throws ProcessRequestException {
    throw new ProcessRequestException("query_broadcast_sm not supported", NOT_SUPPORTED);
  }

  @Override
  public DataSmResult onAcceptDataSm(DataSm d, Session source) throws ProcessRequestException {
    throw new ProcessRequestException("data_sm not supported", NOT_SUPPORTED);
  }

  @Override
  public void onSubmitMultiRespSent(SubmitMultiResult r, SMPPServerSession source) {}

  @Override
  public void onSubmitMultiRespError(SubmitMultiResult r, Exception cause, SMPPServerSession source) {}
}
