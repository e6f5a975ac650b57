package org.jobline.aggregator.modem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jobline.aggregator.DeliveryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PDU codec against published examples, then round trips through what the emulator reads back. */
class PduTest {

  /** Packing examples. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // dreamfabric.com/sms/hello.html, "Converting 'hellohello' to 7-bit"
      "hellohello|E8329BFD4697D9EC37",
      // developershome.com SMS tutorial, "7-bit default alphabet packing": "How are you?"
      "How are you?|C8F71D14969741F977FD07",
  })
  void packsSeptetsAsPublished(String text, String hex) {
    assertThat(Pdu.hex(Septets.pack(GsmCharset.encode(text), 0))).isEqualTo(hex);
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);
    assertThat(GsmCharset.decode(Septets.unpack(bytes, 0, text.length(), 0))).isEqualTo(text);
  }

  @Test
  void encodesTheDreamfabricSubmit() {
    // dreamfabric.com/sms/submit_fo.html and its example "AT+CMGS=23 / 0011000B916407281553F80000AA0AE8329BFD4697D9EC37":
    // to +46708251358, validity AA (4 days), GSM-7 "hellohello", no status report.
    SmsSubmit s = new SmsSubmit("+46708251358", new UserData(false, "hellohello", null), false, 0xAA);
    SmsSubmit.Encoded e = s.encode();
    assertThat(e.hex()).isEqualTo("0011000B916407281553F80000AA0AE8329BFD4697D9EC37");
    assertThat(e.tpduLength()).isEqualTo(23);
    assertThat(SmsSubmit.decode(e.hex(), 23)).isEqualTo(s);
  }

  @Test
  void decodesTheDreamfabricDeliver() {
    // dreamfabric.com/sms/deliver_fo.html example: SMSC +27381000015, sender 27838890001 (type C8),
    // time stamp 99-03-29 15:16:59 GMT+2 (08 quarter hours), "hellohello".
    SmsDeliver d = SmsDeliver.decode(Pdu.read("07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37", -1));
    assertThat(d.from()).isEqualTo("27838890001");
    assertThat(d.timestamp()).isEqualTo("990329151659+8");
    assertThat(d.userData()).isEqualTo(new UserData(false, "hellohello", null));
  }

  @Test
  void gsmSubmitAsksForAReportAndKeepsExtensionCharacters() {
    List<SmsSubmit> parts = SmsSubmit.of("+22890112233", "Offre [12] à Lomé: 5000 €", 7, true);
    assertThat(parts).hasSize(1);
    SmsSubmit.Encoded e = parts.get(0).encode();
    assertThat(e.hex()).startsWith("0031000B912298102132F30000A7"); // SRR|VPF|SUBMIT, +22890112233
    SmsSubmit back = SmsSubmit.decode(e.hex(), e.tpduLength());
    assertThat(back.userData().text()).isEqualTo("Offre [12] à Lomé: 5000 €");
    assertThat(back.statusReport()).isTrue();
  }

  @Test
  void ucs2WhenTheTextNeedsIt() {
    SmsSubmit s = SmsSubmit.of("+22890112233", "Reçu: cœur «ok»", 1, true).get(0);
    assertThat(s.userData().dcs()).isEqualTo(0x08);
    SmsSubmit.Encoded e = s.encode();
    // 3GPP TS 23.038 §6.2.3: UCS-2 is UTF-16 big-endian; UDL counts octets (15 chars = 30)
    assertThat(e.hex()).contains("0008A71E0052006500E70075");
    assertThat(SmsSubmit.decode(e.hex(), e.tpduLength()).userData().text()).isEqualTo("Reçu: cœur «ok»");
  }

  @Test
  void twoPartsCarryAConcatenationHeaderAndOnlyTheLastAsksForAReport() {
    String text = "A".repeat(150) + " la suite du message";
    List<SmsSubmit> parts = SmsSubmit.of("+22890112233", text, 0xCC, true);
    assertThat(parts).hasSize(2);
    SmsSubmit.Encoded first = parts.get(0).encode();
    // 3GPP TS 23.040 §9.2.3.24.1: UDH 05 00 03 <ref> <total> <seq>; UDL 160 septets = 7 (header + fill) + 153
    assertThat(first.hex()).startsWith("0051000B912298102132F30000A7A0050003CC0201");
    assertThat(parts.get(0).statusReport()).isFalse();
    assertThat(parts.get(1).statusReport()).isTrue();
    StringBuilder joined = new StringBuilder();
    for (SmsSubmit p : parts) {
      SmsSubmit.Encoded e = p.encode();
      SmsSubmit back = SmsSubmit.decode(e.hex(), e.tpduLength());
      assertThat(back.userData().concat().reference()).isEqualTo(0xCC);
      joined.append(back.userData().text());
    }
    assertThat(joined.toString()).isEqualTo(text);
  }

  @Test
  void deliverAndStatusReportRoundTrip() {
    SmsDeliver d = new SmsDeliver("+22890112233", "261202043000+0", new UserData(true, "Ça va?", null));
    String hex = d.encode("+22890000000");
    assertThat(SmsDeliver.decode(Pdu.read(hex, -1))).isEqualTo(d);
    StatusReport r = new StatusReport(42, "+22890112233", 0x00);
    String rhex = r.encode("+22890000000", "261202043000+0");
    assertThat(StatusReport.decode(Pdu.read(rhex, StatusReport.tpduLength(rhex)))).isEqualTo(r);
    assertThat(r.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(new StatusReport(1, "+1", 0x30).deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(new StatusReport(1, "+1", 0x41).deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(new StatusReport(1, "+1", 0x62).deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
  }

  @Test
  void alphanumericSenderIsRead() {
    // an operator's alphanumeric sender "Togocom" (TON 101, 3GPP TS 23.040 §9.1.2.5) packed in GSM-7
    byte[] packed = Septets.pack(GsmCharset.encode("Togocom"), 0);
    String hex = "00" + "04" + "0D" /* 13 useful semi-octets: 7 chars x 7 bits */ + "D0" + Pdu.hex(packed)
        + "0000" + "62211240300000" + "02" + "C834";
    assertThat(SmsDeliver.decode(Pdu.read(hex, -1)).from()).isEqualTo("Togocom");
  }

  @Test
  void malformedPdusAreRefused() {
    assertThatThrownBy(() -> SmsDeliver.decode(Pdu.read("zz", -1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SmsDeliver.decode(Pdu.read("0004", -1))).isInstanceOf(IllegalArgumentException.class);
  }
}
