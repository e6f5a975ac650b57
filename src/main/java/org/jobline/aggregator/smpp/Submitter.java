package org.jobline.aggregator.smpp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.SubmitSmResult;

/**
 * Submits one message's parts to one recipient on the calling (sender) thread, paced by the
 * throttle, and turns what the SMSC says into one {@link SendOutcome}. Blocking: jsmpp waits for
 * each submit_sm_resp, so the number of sender threads is the window.
 */
final class Submitter {
  private static final SMPPSession NONE = new SMPPSession();
  private final SmppSettings s;
  private final SegmentThrottle throttle;
  private final PartIds partIds;
  private final RegisteredDelivery registered;
  /** Sender threads waiting on a session: woken when it closes (jsmpp would let them wait the whole timeout). */
  private final Map<Thread, SMPPSession> waiting = new ConcurrentHashMap<>();

  Submitter(SmppSettings s, SegmentThrottle throttle, PartIds partIds) {
    this.s = s;
    this.throttle = throttle;
    this.partIds = partIds;
    this.registered = new RegisteredDelivery(s.registeredDelivery() ? SMSCDeliveryReceipt.SUCCESS_FAILURE
        : SMSCDeliveryReceipt.DEFAULT);
  }

  /** The link lost {@code session}: its pending submits end now as connection failures. */
  void sessionClosed(SMPPSession session) {
    waiting.forEach((thread, s) -> {
      if (s == session) {
        thread.interrupt();
      }
    });
  }

  SendOutcome submit(SMPPSession session, List<SubmitPart> parts, Recipient to) {
    waiting.put(Thread.currentThread(), session == null ? NONE : session);
    try {
      return submitParts(session, parts, to);
    } finally {
      waiting.remove(Thread.currentThread());
      Thread.interrupted();
    }
  }

  private SendOutcome submitParts(SMPPSession session, List<SubmitPart> parts, Recipient to) {
    if (session == null) {
      return SendOutcome.connectionFailed("SMPP route " + s.name() + " is not bound");
    }
    String dest = to.phone().startsWith("+") ? to.phone().substring(1) : to.phone();
    List<String> ids = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      SubmitPart p = parts.get(i);
      boolean later = i > 0;
      if (later) {
        partIds.expectLater();
      }
      try {
        throttle.acquire(p.segments());
        SubmitSmResult r = session.submitShortMessage(s.serviceType(), TypeOfNumber.valueOf((byte) s.sourceTon()),
            NumberingPlanIndicator.valueOf((byte) s.sourceNpi()), s.sourceAddress(),
            TypeOfNumber.valueOf((byte) s.destTon()), NumberingPlanIndicator.valueOf((byte) s.destNpi()), dest,
            new ESMClass(p.esmClass()), (byte) 0, (byte) 0, null, null, registered, (byte) 0,
            DataCodings.newInstance(p.dataCoding()), (byte) 0, p.shortMessage(), p.tlvs());
        throttle.accepted();
        ids.add(s.receiptIds().fromSubmit(r.getMessageId()));
        partIds.remember(ids); // at once: a part's receipt may come before the next part is accepted
      } catch (NegativeResponseException e) {
        if (SmppStatus.meaning(e.getCommandStatus()).kind() == SmppStatus.Kind.SLOW_DOWN) {
          throttle.slowDown();
        }
        return SmppStatus.outcome(e.getCommandStatus());
      } catch (ResponseTimeoutException e) {
        // The submit_sm was written: the SMSC may have taken it (issue 25). Not sent again at once;
        // its receipt (matched by phone, the id never came) confirms it.
        if (Thread.interrupted()) {
          return SendOutcome.maybeWritten("SMPP link lost while waiting for submit_sm_resp" + partOf(i, parts.size()));
        }
        return SendOutcome.maybeWritten("no submit_sm_resp within " + s.responseTimeoutMs() + " ms" + partOf(i, parts.size()));
      } catch (IOException e) {
        // Not bound ("Cannot submit_sm while ..."), or the write itself failed: a PDU is one write
        // of a few hundred bytes, and an SMSC reads only whole PDUs, so a failed write left nothing
        // it can act on. Safe to send again.
        return SendOutcome.connectionFailed("SMPP link lost: " + e.getMessage());
      } catch (InvalidResponseException e) {
        return new SendOutcome.Transient("invalid submit_sm_resp: " + e.getMessage(), false);
      } catch (PDUException e) {
        return new SendOutcome.Permanent("cannot be put in a submit_sm: " + e.getMessage(), false);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return SendOutcome.connectionFailed("SMPP route " + s.name() + " is closing");
      } finally {
        if (later) {
          partIds.laterDone();
        }
      }
    }
    return new SendOutcome.Accepted(ids.get(0), "ESME_ROK");
  }

  private static String partOf(int i, int parts) {
    return parts == 1 ? "" : " (part " + (i + 1) + " of " + parts + ")";
  }
}
