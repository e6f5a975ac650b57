package org.jobline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway started as its own process from an empty folder (no config/, no data/) runs with
 * the configuration and the Togo reference data built into the jar, and its log says so.
 */
class RunsFromAnyFolderTest {
  private static final Pattern LISTENING = Pattern.compile("HTTP listening on [0-9.]+:(\\d+)");
  private static final String SECRET = "from-any-folder-secret";

  @TempDir
  Path empty;
  private Process process;

  @AfterEach
  void stop() throws Exception {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void startsFromAnEmptyFolderWithTheBuiltInData() throws Exception {
    Path log = empty.getParent().resolve(empty.getFileName() + "-stdout.txt");
    ProcessBuilder pb = new ProcessBuilder(List.of(javaBinary(), "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "org.jobline.Main"))
        .directory(empty.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("JOBLINE_") || k.startsWith("LOG_"));
    pb.environment().put("JOBLINE_HTTP_PORT", "0");
    pb.environment().put("JOBLINE_HTTP_HOST", "127.0.0.1");
    pb.environment().put("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET);
    process = pb.start();

    int port = waitForPort(log);
    String output = Files.readString(log);
    assertThat(output)
        .contains("configuration: built-in config/jobline.yaml (inside the jar)")
        .contains("rows from built-in config/regions.csv (inside the jar)")
        .contains("rows from built-in config/trades.csv (inside the jar)")
        .contains("rows from built-in config/trade-categories.csv (inside the jar)")
        .as("no Logback status dump").doesNotContain("|-INFO in ch.qos.logback").doesNotContain("|-WARN");
    assertThat(empty.resolve("data").resolve("jobline.db")).exists();
    assertThat(empty.resolve("config")).doesNotExist();

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);

    String menu = ussd(http, port, "");
    String regions = ussd(http, port, "1");
    assertThat(menu).as("first screen").startsWith("CON ");
    assertThat(regions).as("the Togo regions from the built-in regions.csv").contains("Maritime").contains("Savanes");
  }

  private static String ussd(HttpClient http, int port, String text) throws Exception {
    String form = "sessionId=s1&serviceCode=%2A888%23&phoneNumber=%2B22890112233&networkCode=61501&text=" + text;
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/aggregator/africastalking/ussd?secret=" + SECRET))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private int waitForPort(Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      String output = Files.exists(log) ? Files.readString(log) : "";
      Matcher m = LISTENING.matcher(output);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!process.isAlive()) {
        throw new AssertionError("jobline stopped (exit " + process.exitValue() + "):\n" + output);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("jobline did not listen within 90 s:\n" + Files.readString(log));
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
