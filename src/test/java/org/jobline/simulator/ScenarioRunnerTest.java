package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jobline.simulator.SimTestSupport.await;

import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jobline.app.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario runner through the real CLI, against a standalone simulator and a stub AT app. */
class ScenarioRunnerTest {
  private static final Path DIR = Path.of("src/test/resources/scenarios");
  @TempDir
  Path tmp;
  private Vertx vertx;
  private String stubUrl;
  private String simUrl;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    StubApp app = new StubApp(vertx);
    stubUrl = app.start();
    simUrl = SimTestSupport.start(vertx, SimTestSupport.config(Map.of()), stubUrl).url();
    app.aggregatorUrl = simUrl;
  }

  @AfterEach
  void tearDown() {
    await(vertx.close());
  }

  private int simulate(String... files) {
    String[] args = new String[5 + files.length];
    args[0] = "simulate";
    args[1] = "--target";
    args[2] = stubUrl;
    args[3] = "--simulator";
    args[4] = simUrl;
    System.arraycopy(files, 0, args, 5, files.length);
    Map<String, String> env = Map.of("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SimTestSupport.SECRET);
    return Commands.run(args, env, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aScenarioThatHoldsPassesEveryStepAndExitsZero() {
    assertThat(simulate(DIR.resolve("stub-pass.yaml").toString())).as(output()).isEqualTo(0);
    assertThat(output()).contains("PASS  1 dial", "PASS 11 expect_sms", "PASS 12 expect_no_sms",
        "PASSED: Stub app, everything as expected", "scenarios: 1 passed, 0 failed");
    assertThat(output()).doesNotContain("FAIL");
  }

  @Test
  void aWrongExpectationFailsThatStepSkipsTheRestAndExitsNonZero() {
    int code = simulate(DIR.resolve("stub-pass.yaml").toString(), DIR.resolve("stub-fail.yaml").toString(),
        DIR.resolve("stub-no-sms.yaml").toString());
    assertThat(code).isEqualTo(1);
    assertThat(output()).contains("FAIL  2 expect_screen", "Bienvenue sur Jobline", "SKIP  3 ussd",
        "FAILED: Stub app, a wrong expectation", "FAIL  2 expect_sms", "no SMS containing \"aide\"",
        "scenarios: 1 passed, 2 failed");
  }

  @Test
  void aBrokenFileIsAUsageErrorNamingTheStep() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "steps:\n  - dial\n  - jump: 3\n");
    assertThat(simulate(bad.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("step 2", "unknown step 'jump'");
    assertThatThrownBy(() -> Scenario.load(tmp.resolve("missing.yaml"))).isInstanceOf(Scenario.ScenarioException.class);
  }
}
