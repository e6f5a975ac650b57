package org.jobline.aggregator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the routes section, or, when it is empty, turns the keys of earlier releases
 * ({@code aggregator.type}, {@code aggregator.africastalking.*}) into one route named
 * "africastalking" (its callbacks and the name on outbox rows stay what they were). Deprecated:
 * kept for one release, with a log line.
 */
final class LegacyRoute {
  private static final Logger log = LoggerFactory.getLogger(LegacyRoute.class);
  static final String NAME = "africastalking";

  private LegacyRoute() {}

  static List<RouteSettings> settings(AppConfig c) {
    List<RouteSettings> out = new ArrayList<>();
    if (c.routes() != null && !c.routes().isEmpty()) {
      c.routes().forEach((name, keys) -> out.add(new RouteSettings(name, keys)));
      return out;
    }
    AppConfig.AggregatorConfig a = c.aggregator();
    AppConfig.AfricasTalkingConfig at = a.africastalking();
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("type", a.type());
    keys.put("callbackPath", "/aggregator/africastalking");
    keys.put("username", at.username());
    keys.put("apiKey", at.apiKey());
    keys.put("senderId", at.senderId());
    switch (a.type()) {
      case "simulator" -> { }
      case "africastalking" -> {
        keys.put("baseUrl", at.baseUrl());
        log.warn("aggregator.type and aggregator.africastalking.* are deprecated: configure the route under routes "
            + "(routes: {{ at: {{ type: africastalking, ... }} }}, see README \"Routes\"); read as a route named '{}'", NAME);
      }
      default -> throw new ConfigException("aggregator.type", "'" + a.type()
          + "' is not available as aggregator.type: configure it under routes (README \"Routes\")");
    }
    out.add(new RouteSettings(NAME, keys));
    return out;
  }
}
