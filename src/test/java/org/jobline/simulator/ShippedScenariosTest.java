package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
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
import org.jobline.app.Gateway;
import org.jobline.cli.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void everyShippedScenarioPassesOnItsOwnGateway(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(channelsPresent(tmp),
        "the USSD/SMS channels and the delivery engine are not in this build yet: shipped scenarios not run");
    List<String> args = new ArrayList<>(List.of("simulate"));
    args.addAll(files());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Cli.run(args.toArray(String[]::new), Map.of("JOBLINE_SIMULATOR_DLR_DELAY_MS", "50"),
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(0);
  }

  /** True when a gateway of this build answers the AT USSD and SMS callbacks (not 404). */
  private static boolean channelsPresent(Path tmp) {
    Vertx vertx = Vertx.vertx();
    try {
      Gateway g = await(Gateway.start(vertx, SimTestSupport.config(
          Map.of("JOBLINE_STORE_PATH", tmp.resolve("probe.db").toString()))));
      try {
        WebClient client = WebClient.create(vertx);
        String base = "http://127.0.0.1:" + g.port() + "/aggregator/africastalking/";
        int ussd = await(client.postAbs(base + "ussd").sendForm(SimTestSupport.form())).statusCode();
        int sms = await(client.postAbs(base + "sms").sendForm(SimTestSupport.form())).statusCode();
        int dlr = await(client.postAbs(base + "dlr").sendForm(SimTestSupport.form())).statusCode();
        return ussd != 404 && sms != 404 && dlr != 404;
      } finally {
        await(g.stop());
      }
    } finally {
      await(vertx.close());
    }
  }
}
