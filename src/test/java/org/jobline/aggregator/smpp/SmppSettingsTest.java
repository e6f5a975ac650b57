package org.jobline.aggregator.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.RouteSettings;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.jobline.config.ConfigLoader;
import org.jobline.phone.PhoneNumbers;
import org.junit.jupiter.api.Test;

/** routes.<name>.* for type smpp: defaults, refusals naming the key, and the ServiceLoader registration. */
class SmppSettingsTest {
  static RouteSettings route(String... kv) {
    Map<String, String> m = new HashMap<>(Map.of("type", "smpp", "host", "smsc.example", "systemId", "jobline"));
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return new RouteSettings("togocom", m);
  }

  @Test
  void defaults() {
    SmppSettings s = SmppSettings.from(route(), "JOBS");
    assertThat(s.port()).isEqualTo(2775);
    assertThat(s.pair()).isFalse();
    assertThat(s.window()).isEqualTo(64);
    assertThat(s.segmentsPerSecond()).isEqualTo(100);
    assertThat(s.longMessages()).isEqualTo(SmppSettings.LongMessages.UDH);
    assertThat(s.receiptIds()).isEqualTo(ReceiptIds.SAME);
    assertThat(s.sourceAddress()).isEqualTo("JOBS");
    assertThat(s.sourceTon()).as("alphanumeric sender").isEqualTo(5);
    assertThat(s.sourceNpi()).isZero();
    assertThat(s.enquireLinkMs()).isEqualTo(30_000);
    assertThat(s.registeredDelivery()).isTrue();
  }

  @Test
  void shortCodesAndNumbersGetTheirOwnTon() {
    assertThat(SmppSettings.from(route("sourceAddress", "1234"), "JOBS").sourceTon()).isEqualTo(3);
    SmppSettings intl = SmppSettings.from(route("sourceAddress", "+22890000000"), "JOBS");
    assertThat(intl.sourceTon()).isEqualTo(1);
    assertThat(intl.sourceAddress()).isEqualTo("22890000000");
    assertThat(SmppSettings.from(route("sourceTon", "0", "sourceNpi", "1", "sourceAddress", "1234"), "J").sourceTon())
        .isZero();
  }

  @Test
  void everyKeyIsRead() {
    SmppSettings s = SmppSettings.from(route("port", "2776", "password", "pw", "systemType", "VMA", "bindType", "pair",
        "addressRange", "^228", "enquireLinkSeconds", "15", "responseTimeoutSeconds", "5", "window", "20",
        "segmentsPerSecond", "0", "longMessages", "payload", "receiptIdFormat", "submitHexReceiptDecimal",
        "registeredDelivery", "false", "reconnectMinSeconds", "0.5", "reconnectMaxSeconds", "30", "serviceType", "CMT",
        "destTon", "0", "destNpi", "0"), "JOBS");
    assertThat(s).isEqualTo(new SmppSettings("togocom", "smsc.example", 2776, "jobline", "pw", "VMA", true, "^228",
        "JOBS", 5, 0, 0, 0, "CMT", 15_000, 5_000, 20, 0, SmppSettings.LongMessages.PAYLOAD,
        ReceiptIds.SUBMIT_HEX_RECEIPT_DECIMAL, false, 500, 30_000));
  }

  @Test
  void refusalsNameTheKey() {
    assertThatThrownBy(() -> SmppSettings.from(route("hots", "x"), "J")).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("routes.togocom.hots: unknown key");
    assertThatThrownBy(() -> SmppSettings.from(route("bindType", "receiver"), "J"))
        .hasMessageStartingWith("routes.togocom.bindType: must be one of pair, transceiver");
    assertThatThrownBy(() -> SmppSettings.from(route("window", "0"), "J"))
        .hasMessageStartingWith("routes.togocom.window: must be between 1 and 1000");
    assertThatThrownBy(() -> SmppSettings.from(route("host", ""), "J"))
        .hasMessageStartingWith("routes.togocom.host: must not be empty");
    assertThatThrownBy(() -> SmppSettings.from(route("receiptIdFormat", "hex"), "J"))
        .hasMessageStartingWith("routes.togocom.receiptIdFormat: must be one of");
    assertThatThrownBy(() -> SmppSettings.from(route("sourceAddress", "Jobline Togo Emplois"), "J"))
        .hasMessageStartingWith("routes.togocom.sourceAddress:");
    assertThatThrownBy(() -> SmppSettings.from(route("reconnectMinSeconds", "10", "reconnectMaxSeconds", "5"), "J"))
        .hasMessageStartingWith("routes.togocom.reconnectMaxSeconds:");
  }

  @Test
  void registeredForServiceLoaderAndBuildsAnUnboundRoute() {
    ChannelType type = ServiceLoader.load(ChannelType.class).stream().map(ServiceLoader.Provider::get)
        .filter(t -> t.type().equals("smpp")).findFirst().orElseThrow();
    AppConfig config = new ConfigLoader().load(null, Map.of("JOBLINE_STORE_PATH", "target/unused.db"));
    Vertx vertx = Vertx.vertx();
    try {
      Channel c = type.create(route("port", "1"), new ChannelContext(vertx, config, new PhoneNumbers("TG"), "s",
          () -> "http://localhost"));
      assertThat(c.name()).isEqualTo("togocom");
      assertThat(c.maxRecipients()).isEqualTo(1);
      assertThat(c.status().getString("bind")).isEqualTo("unbound");
      c.close().await();
    } finally {
      vertx.close().await();
    }
  }
}
