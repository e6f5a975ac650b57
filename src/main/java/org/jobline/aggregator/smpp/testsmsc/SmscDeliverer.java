package org.jobline.aggregator.smpp.testsmsc;

import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.jobline.aggregator.smpp.SmppText;
import org.jobline.aggregator.smpp.SubmitPart;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc.IdStyle;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPServerSession;

/** The test SMSC's deliver_sm: receipts (retried while no receiver is bound, as an SMSC queues them) and MO. */
final class SmscDeliverer {
  private static final int RECEIPT_TRIES = 120;
  private final TestSmsc smsc;

  SmscDeliverer(TestSmsc smsc) {
    this.smsc = smsc;
  }

  String mo(String from, String to, String text) throws Exception {
    String session = null;
    for (SubmitPart p : SmppText.parts(text)) {
      session = raw(from, to, p.esmClass(), p.dataCoding(), p.shortMessage(), p.tlvs());
    }
    return session;
  }

  String raw(String from, String to, int esm, int dc, byte[] sm, OptionalParameter... tlvs) throws Exception {
    SMPPServerSession s = receiver(null);
    if (s == null) {
      throw new IllegalStateException("no receiver bound to the test SMSC");
    }
    s.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from, TypeOfNumber.UNKNOWN,
        NumberingPlanIndicator.ISDN, to, new ESMClass(esm), (byte) 0, (byte) 0, new RegisteredDelivery(0),
        DataCodings.newInstance((byte) dc), sm, tlvs);
    return s.getSessionId();
  }

  /** Sends {@code r}'s receipt; while no receiver is bound (or it fails), tries again every half second. */
  void receipt(SmscSubmit r, SMPPServerSession preferred, int attempt) {
    SmscBehaviour b = smsc.behaviour;
    SMPPServerSession s = receiver(preferred);
    try {
      if (s == null) {
        throw new IllegalStateException("no receiver");
      }
      long n = b.submitIds == IdStyle.HEX ? Long.parseLong(r.messageId(), 16) : Long.parseLong(r.messageId());
      String textId = b.receiptIds == IdStyle.HEX ? Long.toHexString(n).toUpperCase() : Long.toString(n);
      String date = new SimpleDateFormat("yyMMddHHmm") {{ setTimeZone(TimeZone.getTimeZone("UTC")); }}
          .format(new Date());
      String stat = b.receiptStat;
      String body = "id:" + textId + " sub:001 dlvrd:" + ("DELIVRD".equals(stat) ? "001" : "000") + " submit date:"
          + date + " done date:" + date + " stat:" + stat + " err:" + ("DELIVRD".equals(stat) ? "000" : "001")
          + " text:" + r.text().substring(0, Math.min(20, r.text().length()));
      OptionalParameter[] tlvs = b.receiptTlv
          ? new OptionalParameter[] {new OptionalParameter.COctetString(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID.code(),
              r.messageId())}
          : new OptionalParameter[0];
      s.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, r.dest(),
          TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, r.source(), new ESMClass(0x04), (byte) 0, (byte) 0,
          new RegisteredDelivery(0), DataCodings.ZERO, body.getBytes(StandardCharsets.ISO_8859_1), tlvs);
    } catch (Exception e) {
      if (attempt < RECEIPT_TRIES && !smsc.workers.isShutdown()) {
        smsc.workers.schedule(() -> receipt(r, null, attempt + 1), 500, TimeUnit.MILLISECONDS);
      }
    }
  }

  private SMPPServerSession receiver(SMPPServerSession preferred) {
    if (preferred != null && smsc.sessions.contains(preferred) && receives(preferred)) {
      return preferred;
    }
    for (SMPPServerSession s : smsc.sessions) {
      if (receives(s)) {
        return s;
      }
    }
    return null;
  }

  private boolean receives(SMPPServerSession s) {
    BindType t = smsc.bindTypes.get(s);
    return t == BindType.BIND_TRX || t == BindType.BIND_RX;
  }
}
