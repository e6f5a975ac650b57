package org.jobline.aggregator;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.List;

/**
 * The channel port: one route between Jobline and the phones (Africa's Talking, Kannel, an SMPP
 * bind, a GSM modem, the simulator). An adapter owns its whole wire format, out (send) and in
 * (callbacks it mounts, or a socket/serial reader of its own that calls the {@link Inbound} sink).
 * Built by its {@link ChannelType}; started once before traffic, closed once at stop.
 */
public interface Channel {
  /** The route's configured name ("at", "kannel"): stored on each outbox row it carries. */
  String name();

  /** Binds or connects. A failed future stops the start with the reason (bad credentials, no device). */
  default Future<Void> start() {
    return Future.succeededFuture();
  }

  /** How many recipients one {@link #send} may carry (1 for routes without bulk sending). */
  int maxRecipients();

  /**
   * Sends one text to one or more recipients and answers one {@link SendOutcome} per recipient, in
   * the order given. The future never fails: every failure is an outcome. Called on an event loop:
   * an adapter whose client blocks (jsmpp, a serial port) hands the work to its own threads.
   */
  Future<List<SendOutcome>> send(String text, List<Recipient> to);

  /**
   * Asks the route whether it answers, without sending an SMS (the breaker's probe when nothing is
   * queued). Completes with true or false, or null when the route has no such request.
   */
  default Future<Boolean> reachable() {
    return Future.succeededFuture(null);
  }

  /**
   * Mounts the route's HTTP callbacks (incoming SMS, USSD, delivery reports, opt-outs) on the
   * gateway's router; each decoded callback goes to {@code inbound}. Routes that are not HTTP keep
   * {@code inbound} and call it from their own threads.
   */
  default void mount(Router router, Inbound inbound) {}

  /** Routes whose callbacks must read their body before the router's body handler (hot paths only). */
  default void mountFirst(Router router, Inbound inbound) {}

  /**
   * Whether the route takes bulk job alerts. A slow or costly route (a GSM modem) answers false
   * unless configured otherwise; routing then refuses to list it under {@code routing.alert}.
   */
  default boolean acceptsAlerts() {
    return true;
  }

  /** The route's own state for /ready (bind state, modem signal...); empty when it has none. */
  default JsonObject status() {
    return new JsonObject();
  }

  /** Releases clients, binds, ports. */
  default Future<Void> close() {
    return Future.succeededFuture();
  }
}
