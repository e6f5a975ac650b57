package org.jobline.aggregator.modem;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMS-SUBMIT TPDU (3GPP TS 23.040 §9.2.2.2) for {@code AT+CMGS} in PDU mode: "00" (the SIM's
 * SMSC) then first octet, TP-MR 00 (the modem numbers it), destination, PID 00, DCS, a relative
 * validity of one day, and the user data. Also read back by the modem emulator to check what it got.
 */
public record SmsSubmit(String to, UserData userData, boolean statusReport, int validity) {
  /** TP-VP relative: 0xA7 = 24 hours. */
  static final int ONE_DAY = 0xA7;

  /** One PDU as {@code AT+CMGS} takes it: the hex (with the "00" SMSC prefix) and the TPDU length. */
  public record Encoded(String hex, int tpduLength) {}

  /**
   * The parts of {@code text} to {@code to}; only the last asks for a status report, so the report that
   * settles a message is the one of its last part (whose reference becomes the provider id).
   */
  public static List<SmsSubmit> of(String to, String text, int reference, boolean statusReport) {
    List<UserData> parts = UserData.split(text, reference);
    List<SmsSubmit> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      out.add(new SmsSubmit(to, parts.get(i), statusReport && i == parts.size() - 1, ONE_DAY));
    }
    return out;
  }

  public Encoded encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(180);
    int first = 0x01 | 0x10; // SMS-SUBMIT, TP-VPF relative
    first |= statusReport ? 0x20 : 0;
    first |= userData.concat() != null ? 0x40 : 0;
    out.write(first);
    out.write(0x00);
    Pdu.writeAddress(out, to);
    out.write(0x00);
    out.write(userData.dcs());
    out.write(validity);
    out.writeBytes(userData.encode());
    byte[] tpdu = out.toByteArray();
    return new Encoded("00" + Pdu.hex(tpdu), tpdu.length);
  }

  /** Reads an SMS-SUBMIT PDU; {@code tpduLength} as announced by {@code AT+CMGS=<n>} (or -1). */
  public static SmsSubmit decode(String hex, int tpduLength) {
    Pdu pdu = Pdu.read(hex, tpduLength);
    int first = pdu.octet();
    if ((first & 0x03) != 0x01) {
      throw new IllegalArgumentException("not an SMS-SUBMIT (first octet " + Integer.toHexString(first) + ")");
    }
    pdu.octet(); // TP-MR
    String to = pdu.address();
    pdu.octet(); // TP-PID
    int dcs = pdu.octet();
    int vpf = (first >> 3) & 0x03;
    int validity = -1;
    if (vpf == 2) {
      validity = pdu.octet();
    } else if (vpf != 0) {
      pdu.octets(7);
    }
    UserData ud = UserData.decode(pdu, dcs, (first & 0x40) != 0);
    return new SmsSubmit(to, ud, (first & 0x20) != 0, validity);
  }
}
