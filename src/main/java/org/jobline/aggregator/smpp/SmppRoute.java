package org.jobline.aggregator.smpp;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jobline.phone.PhoneNumbers;
import org.jsmpp.bean.BindType;
import org.jsmpp.session.SMPPSession;

/**
 * The SMPP 3.4 route: a transceiver bind (or a transmitter + receiver pair) kept alive by
 * {@link SmppLink}s, {@code window} sender threads that each wait for one submit_sm_resp at a
 * time, a segment throttle, and a {@link SmppReceiver} for deliver_sm. While unbound, send answers
 * "connection failed" at once, so the core's breaker opens and messages wait in the outbox.
 */
public final class SmppRoute implements Channel {
  private final SmppSettings settings;
  private final Vertx vertx;
  private final Segmenter segmenter;
  private final SegmentThrottle throttle;
  private final Submitter submitter;
  private final SmppLink tx;
  private final SmppLink rx;
  private final ThreadPoolExecutor senders;
  private final ScheduledExecutorService binder;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile Inbound inbound;

  public SmppRoute(SmppSettings settings, Vertx vertx, PhoneNumbers phones) {
    this.settings = settings;
    this.vertx = vertx;
    this.segmenter = new Segmenter(settings.longMessages());
    this.throttle = new SegmentThrottle(settings.segmentsPerSecond());
    PartIds partIds = new PartIds();
    this.submitter = new Submitter(settings, throttle, partIds);
    String n = settings.name();
    this.binder = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "smpp-" + n + "-bind"));
    AtomicInteger senderNo = new AtomicInteger();
    this.senders = new ThreadPoolExecutor(settings.window(), settings.window(), 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> daemon(r, "smpp-" + n + "-send-" + senderNo.incrementAndGet()));
    SmppReceiver receiver = new SmppReceiver(n, settings.receiptIds(), phones, vertx.getOrCreateContext(),
        () -> inbound, partIds);
    if (settings.pair()) {
      this.tx = new SmppLink(settings, BindType.BIND_TX, null, binder, this::sessionClosed);
      this.rx = new SmppLink(settings, BindType.BIND_RX, receiver, binder, s -> {});
    } else {
      this.tx = new SmppLink(settings, BindType.BIND_TRX, receiver, binder, this::sessionClosed);
      this.rx = null;
    }
  }

  /**
   * The sending bind closed: submits still waiting on it end a second later as unconfirmed (written,
   * maybe taken: they wait for their receipts) instead of after the whole response timeout. Not at
   * once: answers already read from the socket may still be in jsmpp's queue, and those are accepted.
   */
  private void sessionClosed(SMPPSession session) {
    binder.schedule(() -> submitter.sessionClosed(session), 1, TimeUnit.SECONDS);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public String name() {
    return settings.name();
  }

  /** Starts binding and succeeds at once: an SMSC that is down must not stop the gateway. */
  @Override
  public Future<Void> start() {
    tx.start();
    if (rx != null) {
      rx.start();
    }
    return Future.succeededFuture();
  }

  @Override
  public int maxRecipients() {
    return 1;
  }

  @Override
  public Future<List<SendOutcome>> send(String text, List<Recipient> to) {
    SMPPSession session = tx.session();
    if (session == null) {
      SendOutcome down = SendOutcome.connectionFailed("SMPP route " + name() + " is not bound");
      return Future.succeededFuture(to.stream().map(r -> down).toList());
    }
    List<SubmitPart> parts = segmenter.parts(text);
    Context context = vertx.getOrCreateContext();
    Promise<List<SendOutcome>> promise = Promise.promise();
    inFlight.incrementAndGet();
    try {
      senders.execute(() -> {
        List<SendOutcome> out = to.stream().map(r -> submitter.submit(tx.session(), parts, r)).toList();
        inFlight.decrementAndGet();
        context.runOnContext(v -> promise.complete(out));
      });
    } catch (RejectedExecutionException e) {
      inFlight.decrementAndGet();
      SendOutcome closing = SendOutcome.connectionFailed("SMPP route " + name() + " is closing");
      return Future.succeededFuture(to.stream().map(r -> closing).toList());
    }
    return promise.future();
  }

  @Override
  public Future<Boolean> reachable() {
    return Future.succeededFuture(tx.bound() && (rx == null || rx.bound()));
  }

  /** Not an HTTP route: keeps the sink for the deliver_sm its binds receive. */
  @Override
  public void mount(Router router, Inbound inbound) {
    this.inbound = inbound;
  }

  /** Lets a route run without a router (tests, the benchmark). */
  public void inbound(Inbound inbound) {
    this.inbound = inbound;
  }

  @Override
  public JsonObject status() {
    boolean bound = tx.bound() && (rx == null || rx.bound());
    JsonObject s = new JsonObject().put("type", "smpp").put("bind", bound ? "bound" : "unbound")
        .put("window", settings.window()).put("inFlight", inFlight.get())
        .put("segmentsPerSecond", settings.segmentsPerSecond()).put("throttled", throttle.paused())
        .put("slowDowns", throttle.slowDowns()).put("tx", tx.status());
    if (rx != null) {
      s.put("rx", rx.status());
    }
    return s;
  }

  @Override
  public Future<Void> close() {
    return vertx.executeBlocking(() -> {
      senders.shutdownNow();
      tx.close();
      if (rx != null) {
        rx.close();
      }
      binder.shutdownNow();
      return null;
    }, false);
  }
}
