package org.jobline.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.jobline.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** The alerts section: defaults, environment overrides, and a bad value named by its key. */
class AlertsConfigTest {
  @Test
  void defaultsAndOverrides() {
    AppConfig defaults = new ConfigLoader().load(null, Map.of());
    assertThat(defaults.alerts().dailyCap()).isEqualTo(3);
    assertThat(defaults.alerts().fanoutBatch()).isEqualTo(5000);
    assertThat(defaults.alerts().closingCheckMinutes()).isEqualTo(10);
    AppConfig custom = new ConfigLoader().load(null, Map.of("JOBLINE_ALERTS_FANOUT_BATCH", "250",
        "JOBLINE_ALERTS_CLOSING_CHECK_MINUTES", "1"));
    assertThat(custom.alerts().fanoutBatch()).isEqualTo(250);
    assertThat(custom.alerts().closingCheckMinutes()).isEqualTo(1);
  }

  @Test
  void badValuesNameTheirKey() {
    assertThatThrownBy(() -> new ConfigLoader().load(null, Map.of("JOBLINE_ALERTS_FANOUT_BATCH", "0")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("alerts.fanoutBatch");
    assertThatThrownBy(() -> new ConfigLoader().load(null, Map.of("JOBLINE_ALERTS_CLOSING_CHECK_MINUTES", "0")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("alerts.closingCheckMinutes");
  }
}
