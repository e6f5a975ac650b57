package org.jobline.simulator.modem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Two linked pseudo-terminals made by {@code socat -d -d pty,raw,echo=0,link=A pty,raw,echo=0,link=B}
 * (Debian package {@code socat}): the route opens {@link #routeSide()}, the emulator {@link #modemSide()}.
 */
public final class PtyPair implements AutoCloseable {
  private final Process socat;
  private final Path a;
  private final Path b;

  private PtyPair(Process socat, Path a, Path b) {
    this.socat = socat;
    this.a = a;
    this.b = b;
  }

  /** True when socat is installed. */
  public static boolean available() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, "socat"))) {
        return true;
      }
    }
    return false;
  }

  /** Starts socat with its two links in {@code dir}, and waits until both exist. */
  public static PtyPair open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path a = dir.resolve("modem-route");
    Path b = dir.resolve("modem-emulator");
    Files.deleteIfExists(a);
    Files.deleteIfExists(b);
    Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
        .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!(Files.exists(a) && Files.exists(b))) {
      if (!p.isAlive() || System.currentTimeMillis() > deadline) {
        p.destroyForcibly();
        throw new IOException("socat did not make its pseudo-terminals (see " + dir.resolve("socat.log") + ")");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
    }
    return new PtyPair(p, a, b);
  }

  public String routeSide() {
    return a.toString();
  }

  public String modemSide() {
    return b.toString();
  }

  @Override
  public void close() {
    socat.destroy();
    try {
      if (!socat.waitFor(5, TimeUnit.SECONDS)) {
        socat.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      socat.destroyForcibly();
    }
  }
}
