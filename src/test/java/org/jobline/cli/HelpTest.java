package org.jobline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --help} lists every command, one line each, without loading any configuration. */
class HelpTest {
  @Test
  void everyCommandHasExactlyOneLine() {
    for (String flag : List.of("--help", "-h", "help")) {
      String out = help(flag);
      List<String> lines = out.lines().toList();
      for (String name : org.jobline.app.Commands.all().keySet()) {
        assertThat(lines).as("%s lists %s", flag, name)
            .filteredOn(l -> l.startsWith("  " + name + " ")).hasSize(1);
      }
      assertThat(org.jobline.app.Commands.all().keySet()).contains("run", "backup", "restore");
      assertThat(org.jobline.app.Commands.all().values()).allSatisfy(c -> assertThat(c.usage()).doesNotContain("\n"));
    }
  }

  private static String help(String flag) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = org.jobline.app.Commands.run(new String[] {flag}, Map.of("JOBLINE_NO_SUCH_KEY", "x"), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
