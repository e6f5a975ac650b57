package org.jobline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
  private static final String PRODUCTION_AT = """
      mode: production
      aggregator:
        type: africastalking
        callbackSecret: %s
        africastalking:
          apiKey: k-123
      """;

  @TempDir
  Path tmp;

  private Path yaml(String text) throws IOException {
    Path file = Files.createTempFile(tmp, "jobline", ".yaml");
    Files.writeString(file, text);
    return file;
  }

  private AppConfig load(String text, Map<String, String> env) throws IOException {
    return new ConfigLoader().load(yaml(text), env);
  }

  @Test
  void defaultsLoadFromAnEmptyFile() throws IOException {
    AppConfig c = load("", Map.of());
    assertThat(c.mode()).isEqualTo("dev");
    assertThat(c.production()).isFalse();
    assertThat(c.http().port()).isEqualTo(8080);
    assertThat(c.http().host()).isEqualTo("0.0.0.0");
    assertThat(c.store().path()).isEqualTo("data/jobline.db");
    assertThat(c.aggregator().type()).isEqualTo("simulator");
    assertThat(c.ussd().serviceCode()).isEqualTo("*888#");
    assertThat(c.sms().shortCode()).isEqualTo("8888");
    assertThat(c.sms().transliterate()).isTrue();
    assertThat(c.locale().defaultLanguage()).isEqualTo("fr");
    assertThat(c.locale().country()).isEqualTo("TG");
    assertThat(c.alerts().quietHours()).isEqualTo("20:00-07:00");
    assertThat(c.referenceData().trades()).isEqualTo("config/trades.csv");
  }

  @Test
  void devModeWithoutSecretGetsARandomOneForThisRun() throws IOException {
    AppConfig a = load("", Map.of());
    AppConfig b = load("", Map.of());
    assertThat(a.aggregator().callbackSecret()).hasSize(32).isNotEqualTo(b.aggregator().callbackSecret());
  }

  @Test
  void shippedConfigFileLoads() {
    AppConfig c = new ConfigLoader().load(Path.of("config", "jobline.yaml"), Map.of());
    assertThat(c.http().port()).isEqualTo(8080);
    assertThat(c.aggregator().callbackSecret()).isEqualTo("dev-callback-secret");
  }

  @Test
  void yamlFileOverridesOnlyTheKeysItNames() throws IOException {
    AppConfig c = load("""
        http:
          port: 9090
        sms:
          shortCode: "1234"
          transliterate: false
        locale:
          defaultLanguage: en
        alerts:
          quietHours: "off"
        """, Map.of());
    assertThat(c.http().port()).isEqualTo(9090);
    assertThat(c.http().host()).isEqualTo("0.0.0.0");
    assertThat(c.sms().shortCode()).isEqualTo("1234");
    assertThat(c.sms().transliterate()).isFalse();
    assertThat(c.sms().currency()).isEqualTo("XOF");
    assertThat(c.locale().defaultLanguage()).isEqualTo("en");
    assertThat(c.alerts().quietHours()).isEqualTo("off");
  }

  @Test
  void environmentOverridesFileAndDefaults() throws IOException {
    AppConfig c = load("http:\n  port: 9090\n", Map.of(
        "JOBLINE_HTTP_PORT", "7070",
        "JOBLINE_AGGREGATOR_CALLBACK_SECRET", "from-the-environment",
        "JOBLINE_STORE_PATH", "/var/lib/jobline/j.db",
        "JOBLINE_SMS_TRANSLITERATE", "false",
        "PATH", "/usr/bin",
        "HOME", "/root"));
    assertThat(c.http().port()).isEqualTo(7070);
    assertThat(c.aggregator().callbackSecret()).isEqualTo("from-the-environment");
    assertThat(c.store().path()).isEqualTo("/var/lib/jobline/j.db");
    assertThat(c.sms().transliterate()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "http.port,                        JOBLINE_HTTP_PORT",
      "store.path,                       JOBLINE_STORE_PATH",
      "aggregator.callbackSecret,        JOBLINE_AGGREGATOR_CALLBACK_SECRET",
      "aggregator.africastalking.apiKey, JOBLINE_AGGREGATOR_AFRICASTALKING_API_KEY",
      "http.maxBodyBytes,                JOBLINE_HTTP_MAX_BODY_BYTES",
      "locale.defaultLanguage,           JOBLINE_LOCALE_DEFAULT_LANGUAGE",
      "mode,                             JOBLINE_MODE",
      "outbox.backoffBaseMs,             JOBLINE_OUTBOX_BACKOFF_BASE_MS",
  })
  void envNameIsPrefixPlusUpperSnakePath(String path, String env) {
    assertThat(ConfigLoader.envName(path)).isEqualTo(env);
  }

  @Test
  void everyDefaultKeyCanBeSetThroughItsEnvName() throws IOException {
    AppConfig c = load("", Map.of(
        ConfigLoader.envName("aggregator.africastalking.senderId"), "JOBLINE",
        ConfigLoader.envName("outbox.recipientsPerRequest"), "50",
        ConfigLoader.envName("sms.costPerSegment"), "12.5"));
    assertThat(c.aggregator().africastalking().senderId()).isEqualTo("JOBLINE");
    assertThat(c.outbox().recipientsPerRequest()).isEqualTo(50);
    assertThat(c.sms().costPerSegment()).isEqualTo(12.5);
  }

  @Test
  void productionWithARealRouteAndSecretLoads() throws IOException {
    AppConfig c = load(PRODUCTION_AT.formatted("a-long-production-secret"), Map.of());
    assertThat(c.production()).isTrue();
    assertThat(c.aggregator().callbackSecret()).isEqualTo("a-long-production-secret");
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("unknown top-level key", "colour: blue\n", Map.of(), "colour", "unknown key"),
        Arguments.of("unknown nested key", "http:\n  prot: 80\n", Map.of(), "http.prot", "unknown key"),
        Arguments.of("unknown deeply nested key", "aggregator:\n  africastalking:\n    key: x\n", Map.of(),
            "aggregator.africastalking.key", "unknown key"),
        Arguments.of("unknown JOBLINE_ variable", "", Map.of("JOBLINE_HTTP_PROT", "80"),
            "JOBLINE_HTTP_PROT", "unknown key"),
        Arguments.of("word for a port", "http:\n  port: abc\n", Map.of(), "http.port", "whole number"),
        Arguments.of("word for a port from env", "", Map.of("JOBLINE_HTTP_PORT", "abc"), "http.port", "whole number"),
        Arguments.of("fraction for a port", "http:\n  port: 80.5\n", Map.of(), "http.port", "whole number"),
        Arguments.of("word for a boolean", "sms:\n  transliterate: maybe\n", Map.of(), "sms.transliterate",
            "true or false"),
        Arguments.of("scalar for a section", "http: 8080\n", Map.of(), "http", "must be a section"),
        Arguments.of("section for a scalar", "http:\n  port:\n    value: 1\n", Map.of(), "http.port",
            "must be a single value"),
        Arguments.of("port too high", "http:\n  port: 70000\n", Map.of(), "http.port", "between 0 and 65535"),
        Arguments.of("negative port", "http:\n  port: -1\n", Map.of(), "http.port", "between 0 and 65535"),
        Arguments.of("port too high from env", "", Map.of("JOBLINE_HTTP_PORT", "70000"), "http.port",
            "between 0 and 65535"),
        Arguments.of("unknown mode", "mode: prod\n", Map.of(), "mode", "must be one of dev, production"),
        Arguments.of("production without secret", PRODUCTION_AT.formatted("\"\""), Map.of(),
            "aggregator.callbackSecret", "production needs a secret"),
        Arguments.of("production with short secret", PRODUCTION_AT.formatted("short"), Map.of(),
            "aggregator.callbackSecret", "production needs a secret"),
        Arguments.of("production with the dev secret", PRODUCTION_AT.formatted("dev-callback-secret-xx"), Map.of(),
            "aggregator.callbackSecret", "not the dev one"),
        Arguments.of("production with one letter 16 times", PRODUCTION_AT.formatted("aaaaaaaaaaaaaaaa"), Map.of(),
            "aggregator.callbackSecret", "different characters"),
        Arguments.of("production with a run", PRODUCTION_AT.formatted("0123456789abcdefghij"), Map.of(),
            "aggregator.callbackSecret", "not a run"),
        Arguments.of("production with a repeated word", PRODUCTION_AT.formatted("abcxyzabcxyzabcxyz"), Map.of(),
            "aggregator.callbackSecret", "repetitive"),
        Arguments.of("production over plain http", PRODUCTION_AT.formatted("a-long-production-secret")
            + "    baseUrl: http://api.africastalking.com\n", Map.of(), "aggregator.africastalking.baseUrl", "https://"),
        Arguments.of("production with simulator", "mode: production\naggregator:\n  callbackSecret: a-long-production-secret\n",
            Map.of(), "aggregator.type", "simulator is for dev mode"),
        Arguments.of("production without api key", "mode: production\naggregator:\n  type: africastalking\n"
            + "  callbackSecret: a-long-production-secret\n", Map.of(), "aggregator.africastalking.apiKey", "must not be empty"),
        Arguments.of("unknown route", "aggregator:\n  type: twilio\n", Map.of(), "aggregator.type", "twilio"),
        Arguments.of("planned route", "aggregator:\n  type: kannel\n", Map.of(), "aggregator.type", "not available"),
        Arguments.of("bad language", "locale:\n  defaultLanguage: de\n", Map.of(), "locale.defaultLanguage",
            "must be one of en, fr"),
        Arguments.of("bad country", "locale:\n  country: XX\n", Map.of(), "locale.country", "two-letter country code"),
        Arguments.of("lower-case country", "locale:\n  country: tg\n", Map.of(), "locale.country", "'tg'"),
        Arguments.of("bad time zone", "locale:\n  timeZone: Mars/Olympus\n", Map.of(), "locale.timeZone", "Mars/Olympus"),
        Arguments.of("bad quietHours", "alerts:\n  quietHours: \"20h-7h\"\n", Map.of(), "alerts.quietHours",
            "HH:mm-HH:mm or off"),
        Arguments.of("quietHours hour 24", "alerts:\n  quietHours: \"24:00-07:00\"\n", Map.of(), "alerts.quietHours",
            "HH:mm-HH:mm or off"),
        Arguments.of("bad service code", "ussd:\n  serviceCode: \"888\"\n", Map.of(), "ussd.serviceCode", "*888#"),
        Arguments.of("bad short code", "sms:\n  shortCode: \"8 8\"\n", Map.of(), "sms.shortCode", "letters or digits"),
        Arguments.of("backoff max below base", "outbox:\n  backoffBaseMs: 5000\n  backoffMaxMs: 1000\n", Map.of(),
            "outbox.backoffMaxMs", "between 5000"),
        Arguments.of("unknown store engine", "store:\n  engine: mysql\n", Map.of(), "store.engine",
            "must be one of postgres, sqlite"),
        Arguments.of("postgres without url", "store:\n  engine: postgres\n", Map.of(), "store.url",
            "jdbc:postgresql://host:5432/jobline"),
        Arguments.of("postgres url of another kind", "store:\n  engine: postgres\n  url: mysql://db/jobline\n",
            Map.of(), "store.url", "jdbc:postgresql://"),
        Arguments.of("postgres without user", "store:\n  engine: postgres\n  url: jdbc:postgresql://db:5432/jobline\n",
            Map.of(), "store.user", "must not be empty"),
        Arguments.of("pool too small", "", Map.of("JOBLINE_STORE_POOL_SIZE", "1"), "store.poolSize", "between 2 and 64"),
        Arguments.of("invalid YAML", "http:\n  port: [8080\n", Map.of(), "--config", "not valid YAML"),
        Arguments.of("YAML list instead of mapping", "- a\n- b\n", Map.of(), "--config", "mapping"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void badConfigurationNamesTheKeyAndTheProblem(String label, String yaml, Map<String, String> env,
                                                 String key, String problem) throws IOException {
    Path file = yaml(yaml);
    assertThatThrownBy(() -> new ConfigLoader().load(file, env))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> {
          ConfigException ce = (ConfigException) e;
          assertThat(ce.key()).isEqualTo(key);
          assertThat(ce.getMessage()).startsWith(key + ": ").contains(problem).doesNotContain("\n");
        });
  }

  @Test
  void missingFileIsAConfigError() {
    Path missing = tmp.resolve("nope.yaml");
    assertThatThrownBy(() -> new ConfigLoader().load(missing, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("file not found")
        .hasMessageContaining("nope.yaml")
        .extracting(e -> ((ConfigException) e).key()).isEqualTo("--config");
  }

  @Test
  void invalidYamlNamesTheLine() throws IOException {
    Path file = yaml("mode: dev\nhttp:\n  port: [8080\nstore:\n  path: x\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageMatching(".*at line \\d+.*");
  }
}
