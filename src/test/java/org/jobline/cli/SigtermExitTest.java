package org.jobline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM, a supervisor's normal stop, ends the real process with exit code 0 after a clean stop (not 143). */
class SigtermExitTest {
  @TempDir
  Path tmp;

  @Test
  void sigtermStopsCleanlyAndExitsZero() throws Exception {
    Path log = tmp.resolve("out.txt");
    ProcessBuilder pb = new ProcessBuilder(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), "org.jobline.Main", "run"))
        .directory(Path.of(System.getProperty("user.dir")).toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("JOBLINE_"));
    pb.environment().put("JOBLINE_STORE_PATH", tmp.resolve("j.db").toString());
    pb.environment().put("JOBLINE_HTTP_PORT", "0");
    pb.environment().put("JOBLINE_HTTP_HOST", "127.0.0.1");
    Process p = pb.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!Files.readString(log).contains("Jobline started")) {
        assertThat(p.isAlive()).as("the gateway exited early: %s", Files.readString(log)).isTrue();
        assertThat(System.nanoTime()).as("not started within 90 s: %s", Files.readString(log)).isLessThan(deadline);
        Thread.sleep(100);
      }
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
      assertThat(p.exitValue()).as("exit code; output: %s", Files.readString(log)).isZero();
      assertThat(Files.readString(log)).contains("stopping: finishing work in flight").contains("stopped");
    } finally {
      p.destroyForcibly();
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
