package org.jobline.aggregator.modem;

import java.io.ByteArrayOutputStream;
import org.jobline.aggregator.DeliveryStatus;

/**
 * An SMS-STATUS-REPORT TPDU (3GPP TS 23.040 §9.2.2.3), announced by {@code +CDS}: the reference
 * {@code +CMGS} gave, the recipient, and TP-ST, whose ranges (§9.2.3.15) map onto our statuses.
 */
public record StatusReport(int reference, String recipient, int status) {
  public static StatusReport decode(Pdu pdu) {
    int first = pdu.octet();
    if ((first & 0x03) != 0x02) {
      throw new IllegalArgumentException("not an SMS-STATUS-REPORT");
    }
    int mr = pdu.octet();
    String recipient = pdu.address();
    pdu.timestamp(); // TP-SCTS
    pdu.timestamp(); // TP-DT
    return new StatusReport(mr, recipient, pdu.octet());
  }

  /**
   * 0x00-0x1F transaction completed (delivered, forwarded, replaced); 0x20-0x3F temporary error, the
   * centre still tries; 0x40-0x7F permanent error, or temporary error the centre gave up on.
   */
  public DeliveryStatus deliveryStatus() {
    if (status < 0x20) {
      return DeliveryStatus.DELIVERED;
    }
    return status < 0x40 ? DeliveryStatus.SENT : DeliveryStatus.FAILED;
  }

  /** The PDU a modem shows after {@code +CDS} (with an SMSC part): for the emulator. */
  public String encode(String smsc, String timestamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(40);
    out.write(0x06); // SMS-STATUS-REPORT, no more messages
    out.write(reference);
    Pdu.writeAddress(out, recipient);
    SmsDeliver.writeTimestamp(out, timestamp);
    SmsDeliver.writeTimestamp(out, timestamp);
    out.write(status);
    return Smsc.prefix(smsc) + Pdu.hex(out.toByteArray());
  }

  /** Octets after the SMSC part, as {@code +CDS: <length>} announces. */
  public static int tpduLength(String hexWithSmsc) {
    int smscOctets = Integer.parseInt(hexWithSmsc.substring(0, 2), 16) + 1;
    return hexWithSmsc.length() / 2 - smscOctets;
  }
}
