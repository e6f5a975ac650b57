package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.Routes;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.jobline.phone.PhoneNumbers;
import org.jobline.simulator.modem.SimulatedModemRoute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code simulator.modem.link: true} adds to the routes (nothing is started here): one route
 * "modem" of type simulator-modem that never becomes the implicit default, a clear error when a
 * route of that name exists already, and the simulator mounted for it.
 */
class SimulatedModemRoutesTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    SimTestSupport.await(vertx.close());
  }

  private Routes routes(Map<String, String> env) {
    AppConfig c = SimTestSupport.config(env);
    return Routes.build(new ChannelContext(vertx, c, new PhoneNumbers("TG"), SimTestSupport.SECRET, () -> "http://127.0.0.1:1"));
  }

  @Test
  void theLinkAddsTheModemRouteNextToTheOnlyConfiguredOneWhichStillSends() {
    Routes legacy = routes(Map.of("JOBLINE_SIMULATOR_MODEM_LINK", "true"));
    assertThat(legacy.all()).extracting(Channel::name).containsExactly("africastalking", "modem");
    assertThat(legacy.sending().name()).as("the implicit default is the configured route").isEqualTo("africastalking");
    Channel modem = legacy.all().get(1);
    assertThat(modem).isInstanceOf(SimulatedModemRoute.class);
    assertThat(legacy.typeOf(modem)).isEqualTo("simulator-modem");
    assertThat(modem.acceptsAlerts()).as("like a real modem, no bulk alerts").isFalse();

    Routes named = routes(Map.of("JOBLINE_SIMULATOR_MODEM_LINK", "true", "JOBLINE_ROUTES_AT_TYPE", "simulator"));
    assertThat(named.all()).extracting(Channel::name).containsExactly("at", "modem");
    assertThat(named.sending().name()).isEqualTo("at");

    Routes modemFirst = routes(Map.of("JOBLINE_SIMULATOR_MODEM_LINK", "true", "JOBLINE_ROUTES_AT_TYPE", "simulator",
        "JOBLINE_ROUTING_DEFAULT", "modem"));
    assertThat(modemFirst.sending().name()).isEqualTo("modem");

    assertThat(routes(Map.of()).all()).extracting(Channel::name).containsExactly("africastalking");
  }

  @Test
  void aConfiguredRouteNamedModemIsAClearError() {
    Map<String, String> env = new HashMap<>(Map.of("JOBLINE_SIMULATOR_MODEM_LINK", "true", "JOBLINE_ROUTES_AT_TYPE",
        "simulator", "JOBLINE_ROUTES_MODEM_TYPE", "modem", "JOBLINE_ROUTES_MODEM_DEVICE", "/dev/ttyUSB0",
        "JOBLINE_ROUTING_DEFAULT", "at"));
    assertThatThrownBy(() -> routes(env)).isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("simulator.modem.link"))
        .hasMessageContaining("already has one");
  }

  @Test
  void theLinkMountsTheSimulatorNextToARealRoute() {
    AppConfig c = SimTestSupport.config(Map.of("JOBLINE_AGGREGATOR_TYPE", "africastalking",
        "JOBLINE_SIMULATOR_MODEM_LINK", "true"));
    assertThat(SimulatorGuard.wanted(c)).isTrue();
    assertThat(SimulatorGuard.wanted(SimTestSupport.config(Map.of("JOBLINE_AGGREGATOR_TYPE", "africastalking")))).isFalse();
  }
}
