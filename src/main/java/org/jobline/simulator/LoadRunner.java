package org.jobline.simulator;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.cli.CliIo;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;

/**
 * Load mode: {@code phones} phones drive USSD dialogues (AT callbacks, inputs from {@code dialogue})
 * and SMS commands at {@code rate} requests per second for {@code duration}, straight to the
 * target's AT callbacks; prints throughput and p50/p95/p99 latency per kind.
 */
public final class LoadRunner {
  /** What to send and how fast. */
  record Plan(String target, String secret, String serviceCode, String shortCode, int phones, int rate, int seconds,
              List<String> dialogue, String smsText, double smsShare) {}

  /** The figures of a run. */
  record Result(Latencies ussd, Latencies sms, int skipped, double elapsedSeconds) {}

  private LoadRunner() {}

  static int fromArgs(AppConfig config, List<String> args, CliIo io) throws Exception {
    Args a = Args.parse(args, Set.of("target", "phones", "rate", "duration", "dialogue", "sms", "sms-share", "secret",
        "warmup"));
    if (!a.positional.isEmpty()) {
      throw new UsageException("simulate load takes only options (got " + a.positional + ")");
    }
    double share = a.intOption("sms-share", 20, 0, 100) / 100.0;
    Plan plan = new Plan(Args.url("target", a.get("target")),
        a.get("secret") != null ? a.get("secret") : config.aggregator().callbackSecret(), config.ussd().serviceCode(), config.sms().shortCode(),
        a.intOption("phones", 50, 1, 1_000_000), a.intOption("rate", 20, 1, 100_000), a.seconds("duration", 30),
        List.of((a.get("dialogue") == null ? "1,1,1,1,2,1" : a.get("dialogue")).split(",")),
        a.get("sms") == null ? "AIDE" : a.get("sms"), share);
    int warmup = a.seconds("warmup", 0);
    Vertx vertx = Vertx.vertx();
    try {
      if (warmup > 0) {
        io.out().println("load: warming up for " + warmup + " s (not measured)");
        once(vertx, new Plan(plan.target(), plan.secret(), plan.serviceCode(), plan.shortCode(), plan.phones(),
            plan.rate(), warmup, plan.dialogue(), plan.smsText(), plan.smsShare()));
      }
      io.out().println("load: " + plan.phones() + " phones, " + plan.rate() + " req/s for " + plan.seconds() + " s -> " + plan.target());
      Result r = once(vertx, plan);
      print(r, io);
      return r.ussd().count() + r.sms().count() > 0 ? 0 : 1;
    } finally {
      SimulatorClient.await(vertx.close());
    }
  }

  /** One run of the plan; the calling thread (the CLI's main thread, not Vert.x) waits for its end. */
  private static Result once(Vertx vertx, Plan plan) throws Exception {
    Promise<Result> done = Promise.promise();
    vertx.runOnContext(v -> run(vertx, plan, done));
    return done.future().toCompletionStage().toCompletableFuture().get(plan.seconds() + 60L, TimeUnit.SECONDS);
  }

  static void print(Result r, CliIo io) {
    int total = r.ussd().count() + r.sms().count();
    int errors = r.ussd().errors() + r.sms().errors();
    io.out().println(String.format(Locale.ROOT, "load: %d requests answered in %.1f s (%.1f req/s), %d errors, %d skipped (all phones busy)",
        total, r.elapsedSeconds(), total / r.elapsedSeconds(), errors, r.skipped()));
    io.out().println(r.ussd().summary("ussd"));
    io.out().println(r.sms().summary("sms"));
  }

  /** Runs the plan on the current Vert.x context and completes {@code done} when the last answer is in. */
  static void run(Vertx vertx, Plan plan, Promise<Result> done) {
    LoadPhones phones = new LoadPhones(plan, new JoblineLink(WebClient.create(vertx), plan.secret()));
    long start = System.nanoTime();
    long end = start + plan.seconds() * 1_000_000_000L;
    double perTick = plan.rate() / 100.0;
    double[] credit = {0};
    AtomicInteger skipped = new AtomicInteger();
    vertx.setPeriodic(10, id -> {
      if (System.nanoTime() >= end) {
        vertx.cancelTimer(id);
        phones.whenIdle(vertx, () -> done.tryComplete(new Result(phones.ussd, phones.sms, skipped.get(),
            (System.nanoTime() - start) / 1e9)));
        return;
      }
      credit[0] += perTick;
      while (credit[0] >= 1) {
        credit[0] -= 1;
        boolean sms = ThreadLocalRandom.current().nextDouble() < plan.smsShare();
        if (!phones.fire(sms)) {
          skipped.incrementAndGet();
        }
      }
    });
  }
}
