package org.jobline.aggregator.fake;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.RouteSettings;
import org.jobline.aggregator.SendOutcome;

/**
 * {@code type: fake}: the smallest possible route, registered only in the test resources' service
 * file. It keeps what it sends, and plays a phone and a carrier that call the core through the
 * {@link Inbound} sink from a thread of their own, as a socket or serial route would.
 */
public final class FakeChannelType implements ChannelType {
  /** The routes built, by name, for the tests to reach. */
  public static final Map<String, Fake> BUILT = new ConcurrentHashMap<>();

  @Override
  public String type() {
    return "fake";
  }

  @Override
  public Channel create(RouteSettings settings, ChannelContext context) {
    settings.allowOnly(Set.of("prefix", "alerts"));
    Fake fake = new Fake(settings.name(), settings.string("prefix", "fake-"), settings.bool("alerts", true));
    BUILT.put(settings.name(), fake);
    return fake;
  }

  /** One text sent to one number, with the id the route gave it. */
  public record Sent(String phone, String text, String providerId) {}

  /** The route itself. */
  public static final class Fake implements Channel {
    public final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final String name;
    private final String prefix;
    private final AtomicLong ids = new AtomicLong();
    private volatile Inbound inbound;
    private volatile boolean started;
    private volatile boolean down;
    /** Sends refused while down (connection failures), for the tests to see the route was tried. */
    public final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();

    private final boolean alerts;

    Fake(String name, String prefix, boolean alerts) {
      this.name = name;
      this.prefix = prefix;
      this.alerts = alerts;
    }

    /** {@code alerts: false} plays a route that refuses bulk, as a GSM modem does by default. */
    @Override
    public boolean acceptsAlerts() {
      return alerts;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Future<Void> start() {
      started = true;
      return Future.succeededFuture();
    }

    public boolean started() {
      return started;
    }

    @Override
    public int maxRecipients() {
      return 1;
    }

    /** Down: every send is a connection failure and {@link #reachable()} says no, until it is up again. */
    public void down(boolean isDown) {
      down = isDown;
    }

    @Override
    public Future<Boolean> reachable() {
      return Future.succeededFuture(!down);
    }

    @Override
    public Future<List<SendOutcome>> send(String text, List<Recipient> to) {
      List<SendOutcome> out = new ArrayList<>();
      if (down) {
        refused.addAndGet(to.size());
        to.forEach(r -> out.add(new SendOutcome.Transient("connection refused (fake route down)", true)));
        return Future.succeededFuture(out);
      }
      for (Recipient r : to) {
        String id = prefix + ids.incrementAndGet();
        sent.add(new Sent(r.phone(), text, id));
        out.add(new SendOutcome.Accepted(id, "ok"));
      }
      return Future.succeededFuture(out);
    }

    @Override
    public void mount(Router router, Inbound inbound) {
      this.inbound = inbound; // no HTTP callbacks: it calls the sink itself
    }

    /** A phone texts us, from a thread that is not Vert.x's. */
    public Future<Inbound.SmsResult> receive(String id, String phone, String text) {
      return onOwnThread(() -> inbound.sms(new Inbound.IncomingSms(name, id, phone, text, "8888",
          System.currentTimeMillis())));
    }

    /** The carrier reports a delivery. */
    public Future<Boolean> delivered(String providerId) {
      return onOwnThread(() -> inbound.report(new Inbound.DeliveryReport(name, providerId, DeliveryStatus.DELIVERED,
          "DELIVRD", null, false, System.currentTimeMillis())));
    }

    private static <T> Future<T> onOwnThread(java.util.function.Supplier<Future<T>> call) {
      io.vertx.core.Promise<T> result = io.vertx.core.Promise.promise();
      Thread t = new Thread(() -> call.get().onComplete(result), "fake-route");
      t.start();
      return result.future();
    }
  }
}
