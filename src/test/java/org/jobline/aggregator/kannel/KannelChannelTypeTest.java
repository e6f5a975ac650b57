package org.jobline.aggregator.kannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.config.ConfigException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kannel route type: registered once, and its keys checked with errors naming routes.kannel.<key>. */
class KannelChannelTypeTest {
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() {
    vertx.close();
  }

  private static Channel create(Map<String, String> env, String... keyValues) {
    Map<String, String> keys = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      keys.put(keyValues[i], keyValues[i + 1]);
    }
    ChannelContext ctx = KannelTestKit.context(vertx, "http://127.0.0.1:8080", env);
    return KannelTestKit.channel(ctx, keys);
  }

  @Test
  void isRegisteredForServiceLoaderAsKannel() {
    assertThat(ServiceLoader.load(ChannelType.class).stream().map(p -> p.get().type()))
        .containsOnlyOnce("kannel");
  }

  @Test
  void defaultsAndBulkCount() {
    Channel c = create(Map.of(), "username", "jobline", "password", "pw");
    assertThat(c.name()).isEqualTo("kannel");
    assertThat(c.maxRecipients()).isEqualTo(50);
    assertThat(c.status().getString("sendsms")).isEqualTo("http://127.0.0.1:13013/cgi-bin/sendsms");
    assertThat(create(Map.of(), "username", "u", "password", "p", "recipientsPerRequest", "200").maxRecipients())
        .isEqualTo(200);
    c.close();
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "colour|blue|routes.kannel.colour: unknown key",
      "username||routes.kannel.username: must not be empty",
      "password||routes.kannel.password: must not be empty",
      "dlrMask|32|routes.kannel.dlrMask: must be between 0 and 31",
      "recipientsPerRequest|0|routes.kannel.recipientsPerRequest: must be between 1 and 500",
      "sendsmsUrl|localhost:13013|routes.kannel.sendsmsUrl: must be an http(s) URL",
      "callbackUrl|jobline.tg|routes.kannel.callbackUrl: must be an http(s) URL",
      "simulator|yes|routes.kannel.simulator: wrong type"})
  void refusesAWrongKeyNamingIt(String key, String value, String message) {
    Map<String, String> keys = new HashMap<>(Map.of("username", "jobline", "password", "pw"));
    keys.put(key, value == null ? "" : value);
    ChannelContext ctx = KannelTestKit.context(vertx, "http://127.0.0.1:8080", Map.of());
    assertThatThrownBy(() -> KannelTestKit.channel(ctx, keys)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void theSimulatorNeedsNoCredentialsButIsRefusedInProduction() {
    Channel dev = create(Map.of(), "simulator", "true");
    assertThat(dev.status().getString("sendsms")).isEqualTo("simulator");
    dev.close();
    Map<String, String> production = Map.of("JOBLINE_MODE", "production", "JOBLINE_AGGREGATOR_TYPE", "africastalking",
        "JOBLINE_AGGREGATOR_AFRICASTALKING_API_KEY", "live-key", "JOBLINE_AGGREGATOR_AFRICASTALKING_USERNAME", "agency",
        "JOBLINE_AGGREGATOR_CALLBACK_SECRET", "a-production-secret-0123456789");
    assertThatThrownBy(() -> create(production, "simulator", "true")).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("routes.kannel.simulator: the built-in simulator does not run in production");
  }
}
