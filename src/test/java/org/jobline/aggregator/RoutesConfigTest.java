package org.jobline.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

/** Several routes configured at once, each checked by its own adapter; the keys of earlier releases still work. */
class RoutesConfigTest {
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

  private AppConfig load(String yaml, Map<String, String> env) throws Exception {
    Path file = tmp.resolve("jobline.yaml");
    Files.writeString(file, yaml);
    Map<String, String> all = new HashMap<>(env);
    all.put("JOBLINE_STORE_PATH", tmp.resolve("j.db").toString());
    return new ConfigLoader().load(file, all);
  }

  private static Routes routes(AppConfig c) {
    return Routes.build(new ChannelContext(vertx, c, new PhoneNumbers("TG"), "secret-123", () -> "http://127.0.0.1:1"));
  }

  @Test
  void twoRoutesFromTheFileAndTheEnvironmentWithTheSendingOneNamed() throws Exception {
    AppConfig c = load("""
        routes:
          at:
            type: africastalking
            baseUrl: https://api.africastalking.com/
            username: agency
          backup:
            type: simulator
            callbackPath: /aggregator/backup
        routing:
          default: at
        """, Map.of("JOBLINE_ROUTES_AT_API_KEY", "from-env", "JOBLINE_ROUTES_AT_SENDER_ID", "JOBLINE"));
    assertThat(c.routes().get("at")).containsEntry("apiKey", "from-env").containsEntry("senderId", "JOBLINE")
        .containsEntry("username", "agency");
    Routes r = routes(c);
    assertThat(r.all()).extracting(Channel::name).containsExactly("at", "backup");
    assertThat(r.sending().name()).isEqualTo("at");
    assertThat(r.typeOf(r.all().get(1))).isEqualTo("simulator");
    r.close();
  }

  @Test
  void aRouteOnlyFromTheEnvironment() throws Exception {
    Routes r = routes(load("mode: dev\n", Map.of("JOBLINE_ROUTES_SIM_TYPE", "simulator")));
    assertThat(r.sending().name()).isEqualTo("sim");
    r.close();
  }

  @Test
  void withoutRoutesTheEarlierKeysMakeOneRouteNamedAfricastalking() throws Exception {
    Routes r = routes(load("aggregator:\n  type: africastalking\n  africastalking:\n    apiKey: k\n", Map.of()));
    assertThat(r.all()).singleElement().satisfies(ch -> assertThat(ch.name()).isEqualTo("africastalking"));
    assertThat(r.typeOf(r.sending())).isEqualTo("africastalking");
    r.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown key of a route      | routes: {at: {type: africastalking, colour: blue}}          | routes.at.colour      | unknown key
      bad value of a route        | routes: {at: {type: africastalking, baseUrl: 'ftp://x'}}    | routes.at.baseUrl     | http(s) URL
      unknown type                | routes: {at: {type: pigeon}}                                | routes.at.type        | unknown route type 'pigeon'
      missing type                | routes: {at: {apiKey: k}}                                   | routes.at.type        | is required
      several without default     | routes: {a: {type: simulator, callbackPath: /a}, b: {type: simulator, callbackPath: /b}} | routing.default | name the one that sends
      default names no route      | 'routes: {a: {type: simulator}}\nrouting: {default: zz}'    | routing.default       | no route named 'zz'
      two routes on one path      | routes: {a: {type: simulator}, b: {type: simulator}}        | routes.b.callbackPath | already the callback path
      production refuses simulator| 'mode: production\naggregator: {callbackSecret: a-long-production-secret}\nroutes: {s: {type: simulator}}' | routes.s.type | dev mode
      production needs https     | 'mode: production\naggregator: {callbackSecret: a-long-production-secret}\nroutes: {at: {type: africastalking, apiKey: k, username: u, baseUrl: "http://api.africastalking.com"}}' | routes.at.baseUrl | https://
      production weak route secret| 'mode: production\naggregator: {callbackSecret: a-long-production-secret}\nroutes: {at: {type: africastalking, apiKey: k, username: u, secret: bbbbbbbbbbbbbbbbbbbb}}' | routes.at.secret | different characters
      production needs the api key| 'mode: production\naggregator: {callbackSecret: a-long-production-secret}\nroutes: {at: {type: africastalking}}' | routes.at.apiKey | must not be empty
      """)
  void aWrongRouteStopsTheStartNamingItsKey(String label, String yaml, String key, String message) {
    assertThatThrownBy(() -> routes(load(yaml.replace("\\n", "\n"), Map.of())))
        .as(label).isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo(key))
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a route name with a capital | routes: {AT: {type: simulator}}   | routes.AT
      a route that is one value   | routes: {at: simulator}           | routes.at
      a key that is a section     | routes: {at: {type: {x: 1}}}      | routes.at.type
      """)
  void theShapeOfTheRoutesSectionIsCheckedWhenLoaded(String label, String yaml, String key) {
    assertThatThrownBy(() -> load(yaml, Map.of())).as(label).isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo(key));
  }

  @Test
  void anEnvironmentVariableWithoutAKeyIsRefused() {
    assertThatThrownBy(() -> load("mode: dev\n", Map.of("JOBLINE_ROUTES_AT", "x")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("JOBLINE_ROUTES_AT");
  }
}
