package org.jobline.outbox.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Routes;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;

/**
 * The routing policy: an ordered route list per message kind ({@code routing.reply},
 * {@code routing.confirmation}, {@code routing.alert}; empty: the default route). A message goes to
 * the first route of its kind's list that carries its number (prefixes) and is usable (breaker
 * closed, throttle room); when none is, it waits. Each dispatcher claims through
 * {@link #claimsFor}, so a row is only ever claimed by the route this policy picks.
 */
public final class RoutingPolicy {
  /** The outbox kinds, as stored in outbox.kind. */
  public static final List<String> KINDS = List.of("reply", "confirmation", "alert");

  private final Map<String, List<RouteTerms>> byKind;
  private final Map<String, RouteTerms> terms;

  RoutingPolicy(Map<String, List<RouteTerms>> byKind, Map<String, RouteTerms> terms) {
    this.byKind = Map.copyOf(byKind);
    this.terms = Map.copyOf(terms);
  }

  /** Reads and checks {@code routing.*} against the built routes; errors name the key (exit 2). */
  public static RoutingPolicy build(AppConfig config, Routes routes) {
    Map<String, RouteTerms> terms = new LinkedHashMap<>();
    for (Channel c : routes.all()) {
      terms.put(c.name(), RouteTerms.of(c, routes.settingsOf(c), config.sms().costPerSegment()));
    }
    AppConfig.RoutingConfig r = config.routing();
    Map<String, List<RouteTerms>> byKind = new LinkedHashMap<>();
    byKind.put("reply", list("routing.reply", r.reply(), terms, routes));
    byKind.put("confirmation", list("routing.confirmation", r.confirmation(), terms, routes));
    byKind.put("alert", list("routing.alert", r.alert(), terms, routes));
    for (RouteTerms t : byKind.get("alert")) {
      if (!t.acceptsAlerts()) {
        throw new ConfigException(blank(r.alert()) ? "routing.default" : "routing.alert", "route '" + t.name()
            + "' does not take bulk alerts: list another route under routing.alert (or let that route take alerts)");
      }
    }
    return new RoutingPolicy(byKind, terms);
  }

  private static List<RouteTerms> list(String key, String value, Map<String, RouteTerms> terms, Routes routes) {
    if (blank(value)) {
      return List.of(terms.get(routes.sending().name()));
    }
    List<RouteTerms> out = new ArrayList<>();
    for (String part : value.split(",")) {
      String name = part.strip();
      RouteTerms t = terms.get(name);
      if (t == null) {
        throw new ConfigException(key, "no route named '" + name + "' under routes (known: "
            + String.join(", ", terms.keySet()) + ")");
      }
      if (out.contains(t)) {
        throw new ConfigException(key, "route '" + name + "' is listed twice");
      }
      out.add(t);
    }
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Where a message of {@code kind} to {@code phone} goes now. */
  public RouteChoice choose(String kind, String phone, RouteStates states) {
    for (RouteTerms t : byKind.getOrDefault(kind, List.of())) {
      if (t.carries(phone) && states.usable(t.name())) {
        return new RouteChoice(t.name());
      }
    }
    return RouteChoice.waits();
  }

  /**
   * The rows {@code route} may claim now: those {@link #choose} would give it, taking the route
   * itself as usable (a route with an open breaker claims only to probe).
   */
  public ClaimFilter claimsFor(String route, RouteStates states) {
    List<ClaimFilter.Clause> clauses = new ArrayList<>();
    boolean plain = true;
    for (String kind : KINDS) {
      List<String> except = new ArrayList<>();
      boolean blocked = false;
      boolean listed = false;
      for (RouteTerms t : byKind.get(kind)) {
        if (t.name().equals(route)) {
          listed = true;
          break;
        }
        if (states.usable(t.name())) {
          blocked |= t.prefixes().isEmpty();
          except.addAll(t.prefixes());
        }
      }
      if (listed && !blocked) {
        List<String> only = terms.get(route).prefixes();
        clauses.add(new ClaimFilter.Clause(kind, only, except));
        plain &= only.isEmpty() && except.isEmpty();
      } else {
        plain = false;
      }
    }
    return plain ? ClaimFilter.everything() : ClaimFilter.of(clauses);
  }

  /** The routes that carry {@code kind}, in order. */
  public List<String> routesFor(String kind) {
    return byKind.getOrDefault(kind, List.of()).stream().map(RouteTerms::name).toList();
  }

  /** Whether {@code route} is listed for any kind (a route only for callbacks is not). */
  public boolean sends(String route) {
    return byKind.values().stream().anyMatch(l -> l.stream().anyMatch(t -> t.name().equals(route)));
  }

  public double costPerSegment(String route) {
    return terms.get(route).costPerSegment();
  }
}
