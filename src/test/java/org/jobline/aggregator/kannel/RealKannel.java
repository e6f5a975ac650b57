package org.jobline.aggregator.kannel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Kannel for tests and benchmarks: Debian's bearerbox and smsbox plus fakesmsc playing the
 * operator, on free ports, with the shipped {@code config/kannel/kannel.conf} rewritten under
 * {@code target/kannel/}. fakesmsc runs interactively: {@link #type} is a line typed into it (an SMS
 * from a phone), {@link #received} what it got from Kannel. Only processes it started are stopped.
 */
public final class RealKannel implements AutoCloseable {
  public static final String BEARERBOX = "/usr/sbin/bearerbox";
  public static final String SMSBOX = "/usr/sbin/smsbox";
  public static final String FAKESMSC = "/usr/lib/kannel/test/fakesmsc";
  public static final String USER = "jobline";
  public static final String PASSWORD = "kannel-test-pw";
  private static final Duration START_WITHIN = Duration.ofSeconds(60);

  /** One message fakesmsc received: from, to, and the text decoded from its coding ({@code ucs2} true for UCS-2). */
  public record Sms(String from, String to, boolean ucs2, String text) {}

  private final Path dir;
  private final int adminPort = freePort();
  private final int smsboxPort = freePort();
  private final int smscPort = freePort();
  private final int sendsmsPort = freePort();
  private final List<Process> processes = new ArrayList<>();
  private final List<Sms> received = new CopyOnWriteArrayList<>();
  private final AtomicLong receivedCount = new AtomicLong();
  private volatile boolean keep = true;
  private boolean interactive = true;
  private OutputStream fakesmscIn;

  private RealKannel(Path dir) {
    this.dir = dir;
  }

  public static boolean installed() {
    return Files.isExecutable(Path.of(BEARERBOX)) && Files.isExecutable(Path.of(SMSBOX))
        && Files.isExecutable(Path.of(FAKESMSC));
  }

  /** Skips the calling test class with the reason when Kannel is missing. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(installed(), "Kannel is not installed (" + BEARERBOX + ", " + SMSBOX + ", " + FAKESMSC
        + "): apt-get install kannel kannel-extras (.ci/run does) to run the real-Kannel tests");
  }

  /** Picks free ports and a folder under target/kannel/ (its sendsms URL is known from here on). */
  public static RealKannel create(String name) throws IOException {
    Path dir = Path.of("target", "kannel", name + "-" + System.currentTimeMillis()).toAbsolutePath();
    Files.createDirectories(dir);
    return new RealKannel(dir);
  }

  /**
   * Writes the config (incoming SMS to {@code joblineUrl} with {@code secret}) and starts the three
   * processes; returns once fakesmsc is bound and sendsms answers.
   */
  public RealKannel start(String joblineUrl, String secret) throws Exception {
    String shipped = Files.readString(Path.of("config", "kannel", "kannel.conf"));
    String moUrl = KannelConfig.moUrl(KannelConfig.value(shipped, "get-url"), joblineUrl, secret);
    Files.writeString(config(), KannelConfig.rewrite(shipped, overrides(moUrl)));
    startProcesses();
    return this;
  }

  private Map<String, String> overrides(String moUrl) {
    return Map.ofEntries(
        Map.entry("admin-port", Integer.toString(adminPort)),
        Map.entry("smsbox-port", Integer.toString(smsboxPort)),
        Map.entry("bearerbox-port", Integer.toString(smsboxPort)),
        Map.entry("port", Integer.toString(smscPort)),
        Map.entry("sendsms-port", Integer.toString(sendsmsPort)),
        Map.entry("store-location", "\"" + dir.resolve("kannel.store") + "\""),
        Map.entry("core.log-file", "\"" + dir.resolve("bearerbox.log") + "\""),
        Map.entry("smsbox.log-file", "\"" + dir.resolve("smsbox.log") + "\""),
        Map.entry("password", PASSWORD),
        Map.entry("log-level", "1"),
        Map.entry("get-url", moUrl));
  }

  /** (Re)starts bearerbox, smsbox and fakesmsc with the same config, ports and store. */
  public synchronized void startProcesses() throws Exception {
    keep = true;
    processes.add(launch("bearerbox", List.of(BEARERBOX, config().toString())));
    waitForPort(smscPort);
    waitForPort(smsboxPort);
    processes.add(launch("smsbox", List.of(SMSBOX, config().toString())));
    startFakesmsc();
    waitFor(this::online, "bearerbox to report fakesmsc online and smsbox connected");
  }

  /**
   * For throughput: fakesmsc only receives. Typing needs its interactive mode, which reads the
   * socket once per pass of a 1 s stdin wait: about 400 messages/s here, fakesmsc's ceiling, not
   * Kannel's.
   */
  public RealKannel receiveOnly() {
    interactive = false;
    return this;
  }

  private void startFakesmsc() throws IOException {
    List<String> command = new ArrayList<>(List.of(FAKESMSC, "-H", "127.0.0.1", "-r", Integer.toString(smscPort)));
    if (!interactive) {
      command.addAll(List.of("-m", "0", "0 0 text unused"));
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    processes.add(p);
    fakesmscIn = p.getOutputStream();
    Thread reader = new Thread(() -> readFakesmsc(p), "fakesmsc-output");
    reader.setDaemon(true);
    reader.start();
  }

  private void readFakesmsc(Process p) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        Sms sms = FakesmscLine.parse(line);
        if (sms != null) {
          receivedCount.incrementAndGet();
          if (keep) {
            received.add(sms);
          }
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /** Types one line into fakesmsc ("from to text words" or "from to ucs2 url-encoded-UTF-16BE"). */
  public synchronized void type(String line) throws IOException, InterruptedException {
    fakesmscIn.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    fakesmscIn.flush();
    // fakesmsc reads one line per wake-up of its 1 s stdin select: let it take this one first
    Thread.sleep(1500);
  }

  /** Stops the three processes (SIGTERM: bearerbox keeps its queue in the store file), waits for them. */
  public synchronized void stopProcesses() throws InterruptedException {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.destroy();
      if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
    processes.clear();
  }

  @Override
  public void close() throws InterruptedException {
    stopProcesses();
  }

  public String sendsmsUrl() {
    return "http://127.0.0.1:" + sendsmsPort + "/cgi-bin/sendsms";
  }

  public List<Sms> received() {
    return received;
  }

  public long receivedCount() {
    return receivedCount.get();
  }

  /** For long runs: count what fakesmsc gets without keeping it. */
  public void keepReceived(boolean keep) {
    this.keep = keep;
  }

  public Path dir() {
    return dir;
  }

  private Path config() {
    return dir.resolve("kannel.conf");
  }

  private Process launch(String name, List<String> command) throws IOException {
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".out").toFile())).start();
  }

  /** bearerbox's status page says the fake SMSC is online and one smsbox is connected. */
  private boolean online() {
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + adminPort + "/status.txt?password=change-me-admin"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      String s = r.body();
      return s.contains("online") && s.contains("smsbox:") && portOpen(sendsmsPort);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void waitForPort(int port) throws InterruptedException {
    waitFor(() -> portOpen(port), "port " + port + " to open (see " + dir + ")");
  }

  private void waitFor(java.util.function.BooleanSupplier ready, String what) throws InterruptedException {
    long end = System.nanoTime() + START_WITHIN.toNanos();
    while (!ready.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("Kannel: waited " + START_WITHIN.toSeconds() + " s for " + what);
      }
      Thread.sleep(100);
    }
  }

  private static boolean portOpen(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
