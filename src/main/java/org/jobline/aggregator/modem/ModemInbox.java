package org.jobline.aggregator.modem;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jobline.aggregator.Inbound;
import org.jobline.phone.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the modem receives, on the route's thread: texts (announced by {@code +CMTI} or found on the
 * SIM by {@code AT+CMGL=4}) and status reports ({@code +CDS}, or stored ones). A text is deleted
 * from the SIM ({@code AT+CMGD}) only once the core has recorded it; until then it is "in hand".
 */
final class ModemInbox {
  private static final Logger log = LoggerFactory.getLogger(ModemInbox.class);

  private final String route;
  private final PhoneNumbers phones;
  private volatile Inbound sink;
  private final Reassembly reassembly = new Reassembly();
  /** SIM indexes handed to the core and not yet deleted (worker thread only). */
  private final Set<Integer> inHand = new HashSet<>();
  /** Answers from the core (any thread): index >= 0 to delete, ~index to read again later. */
  private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

  ModemInbox(String route, PhoneNumbers phones) {
    this.route = route;
    this.phones = phones;
  }

  void sink(Inbound inbound) {
    this.sink = inbound;
  }

  boolean ready() {
    return sink != null;
  }

  /** Deletes what the core has recorded. */
  void settle(AtLink link, long timeoutMs) throws IOException {
    Integer a;
    while ((a = answers.poll()) != null) {
      if (a >= 0) {
        link.command("AT+CMGD=" + a, timeoutMs);
      }
      inHand.remove(a >= 0 ? a : ~a);
    }
  }

  /** Reads everything stored on the SIM. */
  void readAll(AtLink link, long timeoutMs) throws IOException {
    if (!ready()) {
      return;
    }
    List<String> lines = link.command("AT+CMGL=4", timeoutMs).lines();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("+CMGL:")) {
        String[] f = lines.get(i).substring(6).split(",");
        String pdu = lines.get(++i);
        try {
          stored(link, timeoutMs, Integer.parseInt(f[0].trim()), length(f), pdu);
        } catch (IllegalArgumentException e) {
          log.warn("modem route {}: unreadable +CMGL line skipped ({})", route, e.getMessage());
        }
      }
    }
  }

  /** One unsolicited line; a garbled one is logged and skipped (the idle poll finds stored texts again). */
  void unsolicited(AtLink link, long timeoutMs, String line) throws IOException {
    try {
      announced(link, timeoutMs, line);
    } catch (IllegalArgumentException e) {
      log.warn("modem route {}: unreadable {} ({})", route, line.split("[:\\n]")[0], e.getMessage());
    }
  }

  private void announced(AtLink link, long timeoutMs, String line) throws IOException {
    if (line.startsWith("+CDS:")) {
      String[] two = line.split("\n", 2);
      report(Pdu.read(two.length > 1 ? two[1] : "", Integer.parseInt(two[0].substring(5).trim())), -1);
    } else if (ready()) { // +CMTI / +CDSI: "SM",<index>
      int index = Integer.parseInt(line.substring(line.lastIndexOf(',') + 1).trim());
      List<String> r = link.command("AT+CMGR=" + index, timeoutMs).lines();
      if (r.size() >= 2 && r.get(0).startsWith("+CMGR:")) {
        stored(link, timeoutMs, index, length(r.get(0).substring(6).split(",")), r.get(1));
      }
    }
  }

  private static int length(String[] fields) {
    return Integer.parseInt(fields[fields.length - 1].trim());
  }

  private void stored(AtLink link, long timeoutMs, int index, int length, String hex) throws IOException {
    if (inHand.contains(index)) {
      return;
    }
    try {
      Pdu pdu = Pdu.read(hex, length);
      int mti = pdu.peek() & 0x03;
      if (mti == 0x02) {
        report(pdu, index);
      } else if (mti == 0x00) {
        text(SmsDeliver.decode(pdu), index);
      } else {
        link.command("AT+CMGD=" + index, timeoutMs);
      }
    } catch (IllegalArgumentException e) {
      log.warn("modem route {}: unreadable PDU at SIM index {} deleted ({})", route, index, e.getMessage());
      link.command("AT+CMGD=" + index, timeoutMs);
    }
  }

  private void text(SmsDeliver part, int index) {
    inHand.add(index);
    Reassembly.Whole whole = reassembly.add(part, index);
    if (whole == null) {
      return;
    }
    String phone;
    try {
      phone = phones.normalise(whole.first().from());
    } catch (RuntimeException e) {
      log.info("modem route {}: text from a sender we cannot answer ({}) deleted", route, e.getMessage());
      whole.indexes().forEach(answers::add);
      return;
    }
    Inbound.IncomingSms sms = new Inbound.IncomingSms(route, ProviderIds.received(route, whole.first()), phone,
        whole.text(), null, System.currentTimeMillis());
    sink.sms(sms).onComplete(ar -> {
      if (ar.failed()) {
        log.warn("modem route {}: text not recorded, read again later: {}", route, ar.cause().getMessage());
      }
      whole.indexes().forEach(i -> answers.add(ar.succeeded() ? i : ~i));
    });
  }

  private void report(Pdu pdu, int index) {
    StatusReport r = StatusReport.decode(pdu);
    Inbound to = sink;
    if (to == null) {
      return; // only at start-up, before the core listens: a stored report stays on the SIM
    }
    if (index >= 0) {
      inHand.add(index);
    }
    String word = String.format("TP-ST %02X", r.status());
    // The recipient lets the report confirm a send whose +CMGS answer never came (no mr known, issue 25).
    Inbound.DeliveryReport report = new Inbound.DeliveryReport(route, ProviderIds.sent(route, r.reference(), r.recipient()),
        r.deliveryStatus(), word, r.status() < 0x20 ? null : word, false, System.currentTimeMillis(),
        e164(r.recipient()), null);
    to.report(report).onComplete(ar -> {
      if (index >= 0) {
        answers.add(ar.succeeded() ? index : ~index);
      }
    });
  }

  /** The report's recipient in E.164, or null when it is no usable number. */
  private String e164(String recipient) {
    try {
      return phones.normalise(recipient);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
