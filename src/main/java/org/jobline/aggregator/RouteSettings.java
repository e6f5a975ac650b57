package org.jobline.aggregator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jobline.config.ConfigException;

/**
 * One route's config subtree ({@code routes.<name>}), read by its {@link ChannelType}: typed
 * getters with defaults and ranges whose errors name the full key, and a check that refuses keys
 * the adapter does not know. Values arrive as strings (YAML scalars and environment overrides alike).
 */
public final class RouteSettings {
  private final String name;
  private final Map<String, String> values;

  public RouteSettings(String name, Map<String, String> values) {
    this.name = name;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The route's name (the key under {@code routes}). */
  public String name() {
    return name;
  }

  public String type() {
    return values.get("type");
  }

  /**
   * Where the route's HTTP callbacks live: {@code callbackPath}, by default its type's
   * ({@link ChannelType#defaultCallbackPath()}, {@code /aggregator/<type>}), so a second route of one
   * type must set its own.
   */
  public String callbackPath() {
    String p = string("callbackPath", "/aggregator/" + type());
    if (!p.matches("(/[A-Za-z0-9._-]+)+")) {
      throw new ConfigException(key("callbackPath"), "must be a path such as /aggregator/" + type() + " (got '" + p + "')");
    }
    return p;
  }

  /** The secret this route's callbacks must carry: its own {@code secret} (strong in production), else the gateway's. */
  public String secret(ChannelContext ctx) {
    String own = string("secret", "");
    if (!own.isEmpty() && ctx.config().production()) {
      org.jobline.config.SecretStrength.require(key("secret"), own);
    }
    return own.isEmpty() ? ctx.callbackSecret() : own;
  }

  /** The full key for error messages: {@code routes.<name>.<key>}. */
  public String key(String key) {
    return "routes." + name + "." + key;
  }

  /**
   * Keys every route has: its type, where its HTTP callbacks live, its own callback secret, and the
   * routing terms read by the core (its cost per segment, the number prefixes it may carry).
   */
  public static final Set<String> COMMON = Set.of("type", "callbackPath", "secret", "costPerSegment", "prefixes");

  /** These settings with {@code key} set to {@code value} when they do not set it. */
  public RouteSettings withDefault(String key, String value) {
    if (values.containsKey(key)) {
      return this;
    }
    Map<String, String> more = new LinkedHashMap<>(values);
    more.put(key, value);
    return new RouteSettings(name, more);
  }

  /** Refuses any key outside {@code known} and {@link #COMMON}, naming the first one. */
  public RouteSettings allowOnly(Set<String> known) {
    for (String k : new TreeSet<>(values.keySet())) {
      if (!COMMON.contains(k) && !known.contains(k)) {
        throw new ConfigException(key(k), "unknown key for a route of type " + type()
            + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
    return this;
  }

  public String string(String key, String fallback) {
    String v = values.get(key);
    return v == null ? fallback : v.strip();
  }

  public String required(String key) {
    String v = string(key, null);
    if (v == null || v.isEmpty()) {
      throw new ConfigException(key(key), "must not be empty");
    }
    return v;
  }

  public int integer(String key, int fallback, int min, int max) {
    String v = string(key, null);
    int n;
    if (v == null || v.isEmpty()) {
      n = fallback;
    } else {
      try {
        n = Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new ConfigException(key(key), "wrong type (expected a whole number, got '" + v + "')");
      }
    }
    if (n < min || n > max) {
      throw new ConfigException(key(key), "must be between " + min + " and " + max + " (got " + n + ")");
    }
    return n;
  }

  public double decimal(String key, double fallback, double min, double max) {
    String v = string(key, null);
    double d;
    if (v == null || v.isEmpty()) {
      d = fallback;
    } else {
      try {
        d = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new ConfigException(key(key), "wrong type (expected a number, got '" + v + "')");
      }
    }
    if (!(d >= min && d <= max)) {
      throw new ConfigException(key(key), "must be between " + min + " and " + max + " (got " + d + ")");
    }
    return d;
  }

  public boolean bool(String key, boolean fallback) {
    String v = string(key, null);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new ConfigException(key(key), "wrong type (expected true or false, got '" + v + "')");
  }

  public String oneOf(String key, String fallback, Set<String> allowed) {
    String v = string(key, fallback);
    if (v == null || !allowed.contains(v)) {
      throw new ConfigException(key(key), "must be one of " + String.join(", ", new TreeSet<>(allowed))
          + " (got '" + v + "')");
    }
    return v;
  }

  /** An http(s) URL without its trailing slash. */
  public String url(String key, String fallback) {
    String v = string(key, fallback);
    if (v == null || !v.matches("https?://[^\\s]+")) {
      throw new ConfigException(key(key), "must be an http(s) URL (got '" + v + "')");
    }
    return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
  }
}
