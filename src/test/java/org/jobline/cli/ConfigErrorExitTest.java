package org.jobline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jobline.app.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A configuration error stops the real process with exit code 2 and one line on stderr. */
class ConfigErrorExitTest {
  @TempDir
  Path tmp;

  static Stream<Arguments> badConfigs() {
    return Stream.of(
        Arguments.of("unknown key", "http:\n  port: 8080\n  colour: blue\n", Map.of(), "http.colour"),
        Arguments.of("port out of range", "http: {port: 70000}\n", Map.of(), "http.port"),
        Arguments.of("wrong type from env", "mode: dev\n", Map.of("JOBLINE_HTTP_PORT", "abc"), "http.port"),
        Arguments.of("missing reference data file", "referenceData:\n  regions: config/nowhere.csv\n", Map.of(),
            "referenceData.regions"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigs")
  void exitsWithCodeTwoAndOneLineNamingTheKey(String label, String yaml, Map<String, String> env, String key)
      throws Exception {
    Path config = tmp.resolve("bad.yaml");
    Files.writeString(config, yaml);
    Path store = tmp.resolve("data").resolve("j.db");
    Result r = runMain(List.of("--config", config.toString()),
        Map.of("JOBLINE_STORE_PATH", store.toString()), env);

    assertThat(r.exitCode).as("exit code; stderr: %s", r.stderr).isEqualTo(2);
    assertThat(r.stderr.strip().lines()).hasSize(1);
    assertThat(r.stderr).contains(key).contains("configuration error")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aSafeMigrationScreenTooLongStopsTheStartNamingTheKey() throws Exception {
    String ok = "menu=Working abroad\ntopics=rights\nrights.label=Rights\nrights.text=Short.\n";
    Files.writeString(tmp.resolve("m_en.properties"), ok);
    Files.writeString(tmp.resolve("m_fr.properties"), ok.replace("rights.text=Short.", "rights.text=" + "x".repeat(157)));
    Path config = tmp.resolve("migration.yaml");
    Files.writeString(config, "referenceData:\n  migration: " + tmp.resolve("m") + "\n");
    Result r = runMain(List.of("--config", config.toString()),
        Map.of("JOBLINE_STORE_PATH", tmp.resolve("data").resolve("j.db").toString()), Map.of());
    assertThat(r.exitCode).as("exit code; stderr: %s", r.stderr).isEqualTo(2);
    assertThat(r.stderr).contains("referenceData.migration").contains("m_fr.properties").contains("'rights.text'")
        .contains("157 characters").doesNotContain("\tat ");
  }

  @Test
  void unknownCommandInProcessIsAUsageError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Commands.run(new String[] {"frobnicate"}, Map.of(), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Cli.CONFIG_ERROR).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'").hasLineCount(1);
  }

  @Test
  void configWithoutPathInProcessIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Commands.run(new String[] {"--config"}, Map.of(), new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--config needs a file path");
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Commands.run(new String[] {"--help"}, Map.of(), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:").contains("run");
  }

  private record Result(int exitCode, String stdout, String stderr) {}

  private Result runMain(List<String> args, Map<String, String> baseEnv, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), "org.jobline.Main"));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command)
        .directory(Path.of(System.getProperty("user.dir")).toFile())
        .redirectOutput(tmp.resolve("stdout.txt").toFile())
        .redirectError(tmp.resolve("stderr.txt").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("JOBLINE_"));
    pb.environment().putAll(baseEnv);
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("jobline did not exit within 20 s");
    }
    return new Result(p.exitValue(), Files.readString(tmp.resolve("stdout.txt")),
        Files.readString(tmp.resolve("stderr.txt")));
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
