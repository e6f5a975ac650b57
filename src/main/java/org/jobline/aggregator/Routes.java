package org.jobline.aggregator;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured routes, built by their {@link ChannelType}s (found with {@link ServiceLoader}), and
 * the one that sends. Built before anything starts, so a wrong route key stops the start (exit 2).
 */
public final class Routes {
  private static final Logger log = LoggerFactory.getLogger(Routes.class);

  private final List<Channel> all;
  private final Map<String, String> types;
  private final Map<String, RouteSettings> settings;
  private final Channel sending;

  private Routes(List<Channel> all, Map<String, String> types, Map<String, RouteSettings> settings, Channel sending) {
    this.all = List.copyOf(all);
    this.types = Map.copyOf(types);
    this.settings = Map.copyOf(settings);
    this.sending = sending;
  }

  /**
   * The dev simulator's emulated GSM modem ({@code simulator.modem.link: true}): one more route by
   * this name, of this type (registered by the simulator), never the implicit default route.
   */
  public static final String SIMULATED_MODEM = "modem";
  public static final String SIMULATED_MODEM_TYPE = "simulator-modem";

  public static Routes build(ChannelContext ctx) {
    Map<String, ChannelType> known = types();
    List<RouteSettings> settings = new ArrayList<>(LegacyRoute.settings(ctx.config()));
    int configured = settings.size();
    if (linksSimulatedModem(ctx.config())) {
      if (settings.stream().anyMatch(s -> s.name().equals(SIMULATED_MODEM))) {
        throw new ConfigException("simulator.modem.link", "adds a route named '" + SIMULATED_MODEM
            + "', and routes already has one: rename yours, or turn the link off");
      }
      settings.add(new RouteSettings(SIMULATED_MODEM, Map.of("type", SIMULATED_MODEM_TYPE)));
    }
    List<Channel> channels = new ArrayList<>();
    Map<String, String> typeOf = new HashMap<>();
    Map<String, String> pathOwner = new HashMap<>();
    Map<String, RouteSettings> settingsOf = new HashMap<>();
    for (RouteSettings given : settings) {
      String type = given.type();
      ChannelType t = type == null ? null : known.get(type);
      if (t == null) {
        throw new ConfigException(given.key("type"), (type == null || type.isBlank() ? "is required" : "unknown route type '" + type + "'")
            + " (known: " + String.join(", ", new TreeSet<>(known.keySet())) + ")");
      }
      RouteSettings s = given.withDefault("callbackPath", t.defaultCallbackPath());
      String owner = pathOwner.putIfAbsent(s.callbackPath(), s.name());
      if (owner != null) {
        throw new ConfigException(s.key("callbackPath"), s.callbackPath() + " is already the callback path of route '"
            + owner + "': give this route its own callbackPath");
      }
      Channel channel = t.create(s, ctx);
      channels.add(channel);
      typeOf.put(channel.name(), type);
      settingsOf.put(channel.name(), s);
    }
    return new Routes(channels, typeOf, settingsOf, pick(channels, channels.subList(0, configured),
        ctx.config().routing()));
  }

  private static boolean linksSimulatedModem(AppConfig c) {
    return !c.production() && c.simulator().modem() != null && c.simulator().modem().link();
  }

  /** The named route among all, or the only configured one (the simulated modem does not count). */
  private static Channel pick(List<Channel> channels, List<Channel> configured, AppConfig.RoutingConfig routing) {
    String wanted = routing.defaultRoute();
    if ((wanted == null || wanted.isBlank()) && routing.reply() != null && !routing.reply().isBlank()) {
      wanted = routing.reply().split(",")[0].strip();
      for (Channel c : channels) {
        if (c.name().equals(wanted)) {
          return c;
        }
      }
      throw new ConfigException("routing.reply", "no route named '" + wanted + "' under routes");
    }
    if (wanted == null || wanted.isBlank()) {
      if (configured.size() == 1) {
        return configured.get(0);
      }
      throw new ConfigException("routing.default", "several routes are configured: name the one that sends");
    }
    for (Channel c : channels) {
      if (c.name().equals(wanted)) {
        return c;
      }
    }
    throw new ConfigException("routing.default", "no route named '" + wanted + "' under routes");
  }

  /** Every registered route type by its {@code type} name. */
  static Map<String, ChannelType> types() {
    Map<String, ChannelType> byName = new LinkedHashMap<>();
    for (ChannelType t : ServiceLoader.load(ChannelType.class)) {
      ChannelType previous = byName.putIfAbsent(t.type(), t);
      if (previous != null && previous.getClass() != t.getClass()) {
        throw new IllegalStateException("two route types named '" + t.type() + "': " + previous.getClass().getName()
            + " and " + t.getClass().getName());
      }
    }
    return byName;
  }

  /** Starts every route, in order; the first failure stops the start. */
  public Future<Void> start() {
    Future<Void> chain = Future.succeededFuture();
    for (Channel c : all) {
      chain = chain.compose(v -> c.start().recover(e -> Future.failedFuture(
          new IllegalStateException("route '" + c.name() + "' did not start: " + e.getMessage(), e))));
    }
    return chain.onSuccess(v -> log.info("routes: {} (sending through {})", names(), sending.name()));
  }

  /** Closes every route; failures are logged, never thrown. */
  public Future<Void> close() {
    List<Future<Void>> closing = new ArrayList<>();
    for (Channel c : all) {
      closing.add(c.close().recover(e -> {
        log.warn("route {} did not close cleanly: {}", c.name(), e.getMessage());
        return Future.succeededFuture();
      }));
    }
    return Future.join(closing).mapEmpty();
  }

  public List<Channel> all() {
    return Collections.unmodifiableList(all);
  }

  /**
   * The default route: {@code routing.default} (or the first of {@code routing.reply}, or the only
   * route); every message kind without its own route list goes through it.
   */
  public Channel sending() {
    return sending;
  }

  /** A route's checked settings (for the routing terms every route has: costPerSegment, prefixes). */
  public RouteSettings settingsOf(Channel channel) {
    return settings.get(channel.name());
  }

  public String typeOf(Channel channel) {
    return types.get(channel.name());
  }

  private List<String> names() {
    return all.stream().map(c -> c.name() + " (" + types.get(c.name()) + ")").toList();
  }

  /** The route name given to outbox rows when no route is configured (releases before routes). */
  public static String legacyName() {
    return LegacyRoute.NAME;
  }

  /** The settings in force, for tests and diagnostics. */
  static List<RouteSettings> settings(AppConfig config) {
    return LegacyRoute.settings(config);
  }
}
