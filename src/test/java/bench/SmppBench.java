package bench;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.RouteSettings;
import org.jobline.aggregator.SendOutcome;
import org.jobline.aggregator.smpp.SmppRoute;
import org.jobline.aggregator.smpp.SmppSettings;
import org.jobline.aggregator.smpp.SmppText;
import org.jobline.aggregator.smpp.SubmitPart;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc;
import org.jobline.phone.PhoneNumbers;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * SMPP route benchmark (see bench/smpp/README.md): distinct texts into the test SMSC through the
 * route (throttle off, the dispatcher's 128 sends in flight) against a plain jsmpp loop with the
 * same window, paired in the same run; then the route with the default window against an SMSC 50
 * ms away. Not a test: prints figures.
 */
public final class SmppBench {
  private static final int WINDOW = 64;
  private static final int DISPATCHER_IN_FLIGHT = 128;

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int slowN = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Vertx vertx = Vertx.vertx();
    try (TestSmsc smsc = TestSmsc.start(0, 2 * WINDOW + 8)) {
      smsc.behaviour().receipts(false, 0, "DELIVRD");
      System.out.printf("SMPP bench: %,d distinct texts, window %d, %d cores%n", n,
          WINDOW, Runtime.getRuntime().availableProcessors());
      double bestPlain = 0;
      double bestRoute = 0;
      for (int round = 1; round <= 2; round++) {
        double plain = plainLoop(smsc, n, WINDOW, "p" + round);
        double route = route(vertx, smsc, n, WINDOW, "r" + round);
        System.out.printf("round %d: plain jsmpp loop %,.0f msg/s, route %,.0f msg/s (%.0f%%)%n", round, plain, route,
            100 * route / plain);
        bestPlain = Math.max(bestPlain, plain);
        bestRoute = Math.max(bestRoute, route);
      }
      System.out.printf("best of 2: route %,.0f msg/s = %.0f%% of the plain loop's %,.0f msg/s (target 70%%)%n",
          bestRoute, 100 * bestRoute / bestPlain, bestPlain);

      smsc.behaviour().delayMs(50);
      double slowPlain = plainLoop(smsc, slowN, WINDOW, "sp");
      double slowRoute = route(vertx, smsc, slowN, WINDOW, "sr");
      System.out.printf("SMSC 50 ms away, window %d: route %,.0f msg/s, plain loop %,.0f msg/s (window/latency"
          + " bound %,.0f/s)%n", WINDOW, slowRoute, slowPlain, WINDOW / 0.050);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private static String text(String run, int i) {
    return "Offre " + run + "-" + i + ": macon a Lome, 3 mois, 150000 XOF. Repondez OUI " + i;
  }

  /** The ceiling: {@code window} threads, each submitting and waiting for its answer, one bind. */
  static double plainLoop(TestSmsc smsc, int n, int window, String run) throws Exception {
    SMPPSession s = new SMPPSession(new org.jobline.aggregator.smpp.SmppSockets(10_000));
    s.setTransactionTimer(30_000);
    s.setQueueCapacity(Math.max(1000, window * 4));
    s.connectAndBind("127.0.0.1", smsc.port(), new BindParameter(BindType.BIND_TRX, "bench", "", "",
        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), 10_000);
    AtomicInteger next = new AtomicInteger();
    AtomicLong failed = new AtomicLong();
    CountDownLatch done = new CountDownLatch(window);
    long start = System.nanoTime();
    for (int t = 0; t < window; t++) {
      new Thread(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          try {
            SubmitPart p = SmppText.parts(text(run, i)).get(0);
            s.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "JOBS",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, phone(i), new ESMClass(), (byte) 0, (byte) 0,
                null, null, new RegisteredDelivery(1), (byte) 0, DataCodings.ZERO, (byte) 0, p.shortMessage());
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
        done.countDown();
      }, "plain-" + t).start();
    }
    done.await();
    double rate = n / ((System.nanoTime() - start) / 1e9);
    s.unbindAndClose();
    if (failed.get() > 0) {
      System.out.printf("  plain loop: %d failed%n", failed.get());
    }
    return rate;
  }

  /** The route, driven the way the dispatcher drives it: sends from an event loop, 128 in flight. */
  static double route(Vertx vertx, TestSmsc smsc, int n, int window, String run) throws Exception {
    Map<String, String> keys = Map.of("type", "smpp", "host", "127.0.0.1", "port", String.valueOf(smsc.port()),
        "systemId", "bench", "window", String.valueOf(window), "segmentsPerSecond", "0");
    SmppRoute route = new SmppRoute(SmppSettings.from(new RouteSettings("bench", keys), "JOBS"), vertx,
        new PhoneNumbers("TG"));
    route.inbound(org.mockito.Mockito.mock(Inbound.class));
    route.start();
    while (!"bound".equals(route.status().getString("bind"))) {
      Thread.sleep(10);
    }
    Context ctx = vertx.getOrCreateContext();
    Promise<Long> done = Promise.promise();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    ctx.runOnContext(v -> {
      for (int k = 0; k < DISPATCHER_IN_FLIGHT; k++) {
        sendNext(route, n, run, next, finished, failed, done);
      }
    });
    done.future().toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
    double rate = n / ((System.nanoTime() - start) / 1e9);
    route.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    if (failed.get() > 0) {
      System.out.printf("  route: %d not accepted%n", failed.get());
    }
    return rate;
  }

  private static void sendNext(SmppRoute route, int n, String run, AtomicInteger next, AtomicInteger finished,
                               AtomicLong failed, Promise<Long> done) {
    int i = next.getAndIncrement();
    if (i >= n) {
      return;
    }
    route.send(text(run, i), List.of(new Recipient(i, "+" + phone(i)))).onSuccess(out -> {
      if (!(out.get(0) instanceof SendOutcome.Accepted)) {
        failed.incrementAndGet();
      }
      if (finished.incrementAndGet() == n) {
        done.complete((long) n);
      } else {
        sendNext(route, n, run, next, finished, failed, done);
      }
    });
  }

  private static String phone(long i) {
    return "2289" + String.format("%07d", i % 10_000_000);
  }
}
