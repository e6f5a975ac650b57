package org.jobline.outbox.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.Routes;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.jobline.config.ConfigLoader;
import org.jobline.phone.PhoneNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** routing.* from the file (YAML lists) and the environment (text lists); every mistake names its key. */
class RoutingConfigTest {
  private static final String TWO_ROUTES = """
      routes:
        at:
          type: fake
          costPerSegment: 15
        modem:
          type: fake
          callbackPath: /aggregator/modem
          alerts: false
          costPerSegment: 30
          prefixes: ["+22890", "+228 91"]
      """;
  private static Vertx vertx;
  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() {
    vertx.close();
  }

  private RoutingPolicy policy(String yaml, Map<String, String> env) throws Exception {
    Path file = tmp.resolve("jobline.yaml");
    Files.writeString(file, yaml);
    Map<String, String> all = new HashMap<>(env);
    all.put("JOBLINE_STORE_PATH", tmp.resolve("j.db").toString());
    AppConfig c = new ConfigLoader().load(file, all);
    Routes routes = Routes.build(new ChannelContext(vertx, c, new PhoneNumbers("TG"), "secret-123", () -> "http://127.0.0.1:1"));
    return RoutingPolicy.build(c, routes);
  }

  @Test
  void listsPerKindFromYamlAndEnvironmentWithEachRoutesCostAndPrefixes() throws Exception {
    RoutingPolicy p = policy(TWO_ROUTES + """
        routing:
          default: at
          reply: [at, modem]
        """, Map.of("JOBLINE_ROUTING_CONFIRMATION", "at , modem"));
    assertThat(p.routesFor("reply")).containsExactly("at", "modem");
    assertThat(p.routesFor("confirmation")).containsExactly("at", "modem");
    assertThat(p.routesFor("alert")).containsExactly("at");
    assertThat(p.costPerSegment("modem")).isEqualTo(30.0);
    assertThat(p.choose("reply", "+22891000000", name -> !name.equals("at")).route()).isEqualTo("modem");
    assertThat(p.choose("reply", "+22899000000", name -> !name.equals("at")).waiting()).isTrue();
  }

  @Test
  void routingDefaultAloneSendsEveryKindThroughOneRouteAtTheDefaultCost() throws Exception {
    RoutingPolicy p = policy("routes:\n  at:\n    type: fake\n", Map.of("JOBLINE_ROUTING_DEFAULT", "at"));
    for (String kind : RoutingPolicy.KINDS) {
      assertThat(p.routesFor(kind)).containsExactly("at");
    }
    assertThat(p.costPerSegment("at")).isEqualTo(15.0);
    assertThat(p.claimsFor("at", name -> true).all()).isTrue();
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      JOBLINE_ROUTING_ALERT           | at, sms       | routing.alert
      JOBLINE_ROUTING_REPLY           | at, at        | routing.reply
      JOBLINE_ROUTING_REPLY           | nowhere       | routing.reply
      JOBLINE_ROUTING_ALERT           | at, modem     | routing.alert
      JOBLINE_ROUTES_MODEM_PREFIXES   | 22890         | routes.modem.prefixes
      JOBLINE_ROUTES_AT_COST_PER_SEGMENT | cheap      | routes.at.costPerSegment
      JOBLINE_ROUTES_AT_COST_PER_SEGMENT | -1         | routes.at.costPerSegment
      """)
  void aWrongValueNamesItsKey(String variable, String value, String key) {
    assertThatThrownBy(() -> policy(TWO_ROUTES + "routing:\n  default: at\n", Map.of(variable, value)))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith(key + ":");
  }

  @Test
  void aRouteThatRefusesAlertsCannotBeTheDefaultForAlerts() {
    assertThatThrownBy(() -> policy(TWO_ROUTES + "routing:\n  default: modem\n", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("routing.default:").hasMessageContaining("alerts");
  }
}
