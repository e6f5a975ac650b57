package org.jobline.aggregator.modem;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Locale;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jobline.phone.PhoneNumbers;

/**
 * A GSM modem as a route: one recipient per send, handed to the route's own thread
 * ({@link ModemWorker}), which completes the future back on the caller's context. Not for bulk
 * alerts unless {@code bulk: true} ({@link #acceptsBulk()}, read by the routing policy).
 */
public final class ModemRoute implements Channel {
  private final String name;
  private final ModemSettings settings;
  private final Vertx vertx;
  private final ModemInbox inbox;
  private final ModemWorker worker;
  private Thread thread;

  ModemRoute(String name, ModemSettings settings, Vertx vertx, PhoneNumbers phones) {
    this.name = name;
    this.settings = settings;
    this.vertx = vertx;
    this.inbox = new ModemInbox(name, phones);
    this.worker = new ModemWorker(name, settings, inbox);
  }

  @Override
  public String name() {
    return name;
  }

  /** Whether the routing policy may give this route bulk alerts ({@code bulk}, false by default). */
  /** The routing policy's question: a modem takes alerts only with {@code bulk: true}. */
  @Override
  public boolean acceptsAlerts() {
    return acceptsBulk();
  }

  public boolean acceptsBulk() {
    return settings.bulk();
  }

  /** Parts a minute the route sends at most ({@code messagesPerMinute}). */
  public int messagesPerMinute() {
    return settings.messagesPerMinute();
  }

  /**
   * Starts the route's thread and waits for its first attempt: fails only when the SIM refuses (PIN);
   * a missing or silent modem leaves the route down, retried with back-off, and the gateway starts.
   */
  @Override
  public Future<Void> start() {
    thread = new Thread(worker, "modem-" + name);
    thread.setDaemon(true);
    thread.start();
    return Future.fromCompletionStage(worker.firstAttempt, vertx.getOrCreateContext());
  }

  @Override
  public int maxRecipients() {
    return 1;
  }

  @Override
  public Future<List<SendOutcome>> send(String text, List<Recipient> to) {
    if (to.size() != 1) {
      return Future.succeededFuture(to.stream().<SendOutcome>map(r -> new SendOutcome.Transient("one recipient per send", false)).toList());
    }
    Context ctx = vertx.getOrCreateContext();
    Promise<List<SendOutcome>> promise = Promise.promise();
    boolean queued = worker.offer(new ModemWorker.Job(text, to.get(0).phone(),
        outcome -> ctx.runOnContext(v -> promise.complete(List.of(outcome)))));
    if (!queued) {
      return Future.succeededFuture(List.of(SendOutcome.connectionFailed("modem " + state() + ": " + worker.lastError())));
    }
    return promise.future();
  }

  @Override
  public Future<Boolean> reachable() {
    return Future.succeededFuture(worker.state() == ModemWorker.State.READY);
  }

  @Override
  public void mount(Router router, Inbound inbound) {
    inbox.sink(inbound);
  }

  @Override
  public JsonObject status() {
    int rssi = worker.rssi();
    JsonObject s = new JsonObject().put("state", state()).put("device", settings.device())
        .put("signal", rssi).put("signalDbm", Signal.dbm(rssi)).put("queued", worker.queued())
        .put("messagesPerMinute", settings.messagesPerMinute()).put("bulk", settings.bulk());
    if (!worker.lastError().isEmpty() && worker.state() != ModemWorker.State.READY) {
      s.put("error", worker.lastError());
    }
    return s;
  }

  private String state() {
    return worker.state().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Future<Void> close() {
    worker.close();
    if (thread == null) {
      return Future.succeededFuture();
    }
    return Future.fromCompletionStage(worker.stopped, vertx.getOrCreateContext());
  }
}
