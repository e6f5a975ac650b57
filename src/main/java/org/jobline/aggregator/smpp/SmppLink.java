package org.jobline.aggregator.smpp;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.SessionStateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bind to the SMSC (transceiver, or one half of a transmitter + receiver pair) that keeps
 * itself bound: binds on the route's binder thread, and when the session closes (unbind, lost
 * socket, enquire_link without answer: jsmpp closes it) binds again after a backoff with jitter.
 */
final class SmppLink implements SessionStateListener {
  private static final Logger log = LoggerFactory.getLogger(SmppLink.class);
  /** A bind that lasted this long was healthy: the next failure starts the backoff afresh. */
  private static final long HEALTHY_MS = 30_000;

  private final SmppSettings settings;
  private final BindType bindType;
  private final MessageReceiverListener listener;
  private final ScheduledExecutorService binder;
  private final java.util.function.Consumer<SMPPSession> onClosed;
  private final Backoff backoff;
  private final AtomicReference<SMPPSession> session = new AtomicReference<>();
  private volatile String state = "unbound";
  private volatile String lastError;
  private volatile long sinceMs = System.currentTimeMillis();
  private volatile long binds;
  private volatile boolean closed;

  SmppLink(SmppSettings settings, BindType bindType, MessageReceiverListener listener,
           ScheduledExecutorService binder, java.util.function.Consumer<SMPPSession> onClosed) {
    this.onClosed = onClosed;
    this.settings = settings;
    this.bindType = bindType;
    this.listener = listener;
    this.binder = binder;
    this.backoff = new Backoff(settings.reconnectMinMs(), settings.reconnectMaxMs());
  }

  void start() {
    binder.execute(this::bind);
  }

  /** The bound session, or null. */
  SMPPSession session() {
    return session.get();
  }

  boolean bound() {
    return session.get() != null;
  }

  private void bind() {
    if (closed) {
      return;
    }
    state = "binding";
    SMPPSession s = new SMPPSession(new SmppSockets(settings.responseTimeoutMs()));
    s.setEnquireLinkTimer(settings.enquireLinkMs());
    s.setTransactionTimer(settings.responseTimeoutMs());
    s.setPduProcessorDegree(4);
    s.setQueueCapacity(Math.max(1000, settings.window() * 4));
    if (listener != null) {
      s.setMessageReceiverListener(listener);
    }
    try {
      s.connectAndBind(settings.host(), settings.port(), new BindParameter(bindType, settings.systemId(),
          settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
          settings.addressRange()), settings.responseTimeoutMs());
    } catch (IOException | RuntimeException e) {
      failed(e.toString());
      return;
    }
    session.set(s);
    s.addSessionStateListener(this);
    binds++;
    state = "bound";
    lastError = null;
    sinceMs = System.currentTimeMillis();
    log.info("SMPP route {}: bound as {} to {}:{}", settings.name(), bindType, settings.host(), settings.port());
    if (!s.getSessionState().isBound()) {
      onStateChange(SessionState.CLOSED, SessionState.BOUND_TRX, s);
    }
  }

  private void failed(String why) {
    lastError = why;
    state = "unbound";
    sinceMs = System.currentTimeMillis();
    long delay = backoff.nextMs();
    log.warn("SMPP route {}: {} bind to {}:{} failed ({}); next try in {} ms", settings.name(), bindType,
        settings.host(), settings.port(), why, delay);
    if (!closed) {
      binder.schedule(this::bind, delay, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void onStateChange(SessionState newState, SessionState oldState, Session source) {
    if (newState != SessionState.CLOSED || !session.compareAndSet((SMPPSession) source, null)) {
      return;
    }
    onClosed.accept((SMPPSession) source);
    if (System.currentTimeMillis() - sinceMs >= HEALTHY_MS) {
      backoff.reset();
    }
    if (!closed) {
      failed("session closed (unbind, lost socket or enquire_link unanswered)");
    }
  }

  JsonObject status() {
    return new JsonObject().put("bindType", bindType.name()).put("state", state).put("since", sinceMs)
        .put("binds", binds).put("lastError", lastError);
  }

  /** Unbinds; no new bind follows. Blocks: run it off the event loop. */
  void close() {
    closed = true;
    SMPPSession s = session.getAndSet(null);
    if (s != null) {
      s.unbindAndClose();
    }
    state = "closed";
  }
}
