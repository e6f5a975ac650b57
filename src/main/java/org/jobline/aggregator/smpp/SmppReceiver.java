package org.jobline.aggregator.smpp;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Inbound.DeliveryReport;
import org.jobline.phone.PhoneNumbers;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every deliver_sm of the route's binds. It only decodes and hands over: the record goes to the
 * {@link Inbound} sink on the route's Vert.x context, and jsmpp answers deliver_sm_resp as soon as
 * this returns, so a slow store never delays the SMSC. Unreadable deliver_sm are answered too
 * (a refusal would make the SMSC send them again and again) and logged.
 */
final class SmppReceiver implements MessageReceiverListener {
  private static final Logger log = LoggerFactory.getLogger(SmppReceiver.class);

  private final String route;
  private final Receipts receipts;
  private final MoAssembler mo = new MoAssembler();
  private final PhoneNumbers phones;
  private final Context context;
  private final Supplier<Inbound> inbound;
  private final PartIds partIds;
  private final String idPrefix = "smpp-" + Long.toString(System.currentTimeMillis(), 36) + "-";
  private final AtomicLong counter = new AtomicLong();

  SmppReceiver(String route, ReceiptIds ids, PhoneNumbers phones, Context context, Supplier<Inbound> inbound,
               PartIds partIds) {
    this.route = route;
    this.receipts = new Receipts(route, ids);
    this.phones = phones;
    this.context = context;
    this.inbound = inbound;
    this.partIds = partIds;
  }

  @Override
  public void onAcceptDeliverSm(DeliverSm d) throws ProcessRequestException {
    if (inbound.get() == null) {
      throw new ProcessRequestException("not ready", 0x64); // ESME_RX_T_APPN: the SMSC sends it again later
    }
    try {
      if (Receipts.isReceipt(d)) {
        report(d);
      } else {
        sms(d);
      }
    } catch (RuntimeException e) {
      log.warn("SMPP route {}: deliver_sm not understood, answered and dropped: {}", route, e.toString());
    }
  }

  private void report(DeliverSm d) {
    DeliveryReport r = receipts.parse(d, System.currentTimeMillis());
    if (r == null) {
      log.warn("SMPP route {}: receipt without id or known stat, dropped", route);
      return;
    }
    DeliveryReport received = r;
    String recipient = phone(d.getSourceAddr(), d.getSourceAddrTon());
    partIds.whenKnown(r.providerId(), () -> reportPart(received, recipient));
  }

  private void reportPart(DeliveryReport r, String recipient) {
    String first = partIds.firstOf(r.providerId());
    if (first != null) {
      if (r.status() != DeliveryStatus.FAILED) {
        return; // a later part arrived: the first part's receipt speaks for the message
      }
      r = new DeliveryReport(route, first, r.status(), r.providerStatus(), r.reason(), r.optOut(), r.atMs());
    }
    // A receipt's source_addr is the message's recipient: it lets the report confirm a submit whose
    // submit_sm_resp never came (no id known for it, issue 25).
    DeliveryReport report = new DeliveryReport(r.route(), r.providerId(), r.status(), r.providerStatus(), r.reason(),
        r.optOut(), r.atMs(), recipient, null);
    hand(() -> inbound.get().report(report), "delivery report");
  }

  private void sms(DeliverSm d) {
    String text = mo.accept(d);
    if (text == null) {
      return; // more parts to come
    }
    String source = d.getSourceAddr();
    String phone = phone(source, d.getSourceAddrTon());
    if (phone == null) {
      log.warn("SMPP route {}: incoming SMS from an unusable number {}, dropped", route, PhoneNumbers.mask(source));
      return;
    }
    Inbound.IncomingSms sms = new Inbound.IncomingSms(route, idPrefix + counter.incrementAndGet(), phone, text,
        d.getDestAddress(), System.currentTimeMillis());
    hand(() -> inbound.get().sms(sms), "incoming SMS");
  }

  /** {@code source} in E.164 (TON 1 is international without its +), or null when it is no usable number. */
  private String phone(String source, byte ton) {
    try {
      return phones.normalise(ton == 1 && source != null && !source.startsWith("+") ? "+" + source : source);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void hand(Supplier<Future<?>> call, String what) {
    context.runOnContext(v -> call.get().onFailure(e ->
        log.error("SMPP route {}: {} not recorded: {}", route, what, e.toString())));
  }

  @Override
  public void onAcceptAlertNotification(AlertNotification alertNotification) {
    // nothing to do: we do not ask for alerts
  }

  @Override
  public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
    throw new ProcessRequestException("data_sm is not supported", 0x03);
  }
}
