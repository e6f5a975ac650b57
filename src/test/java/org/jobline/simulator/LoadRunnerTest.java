package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;

import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jobline.app.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Load mode against the stub AT app: dialogues walk the menu, SMS commands are sent, figures printed. */
class LoadRunnerTest {
  private Vertx vertx;
  private StubApp app;
  private String url;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    app = new StubApp(vertx);
    url = app.start();
  }

  @AfterEach
  void tearDown() {
    await(vertx.close());
  }

  @Test
  void drivesDialoguesAndSmsAndPrintsPercentiles() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Commands.run(new String[] {"simulate", "load", "--target", url, "--phones", "5", "--rate", "100",
            "--duration", "2s", "--dialogue", "1,2,1", "--sms", "OFFRES", "--sms-share", "20"},
        Map.of("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SimTestSupport.SECRET), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isEqualTo(0);
    assertThat(printed).containsPattern("load: \\d+ requests answered in [0-9.]+ s \\([0-9.]+ req/s\\), 0 errors")
        .contains("p50", "p95", "p99");
    assertThat(app.ussd).hasSizeGreaterThan(10);
    assertThat(app.sms).isNotEmpty();
    assertThat(app.sms).allSatisfy(m -> assertThat(m.get("text")).isEqualTo("OFFRES"));
    assertThat(app.secrets).containsOnly(SimTestSupport.SECRET);
    // Each session walks the dialogue: "", "1", "1*2", "1*2*1" (END), then a fresh session.
    assertThat(app.ussd).extracting(m -> m.get("text")).contains("", "1", "1*2", "1*2*1").doesNotContain("1*2*1*1");
  }

  @Test
  void aWarmUpRunsFirstAndIsNotCounted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Commands.run(new String[] {"simulate", "load", "--target", url, "--phones", "5", "--rate", "50",
            "--duration", "1s", "--warmup", "1s", "--sms-share", "0"},
        Map.of("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SimTestSupport.SECRET), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isEqualTo(0);
    assertThat(printed).contains("warming up for 1 s (not measured)");
    java.util.regex.Matcher answered = java.util.regex.Pattern.compile("load: (\\d+) requests answered").matcher(printed);
    assertThat(answered.find()).as(printed).isTrue();
    int measured = Integer.parseInt(answered.group(1));
    assertThat(app.ussd.size()).as("the stub saw the warm-up and the measured run").isGreaterThan(measured + 20);
    assertThat(measured).as("only the measured second is counted").isBetween(20, 60);
  }

  @Test
  void percentilesAreNearestRank() {
    Latencies l = new Latencies();
    for (int i = 1; i <= 100; i++) {
      l.add(i * 1000L);
    }
    assertThat(l.percentileMs(50)).isEqualTo(50.0);
    assertThat(l.percentileMs(95)).isEqualTo(95.0);
    assertThat(l.percentileMs(99)).isEqualTo(99.0);
    assertThat(l.percentileMs(100)).isEqualTo(100.0);
    assertThat(new Latencies().percentileMs(99)).isZero();
  }
}
