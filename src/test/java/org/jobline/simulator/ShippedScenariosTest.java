package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jobline.app.Commands;
import org.junit.jupiter.api.Test;

/** The scenarios shipped in simulator/scenarios: all well formed, and all passing on a real gateway. */
class ShippedScenariosTest {
  private static final Path DIR = Path.of("simulator/scenarios");

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
    List<String> args = new ArrayList<>(List.of("simulate"));
    args.addAll(files());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Commands.run(args.toArray(String[]::new), Map.of("JOBLINE_SIMULATOR_DLR_DELAY_MS", "50",
        "JOBLINE_OUTBOX_BREAKER_PROBE_MS", "500"),
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(0);
  }
}
