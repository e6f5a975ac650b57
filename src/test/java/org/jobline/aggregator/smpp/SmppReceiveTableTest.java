package org.jobline.aggregator.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound.DeliveryReport;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The receive tables: delivery receipts (stats, id formats, TLVs) and incoming SMS decoding and reassembly. */
class SmppReceiveTableTest {
  private static final String DATES = " sub:001 dlvrd:001 submit date:2612020400 done date:2612020401 ";

  static DeliverSm deliver(int esm, int dc, byte[] sm, OptionalParameter... tlvs) {
    DeliverSm d = new DeliverSm();
    d.setEsmClass((byte) esm);
    d.setDataCoding((byte) dc);
    d.setShortMessage(sm);
    d.setSourceAddr("22890123456");
    d.setDestAddress("JOBS");
    d.setOptionalParameters(tlvs);
    return d;
  }

  static DeliverSm receipt(String text, OptionalParameter... tlvs) {
    return deliver(0x04, 0, text.getBytes(StandardCharsets.ISO_8859_1), tlvs);
  }

  static Stream<Arguments> receipts() {
    return Stream.of(
        Arguments.of("DELIVRD", ReceiptIds.SAME, receipt("id:0A1B2C" + DATES + "stat:DELIVRD err:000 text:Offre"),
            "0A1B2C", DeliveryStatus.DELIVERED, null),
        Arguments.of("ACCEPTD is not final", ReceiptIds.SAME, receipt("id:77" + DATES + "stat:ACCEPTD err:000 text:"),
            "77", DeliveryStatus.SENT, null),
        Arguments.of("EXPIRED", ReceiptIds.SAME, receipt("id:77" + DATES + "stat:EXPIRED err:027 text:"), "77",
            DeliveryStatus.FAILED, "EXPIRED err:027"),
        Arguments.of("DELETED", ReceiptIds.SAME, receipt("id:77" + DATES + "stat:DELETED err:000"), "77",
            DeliveryStatus.FAILED, "DELETED err:000"),
        Arguments.of("UNDELIV", ReceiptIds.SAME, receipt("id:77" + DATES + "stat:UNDELIV err:001"), "77",
            DeliveryStatus.FAILED, "UNDELIV err:001"),
        Arguments.of("UNKNOWN", ReceiptIds.SAME, receipt("id:77" + DATES + "stat:UNKNOWN err:000"), "77",
            DeliveryStatus.FAILED, "UNKNOWN err:000"),
        Arguments.of("REJECTD", ReceiptIds.SAME, receipt("id:77" + DATES + "stat:REJECTD err:002"), "77",
            DeliveryStatus.FAILED, "REJECTD err:002"),
        Arguments.of("lower case words", ReceiptIds.SAME, receipt("id:abc sub:001 stat:delivrd err:000"), "abc",
            DeliveryStatus.DELIVERED, null),
        Arguments.of("submit hex, receipt decimal", ReceiptIds.SUBMIT_HEX_RECEIPT_DECIMAL,
            receipt("id:704643317" + DATES + "stat:DELIVRD err:000"), "2a0000f5", DeliveryStatus.DELIVERED, null),
        Arguments.of("submit decimal, receipt hex", ReceiptIds.SUBMIT_DECIMAL_RECEIPT_HEX,
            receipt("id:2A0000F5" + DATES + "stat:DELIVRD err:000"), "704643317", DeliveryStatus.DELIVERED, null),
        Arguments.of("receipted_message_id TLV wins over the text", ReceiptIds.SUBMIT_HEX_RECEIPT_DECIMAL,
            receipt("id:704643317" + DATES + "stat:DELIVRD err:000",
                new OptionalParameter.COctetString(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID.code(), "2A0000F5")),
            "2a0000f5", DeliveryStatus.DELIVERED, null),
        Arguments.of("TLVs only (esm_class 0)", ReceiptIds.SAME,
            deliver(0, 0, new byte[0],
                new OptionalParameter.COctetString(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID.code(), "X9"),
                new OptionalParameter.Byte(OptionalParameter.Tag.MESSAGE_STATE.code(), (byte) 5)),
            "X9", DeliveryStatus.FAILED, "UNDELIV"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receipts")
  void receipt(String label, ReceiptIds ids, DeliverSm d, String providerId, DeliveryStatus status, String reason) {
    assertThat(Receipts.isReceipt(d)).isTrue();
    DeliveryReport r = new Receipts("smsc", ids).parse(d, 42L);
    assertThat(r).isEqualTo(new DeliveryReport("smsc", providerId, status, r.providerStatus(), reason, false, 42L));
  }

  @Test
  void submitIdsAreNormalisedTheWayReceiptsAre() {
    assertThat(ReceiptIds.SUBMIT_HEX_RECEIPT_DECIMAL.fromSubmit("002A0000F5")).isEqualTo("2a0000f5");
    assertThat(ReceiptIds.SUBMIT_DECIMAL_RECEIPT_HEX.fromSubmit("0704643317")).isEqualTo("704643317");
    assertThat(ReceiptIds.SAME.fromSubmit("0A1B")).isEqualTo("0A1B");
    assertThat(ReceiptIds.SUBMIT_HEX_RECEIPT_DECIMAL.fromReceipt("not-a-number")).isEqualTo("not-a-number");
  }

  @Test
  void aReceiptWithoutIdOrStatIsNotAReport() {
    assertThat(new Receipts("smsc", ReceiptIds.SAME).parse(receipt("stat:DELIVRD"), 1)).isNull();
    assertThat(new Receipts("smsc", ReceiptIds.SAME).parse(receipt("id:12 stat:WHATEVER"), 1)).isNull();
    assertThat(Receipts.isReceipt(deliver(0, 0, "id:12 stat:DELIVRD".getBytes()))).as("plain SMS").isFalse();
  }

  static byte[] udh8(int ref, int total, int seq, byte[] body) {
    return concat(new byte[] {5, 0, 3, (byte) ref, (byte) total, (byte) seq}, body);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static Stream<Arguments> mo() {
    byte[] gsm = {0x4F, 0x55, 0x49, 0x20, 0x05, 0x1B, 0x65, 0x20, 0x1B, 0x3C, 0x7F, 0x1B, 0x3E}; // OUI é€ [à]
    return Stream.of(
        Arguments.of("GSM-7 with extension chars", deliver(0, 0, gsm), "OUI é€ [à]"),
        Arguments.of("Latin-1 (data_coding 3)", deliver(0, 3, "Reçu, merci".getBytes(StandardCharsets.ISO_8859_1)),
            "Reçu, merci"),
        Arguments.of("ASCII (data_coding 1)", deliver(0, 1, "STOP".getBytes(StandardCharsets.US_ASCII)), "STOP"),
        Arguments.of("UCS-2 (data_coding 8)", deliver(0, 8, "Reçu ✓ ça".getBytes(StandardCharsets.UTF_16BE)),
            "Reçu ✓ ça"),
        Arguments.of("UCS-2 in a GSM coding group (0x18)", deliver(0, 0x18, "ô".getBytes(StandardCharsets.UTF_16BE)),
            "ô"),
        Arguments.of("message_payload", deliver(0, 0, new byte[0], new OptionalParameter.OctetString(
            OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), "AIDE".getBytes(StandardCharsets.US_ASCII))), "AIDE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mo")
  void decodes(String label, DeliverSm d, String text) {
    assertThat(Receipts.isReceipt(d)).isFalse();
    assertThat(new MoAssembler().accept(d)).isEqualTo(text);
  }

  @Test
  void reassemblesUdhPartsInAnyOrder() {
    MoAssembler mo = new MoAssembler();
    assertThat(mo.accept(deliver(0x40, 0, udh8(7, 3, 3, GsmCharset.encode("!"))))).isNull();
    assertThat(mo.accept(deliver(0x40, 0, udh8(7, 3, 1, GsmCharset.encode("Bon"))))).isNull();
    assertThat(mo.accept(deliver(0x40, 0, udh8(9, 2, 1, GsmCharset.encode("autre"))))).as("another message").isNull();
    assertThat(mo.accept(deliver(0x40, 0, udh8(7, 3, 2, GsmCharset.encode("jour"))))).isEqualTo("Bonjour!");
  }

  @Test
  void reassemblesSixteenBitReferencesAndSar() {
    MoAssembler mo = new MoAssembler();
    byte[] h1 = {6, 8, 4, 0x12, 0x34, 2, 1};
    byte[] h2 = {6, 8, 4, 0x12, 0x34, 2, 2};
    assertThat(mo.accept(deliver(0x40, 8, concat(h1, "Ça ".getBytes(StandardCharsets.UTF_16BE))))).isNull();
    assertThat(mo.accept(deliver(0x40, 8, concat(h2, "va".getBytes(StandardCharsets.UTF_16BE))))).isEqualTo("Ça va");

    assertThat(mo.accept(deliver(0, 0, GsmCharset.encode("OUI "), sar(300, 2, 1)))).isNull();
    assertThat(mo.accept(deliver(0, 0, GsmCharset.encode("1"), sar(300, 2, 2)))).isEqualTo("OUI 1");
  }

  private static OptionalParameter[] sar(int ref, int total, int seq) {
    return new OptionalParameter[] {new OptionalParameter.Sar_msg_ref_num((short) ref),
        new OptionalParameter.Sar_total_segments((byte) total), new OptionalParameter.Sar_segment_seqnum((byte) seq)};
  }
}
