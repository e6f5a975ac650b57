package org.jobline.app;

import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code run}: starts the gateway and keeps it running until SIGTERM, then stops it gracefully. */
final class RunCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  @Override
  public String usage() {
    return "run                      start the gateway (the default)";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    if (!args.isEmpty()) {
      throw new UsageException("run takes no arguments (got " + args + ")");
    }
    Vertx vertx = Vertx.vertx();
    AtomicReference<Object> outcome = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    // The main thread waits for the start outcome; it is not a Vert.x thread.
    Gateway.start(vertx, config).onComplete(ar -> {
      outcome.set(ar.succeeded() ? ar.result() : ar.cause());
      started.countDown();
    });
    started.await();
    if (outcome.get() instanceof Throwable failure) {
      vertx.close();
      if (failure instanceof ConfigException ce) {
        throw ce;
      }
      io.err().println("jobline: cannot start: " + failure.getMessage());
      return 1;
    }
    Gateway gateway = (Gateway) outcome.get();
    AtomicBoolean stopping = new AtomicBoolean();
    // SIGTERM is the supervisor's normal "stop": after a clean stop the exit code is 0, not the
    // JVM's 143 (128 + 15) that systemd and Docker report as a failure. Other exits (SIGINT,
    // System.exit) still stop cleanly through the hook.
    onTerm(() -> {
      shutdown(vertx, gateway, stopping);
      System.exit(0);
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(vertx, gateway, stopping), "jobline-shutdown"));
    return KEEP_RUNNING;
  }

  /** Runs {@code stop} on its own thread when the process gets SIGTERM; without sun.misc.Signal the hook alone stops. */
  private static void onTerm(Runnable stop) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("TERM"), sig -> new Thread(stop, "jobline-sigterm").start());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      log.debug("no SIGTERM handler ({}): the JVM's exit code applies", e.getMessage());
    }
  }

  private static void shutdown(Vertx vertx, Gateway gateway, AtomicBoolean stopping) {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    log.info("stopping: finishing work in flight");
    CountDownLatch stopped = new CountDownLatch(1);
    gateway.stop().eventually(() -> vertx.close()).onComplete(ar -> stopped.countDown());
    try {
      if (!stopped.await(30, TimeUnit.SECONDS)) {
        log.warn("stop took more than 30 s; exiting anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info("stopped");
  }
}
