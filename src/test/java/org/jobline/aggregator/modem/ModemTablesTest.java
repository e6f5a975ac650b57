package org.jobline.aggregator.modem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jobline.aggregator.SendOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The modem route's plain tables: +CMS ERROR kinds, provider ids, and joining parts that come out of order. */
class ModemTablesTest {
  @ParameterizedTest(name = "+CMS ERROR: {0} -> {1}")
  @CsvSource({
      "1, PERMANENT", "21, PERMANENT", "96, PERMANENT", "195, PERMANENT", "304, PERMANENT",
      "41, TRANSIENT", "42, TRANSIENT", "192, TRANSIENT", "500, TRANSIENT", "999, TRANSIENT",
      "38, LINK", "310, LINK", "331, LINK", "332, LINK"})
  void cmsErrorKinds(int code, CmsErrors.Kind kind) {
    assertThat(CmsErrors.kind(code)).isEqualTo(kind);
    SendOutcome o = CmsErrors.outcome(code);
    switch (kind) {
      case PERMANENT -> assertThat(o).isInstanceOf(SendOutcome.Permanent.class);
      case TRANSIENT -> assertThat(o).isEqualTo(new SendOutcome.Transient("+CMS ERROR: " + code, false));
      case LINK -> assertThat(o).isEqualTo(SendOutcome.connectionFailed("+CMS ERROR: " + code));
    }
  }

  @Test
  void aReportFindsTheIdOfItsMessageWhateverTheNumberLooksLike() {
    String id = ProviderIds.sent("modem", 17, "+22890112233");
    assertThat(id).matches("modem-17-[0-9a-f]{8}").doesNotContain("90112233");
    assertThat(ProviderIds.sent("modem", 17, "22890112233")).isEqualTo(id);
    assertThat(ProviderIds.sent("modem", 18, "+22890112233")).isNotEqualTo(id);
    assertThat(ProviderIds.sent("backup", 17, "+22890112233")).isNotEqualTo(id);
  }

  @Test
  void partsOutOfOrderMakeOneTextOnceAllHaveCome() {
    List<UserData> parts = UserData.split("x".repeat(200) + " fin", 9);
    assertThat(parts).hasSize(2);
    Reassembly r = new Reassembly();
    assertThat(r.add(new SmsDeliver("+22890112233", "261202120000+0", parts.get(1)), 4)).isNull();
    assertThat(r.add(new SmsDeliver("+22870000000", "261202120000+0", parts.get(0)), 5))
        .as("the same reference from another sender is another text").isNull();
    Reassembly.Whole whole = r.add(new SmsDeliver("+22890112233", "261202120000+0", parts.get(0)), 2);
    assertThat(whole.text()).isEqualTo("x".repeat(200) + " fin");
    assertThat(whole.indexes()).containsExactly(2, 4);
  }
}
