package org.jobline.aggregator.modem;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.jobline.aggregator.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route's own thread: opens the serial device, runs the start-up dialogue, then sends (paced),
 * reads what comes in, and checks the modem every {@code checkEveryMs}. A silent or vanished modem
 * is closed and reopened with a doubling back-off; queued sends answer "connection failed" so the
 * core keeps their messages. A SIM that refuses (PIN) stops the route: retrying could lock the SIM.
 */
final class ModemWorker implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ModemWorker.class);
  private static final long FIRST_BACKOFF_MS = 500;

  enum State { CONNECTING, READY, DOWN, REFUSED, CLOSED }

  /** One text to one recipient; {@code done} is called once, from this thread. */
  record Job(String text, String phone, Consumer<SendOutcome> done) {}

  private final String route;
  private final ModemSettings s;
  private final ModemInbox inbox;
  private final LinkedBlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
  final CompletableFuture<Void> firstAttempt = new CompletableFuture<>();
  final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private volatile State state = State.CONNECTING;
  private volatile int rssi = Signal.UNKNOWN;
  private volatile String lastError = "";
  private volatile boolean closing;
  private AtLink link;
  private long nextSendAt;
  private long nextCheckAt;
  private int reference;

  ModemWorker(String route, ModemSettings s, ModemInbox inbox) {
    this.route = route;
    this.s = s;
    this.inbox = inbox;
  }

  State state() {
    return state;
  }

  int rssi() {
    return rssi;
  }

  String lastError() {
    return lastError;
  }

  int queued() {
    return jobs.size();
  }

  /** Queues a send; false when the modem is not ready (the caller answers "connection failed"). */
  boolean offer(Job job) {
    if (state != State.READY) {
      return false;
    }
    jobs.add(job);
    return true;
  }

  void close() {
    closing = true;
  }

  @Override
  public void run() {
    long backoff = FIRST_BACKOFF_MS;
    while (!closing) {
      try {
        link = AtLink.open(s.device(), s.baud());
        rssi = ModemStartup.run(link, s, route);
        state = State.READY;
        lastError = "";
        backoff = FIRST_BACKOFF_MS;
        log.info("modem route {}: ready on {} (signal {})", route, s.device(), rssi);
        firstAttempt.complete(null);
        serve();
      } catch (ModemStartup.SimRefused e) {
        log.error("modem route {}: {}", route, e.getMessage());
        stop(State.REFUSED, e.getMessage());
        firstAttempt.completeExceptionally(e);
        stopped.complete(null);
        return;
      } catch (IOException | RuntimeException e) {
        if (!closing) {
          log.warn("modem route {}: {}; reopening in {} ms", route, e.getMessage(), backoff);
          stop(State.DOWN, e.getMessage());
          firstAttempt.complete(null);
          pause(backoff);
          backoff = Math.min(backoff * 2, s.reopenMaxMs());
        }
      }
    }
    stop(State.CLOSED, "closed");
    stopped.complete(null);
  }

  private void serve() throws IOException {
    nextCheckAt = System.currentTimeMillis() + s.checkEveryMs();
    boolean listed = false;
    while (!closing) {
      inbox.settle(link, s.readTimeoutMs());
      long now = System.currentTimeMillis();
      Job job = now >= nextSendAt ? jobs.poll() : null;
      if (job != null) {
        send(job);
      } else if (!listed && inbox.ready()) { // what came while we were away, once the core listens
        inbox.readAll(link, s.readTimeoutMs());
        listed = true;
      } else if (now >= nextCheckAt) {
        rssi = Signal.rssi(link.command("AT+CSQ", s.readTimeoutMs()));
        inbox.readAll(link, s.readTimeoutMs());
        nextCheckAt = System.currentTimeMillis() + s.checkEveryMs();
      } else {
        String line = link.unsolicited(100);
        if (line != null) {
          inbox.unsolicited(link, s.readTimeoutMs(), line);
        }
      }
    }
  }

  private void send(Job job) throws IOException {
    int mr = -1;
    var parts = SmsSubmit.of(job.phone(), job.text(), reference++ & 0xFF, true);
    nextSendAt = System.currentTimeMillis() + s.partIntervalMs() * parts.size();
    try {
      for (SmsSubmit part : parts) {
        AtLink.Reply r = link.submit(part.encode(), s.readTimeoutMs(), s.sendTimeoutMs());
        if (!r.ok()) {
          int code = r.errorCode();
          job.done().accept(code >= 0 ? CmsErrors.outcome(code) : new SendOutcome.Transient("modem: " + r.result(), false));
          return;
        }
        mr = reference(r);
      }
    } catch (AtLink.MaybeSent e) {
      job.done().accept(SendOutcome.maybeWritten("modem: " + e.getMessage()));
      throw e;
    } catch (IOException e) {
      job.done().accept(SendOutcome.connectionFailed("modem: " + e.getMessage()));
      throw e;
    }
    job.done().accept(new SendOutcome.Accepted(ProviderIds.sent(route, mr, job.phone()), "CMGS " + mr));
  }

  /** {@code +CMGS: <mr>[,<ackpdu>]} (3GPP TS 27.005 §3.5.1). */
  private static int reference(AtLink.Reply r) {
    for (String l : r.lines()) {
      if (l.startsWith("+CMGS:")) {
        try {
          return Integer.parseInt(l.substring(6).split(",")[0].trim());
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  private void stop(State next, String why) {
    state = next;
    lastError = why;
    if (link != null) {
      link.close();
      link = null;
    }
    Job j;
    while ((j = jobs.poll()) != null) {
      j.done().accept(SendOutcome.connectionFailed("modem " + next.name().toLowerCase() + ": " + why));
    }
  }

  private void pause(long ms) {
    long until = System.currentTimeMillis() + ms;
    while (!closing && System.currentTimeMillis() < until) {
      ModemStartup.sleep(50);
    }
  }
}
