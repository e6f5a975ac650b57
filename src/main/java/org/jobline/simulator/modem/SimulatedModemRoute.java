package org.jobline.simulator.modem;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.RouteSettings;
import org.jobline.aggregator.SendOutcome;
import org.jobline.aggregator.modem.ModemChannelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dev simulator's modem route: at start, socat makes a pseudo-terminal pair, the modem emulator
 * opens one side and a real modem route ({@code type: modem}) the other, paced for a person at a
 * browser rather than a SIM's few texts a minute. The simulator's phones text in through
 * {@link #receive} ({@code +CMTI}) and get what the route sends through {@link #onSent}. Without
 * socat the route stays off, with one log line, and the rest of the gateway runs as before.
 */
public final class SimulatedModemRoute implements Channel {
  private static final Logger log = LoggerFactory.getLogger(SimulatedModemRoute.class);
  private static final String NO_SOCAT = "socat is not installed (Debian package socat)";

  private final RouteSettings settings;
  private final ChannelContext ctx;
  private volatile Consumer<EmulatedSim.Sent> onSent = s -> {};
  private volatile Inbound inbound;
  private volatile Path dir;
  private volatile PtyPair pty;
  private volatile ModemEmulator modem;
  private volatile Channel route;

  SimulatedModemRoute(RouteSettings settings, ChannelContext ctx) {
    this.settings = settings;
    this.ctx = ctx;
  }

  @Override
  public String name() {
    return settings.name();
  }

  @Override
  public Future<Void> start() {
    return ctx.vertx().executeBlocking(this::link, false).compose(r -> {
      if (r == null) {
        return Future.succeededFuture();
      }
      route = r;
      if (inbound != null) {
        r.mount(null, inbound);
      }
      return r.start();
    });
  }

  /** Starts socat and the emulator and builds the route on the other side; null without socat. */
  private Channel link() throws IOException {
    if (!PtyPair.available()) {
      log.warn("simulator: simulator.modem.link is on but {}: the phones' modem route '{}' stays off", NO_SOCAT, name());
      return null;
    }
    dir = Files.createTempDirectory("jobline-modem-");
    pty = PtyPair.open(dir);
    modem = ModemEmulator.open(pty.modemSide(), null);
    modem.onSent(s -> onSent.accept(s));
    log.info("simulator: emulated GSM modem on {} (route '{}', the browser phone can text through it)",
        pty.routeSide(), name());
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("type", "modem");
    keys.put("device", pty.routeSide());
    keys.put("messagesPerMinute", "120");
    keys.put("readTimeoutMs", "2000");
    keys.put("checkEveryMs", "5000");
    keys.put("reopenMaxMs", "2000");
    for (String common : List.of("costPerSegment", "prefixes")) {
      String v = settings.string(common, null);
      if (v != null) {
        keys.put(common, v);
      }
    }
    return new ModemChannelType().create(new RouteSettings(name(), keys), ctx);
  }

  /** A phone's text, stored on the emulated SIM and announced to the route ({@code +CMTI}). */
  public boolean receive(String from, String text) {
    ModemEmulator m = modem;
    if (m == null) {
      return false;
    }
    m.receive(from, text);
    return true;
  }

  /** A status report for the part the route numbered {@code mr} ({@code +CDS}, delivered). */
  public void delivered(int mr, String recipient) {
    ModemEmulator m = modem;
    if (m != null) {
      m.report(mr, recipient, 0x00);
    }
  }

  /** Called on the emulator's thread with each SMS-SUBMIT part the route sends. */
  public void onSent(Consumer<EmulatedSim.Sent> listener) {
    this.onSent = listener;
  }

  /** Whether the emulator runs (socat was there). */
  public boolean linked() {
    return modem != null;
  }

  @Override
  public int maxRecipients() {
    return 1;
  }

  @Override
  public Future<List<SendOutcome>> send(String text, List<Recipient> to) {
    Channel r = route;
    if (r == null) {
      return Future.succeededFuture(to.stream().<SendOutcome>map(x -> SendOutcome.connectionFailed(NO_SOCAT)).toList());
    }
    return r.send(text, to);
  }

  @Override
  public Future<Boolean> reachable() {
    Channel r = route;
    return r == null ? Future.succeededFuture(false) : r.reachable();
  }

  @Override
  public void mount(Router router, Inbound inbound) {
    this.inbound = inbound;
    Channel r = route;
    if (r != null) {
      r.mount(router, inbound);
    }
  }

  @Override
  public boolean acceptsAlerts() {
    return false;
  }

  @Override
  public JsonObject status() {
    Channel r = route;
    JsonObject s = r == null ? new JsonObject().put("state", "off").put("error", NO_SOCAT) : r.status();
    return s.put("emulated", true);
  }

  @Override
  public Future<Void> close() {
    Channel r = route;
    Future<Void> closing = r == null ? Future.succeededFuture() : r.close();
    return closing.eventually(() -> ctx.vertx().executeBlocking(() -> {
      unlink();
      return null;
    }, false)).mapEmpty();
  }

  private void unlink() throws IOException {
    if (modem != null) {
      modem.close();
      modem = null;
    }
    if (pty != null) {
      pty.close();
    }
    if (dir != null) {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }
}
