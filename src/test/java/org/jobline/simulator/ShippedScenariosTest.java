package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jobline.app.Commands;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.phone.PhoneNumbers;
import org.jobline.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios shipped in simulator/scenarios: all well formed, and all passing on a real gateway. */
class ShippedScenariosTest {
  private static final Path DIR = Path.of("simulator/scenarios");

  @TempDir
  Path tmp;

  private static List<String> files() throws Exception {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Path::toString).toList();
    }
  }

  @Test
  void everyShippedScenarioIsWellFormed() throws Exception {
    List<String> files = files();
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (String f : files) {
      Scenario s = Scenario.load(Path.of(f));
      assertThat(s.steps()).as(f).isNotEmpty();
      assertThat(s.steps()).as(f).anyMatch(st -> st.kind().startsWith("expect_"));
    }
  }

  @Test
  void everyShippedScenarioPassesOnItsOwnGateway() throws Exception {
    if (TestStores.postgres()) {
      passOnAPostgresGateway();
      return;
    }
    List<String> args = new ArrayList<>(List.of("simulate"));
    args.addAll(files());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Commands.run(args.toArray(String[]::new), Map.of("JOBLINE_SIMULATOR_DLR_DELAY_MS", "50",
        "JOBLINE_OUTBOX_BREAKER_PROBE_MS", "500"),
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(0);
  }

  /**
   * On PostgreSQL (the {@code postgres} Maven profile): {@code simulate}'s own gateway always takes a temporary
   * SQLite file, so the test starts the same gateway on a new PostgreSQL database and runs every scenario on it.
   */
  private void passOnAPostgresGateway() throws Exception {
    Map<String, String> env = new HashMap<>(TestStores.env(tmp.resolve("jobline.db")));
    env.putAll(Map.of("JOBLINE_SIMULATOR_DLR_DELAY_MS", "50", "JOBLINE_OUTBOX_BREAKER_PROBE_MS", "500"));
    AppConfig base = new ConfigLoader().load(null, env);
    Vertx vertx = Vertx.vertx();
    try {
      Gateway gateway = SimulatorClient.await(Gateway.start(vertx, SimulateCommand.ownGatewayConfig(base, base.store())));
      try {
        String url = "http://127.0.0.1:" + gateway.port();
        String key = PartnerApiVacancies.provisionKey(gateway.context().store());
        List<Scenario> scenarios = new ArrayList<>();
        for (String f : files()) {
          scenarios.add(Scenario.load(Path.of(f)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean passed = SimulateCommand.runAll(vertx, url, url, key, ScenarioSessions.provision(gateway.context().store()),
            new PhoneNumbers(base.locale().country()), scenarios, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(passed).as(out.toString(StandardCharsets.UTF_8)).isTrue();
      } finally {
        SimulatorClient.await(gateway.stop());
      }
    } finally {
      SimulatorClient.await(vertx.close());
    }
  }
}
