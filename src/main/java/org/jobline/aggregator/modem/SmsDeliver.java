package org.jobline.aggregator.modem;

import java.io.ByteArrayOutputStream;

/**
 * An SMS-DELIVER TPDU (3GPP TS 23.040 §9.2.2.1) as {@code AT+CMGR}/{@code AT+CMGL} show it: who
 * sent it, when the centre stamped it, and its user data (one part of a concatenated text, maybe).
 */
public record SmsDeliver(String from, String timestamp, UserData userData) {
  /** Reads a PDU whose first TPDU octet says SMS-DELIVER; see {@link Pdu#read} for {@code tpduLength}. */
  public static SmsDeliver decode(Pdu pdu) {
    int first = pdu.octet();
    if ((first & 0x03) != 0x00) {
      throw new IllegalArgumentException("not an SMS-DELIVER");
    }
    String from = pdu.address();
    pdu.octet(); // TP-PID
    int dcs = pdu.octet();
    String ts = pdu.timestamp();
    return new SmsDeliver(from, ts, UserData.decode(pdu, dcs, (first & 0x40) != 0));
  }

  /** The PDU a SIM would store (with the SMSC part): used by the modem emulator to inject texts. */
  public String encode(String smsc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(180);
    out.write(0x04 | (userData.concat() != null ? 0x40 : 0)); // SMS-DELIVER, no more messages to send
    Pdu.writeAddress(out, from);
    out.write(0x00);
    out.write(userData.dcs());
    writeTimestamp(out, timestamp);
    out.writeBytes(userData.encode());
    return Smsc.prefix(smsc) + Pdu.hex(out.toByteArray());
  }

  /** Writes "yyMMddHHmmss+zz" (quarter hours) as semi-octets. */
  static void writeTimestamp(ByteArrayOutputStream out, String ts) {
    Pdu.writeSemiOctets(out, ts.substring(0, 12));
    int tz = Integer.parseInt(ts.substring(13));
    int tzOctet = (tz / 10) | ((tz % 10) << 4) | (ts.charAt(12) == '-' ? 0x08 : 0);
    out.write(tzOctet);
  }
}
