package org.jobline.aggregator.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jobline.aggregator.SendOutcome;
import org.jobline.aggregator.smpp.SmppSettings.LongMessages;
import org.jobline.gsm.Gsm7;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The submit table: text and long-message mode -> data_coding, parts, esm_class, UDH/SAR/payload; statuses -> outcomes. */
class SmppSubmitTableTest {
  private static final String LONG_GSM = "Offre d'emploi: maçon à Lomé ".replace("ç", "c").repeat(8); // 232 septets
  private static final String LONG_UCS2 = "Offre: maçon à Kara, salaire à négocier. ".repeat(4); // 164 chars, ç -> UCS-2
  private static final String EXT_EDGE = "a".repeat(152) + "€" + "b".repeat(10); // € (2 septets) may not straddle parts

  record Row(String label, String text, LongMessages mode, int dataCoding, int parts, int esmClass, boolean sar,
             boolean payload) {}

  static Stream<Row> submits() {
    return Stream.of(
        new Row("short GSM-7", "Offre: macon a Lome. Repondez OUI", LongMessages.UDH, 0, 1, 0, false, false),
        new Row("GSM-7 French letters é à è ù", "Électricien à Sokodé, payé à l'heure", LongMessages.UDH, 0, 1, 0,
            false, false),
        new Row("160 septets is one part", "x".repeat(160), LongMessages.UDH, 0, 1, 0, false, false),
        new Row("161 septets is two parts", "x".repeat(161), LongMessages.UDH, 0, 2, 0x40, false, false),
        new Row("ç makes UCS-2", "Maçon demandé", LongMessages.UDH, 8, 1, 0, false, false),
        new Row("long GSM-7 with UDH", LONG_GSM, LongMessages.UDH, 0, 2, 0x40, false, false),
        new Row("long UCS-2 with UDH", LONG_UCS2, LongMessages.UDH, 8, 3, 0x40, false, false),
        new Row("extension char at a boundary", EXT_EDGE, LongMessages.UDH, 0, 2, 0x40, false, false),
        new Row("long GSM-7 with SAR", LONG_GSM, LongMessages.SAR, 0, 2, 0, true, false),
        new Row("long UCS-2 in message_payload", LONG_UCS2, LongMessages.PAYLOAD, 8, 1, 0, false, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("submits")
  void submit(Row row) {
    List<SubmitPart> parts = new Segmenter(row.mode()).parts(row.text());

    assertThat(parts).hasSize(row.parts());
    StringBuilder text = new StringBuilder();
    int ref = -1;
    for (int i = 0; i < parts.size(); i++) {
      SubmitPart p = parts.get(i);
      assertThat(p.dataCoding()).as("data_coding").isEqualTo((byte) row.dataCoding());
      assertThat(p.esmClass() & 0xFF).as("esm_class").isEqualTo(row.esmClass());
      byte[] sm = p.shortMessage();
      int from = 0;
      if (row.esmClass() == 0x40) {
        assertThat(new byte[] {sm[0], sm[1], sm[2]}).as("UDH header").containsExactly(5, 0, 3);
        ref = ref < 0 ? sm[3] & 0xFF : ref;
        assertThat(sm[3] & 0xFF).as("same reference on every part").isEqualTo(ref);
        assertThat(sm[4]).as("total").isEqualTo((byte) parts.size());
        assertThat(sm[5]).as("part number").isEqualTo((byte) (i + 1));
        from = 6;
      }
      if (row.sar()) {
        assertThat(((OptionalParameter.Byte) tlv(p, OptionalParameter.Tag.SAR_TOTAL_SEGMENTS)).getValue())
            .isEqualTo((byte) parts.size());
        assertThat(((OptionalParameter.Byte) tlv(p, OptionalParameter.Tag.SAR_SEGMENT_SEQNUM)).getValue())
            .isEqualTo((byte) (i + 1));
        assertThat(tlv(p, OptionalParameter.Tag.SAR_MSG_REF_NUM)).isNotNull();
      }
      if (row.payload()) {
        assertThat(sm).isEmpty();
        sm = ((OptionalParameter.OctetString) tlv(p, OptionalParameter.Tag.MESSAGE_PAYLOAD)).getValue();
        assertThat(p.segments()).as("a payload costs its segments").isEqualTo(Gsm7.cost(row.text()).segments());
      }
      int units = row.dataCoding() == 0 ? sm.length - from : (sm.length - from) / 2;
      assertThat(row.payload() ? 0 : units).as("part size").isLessThanOrEqualTo(row.parts() == 1 ? 160 : row.dataCoding() == 0 ? 153 : 67);
      text.append(SmppText.decode(p.dataCoding(), sm, from));
    }
    assertThat(text.toString()).as("the parts read back as the text").isEqualTo(row.text());
  }

  private static OptionalParameter tlv(SubmitPart p, OptionalParameter.Tag tag) {
    for (OptionalParameter o : p.tlvs()) {
      if (o.tag == tag.code()) {
        return o;
      }
    }
    return null;
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of("ESME_RTHROTTLED", 0x58, new SendOutcome.Transient("SMSC answered ESME_RTHROTTLED", false)),
        Arguments.of("ESME_RMSGQFUL", 0x14, new SendOutcome.Transient("SMSC answered ESME_RMSGQFUL", false)),
        Arguments.of("ESME_RSYSERR", 0x08, new SendOutcome.Transient("SMSC answered ESME_RSYSERR", false)),
        Arguments.of("ESME_RINVBNDSTS", 0x04, SendOutcome.connectionFailed("SMSC answered ESME_RINVBNDSTS")),
        Arguments.of("ESME_RINVDSTADR", 0x0B, new SendOutcome.Permanent("SMSC refused: ESME_RINVDSTADR", false)),
        Arguments.of("ESME_RINVSRCADR", 0x0A, new SendOutcome.Permanent("SMSC refused: ESME_RINVSRCADR", false)),
        Arguments.of("an unknown status", 0x401, new SendOutcome.Permanent("SMSC refused: 0x00000401", false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void status(String label, int status, SendOutcome expected) {
    assertThat(SmppStatus.outcome(status)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void onlyThrottledAndQueueFullSlowTheRouteDown(String label, int status, SendOutcome expected) {
    boolean slow = status == 0x58 || status == 0x14;
    assertThat(SmppStatus.meaning(status).kind() == SmppStatus.Kind.SLOW_DOWN).isEqualTo(slow);
  }
}
