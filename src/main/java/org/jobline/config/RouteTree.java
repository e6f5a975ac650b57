package org.jobline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code routes} section: a map of route name to that route's keys (all scalars). Its shape is
 * checked here; the meaning of each key is checked by the route's adapter when the route is built.
 */
final class RouteTree {
  /** Route names: lower-case letters and digits, so that JOBLINE_ROUTES_<NAME>_<KEY> is unambiguous. */
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{0,31}");

  private RouteTree() {}

  /** A checked copy of the file's {@code routes} section. */
  static ObjectNode copy(JsonNode routes) {
    if (!routes.isObject()) {
      throw new ConfigException(ConfigLoader.ROUTES, "must be a section of routes, e.g. routes: { at: { type: africastalking } }");
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    Iterator<Map.Entry<String, JsonNode>> it = routes.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> route = it.next();
      String name = checkedName(route.getKey(), "routes." + route.getKey());
      if (!route.getValue().isObject()) {
        throw new ConfigException("routes." + name, "must be a section of keys (type: ... and the route's settings)");
      }
      ObjectNode keys = out.putObject(name);
      route.getValue().fields().forEachRemaining(k -> {
        JsonNode v = listAsText("routes." + name + "." + k.getKey(), k.getValue());
        if (v.isContainerNode()) {
          throw new ConfigException("routes." + name + "." + k.getKey(), "must be a single value, not a section");
        }
        keys.put(k.getKey(), v.isNull() ? "" : v.asText());
      });
    }
    return out;
  }

  /** {@code JOBLINE_ROUTES_AT_API_KEY} sets {@code routes.at.apiKey} (the route is created if needed). */
  static void setFromEnvironment(ObjectNode routes, String variable, String rest, String value) {
    int cut = rest.indexOf('_');
    if (cut <= 0 || cut == rest.length() - 1) {
      throw new ConfigException(variable, "must name a route and a key, e.g. JOBLINE_ROUTES_AT_API_KEY");
    }
    String name = checkedName(rest.substring(0, cut).toLowerCase(Locale.ROOT), variable);
    String key = camel(rest.substring(cut + 1));
    JsonNode existing = routes.get(name);
    ObjectNode route = existing instanceof ObjectNode o ? o : routes.putObject(name);
    route.set(key, TextNode.valueOf(value));
  }

  private static String checkedName(String name, String key) {
    if (!NAME.matcher(name).matches()) {
      throw new ConfigException(key, "a route name is 1-32 lower-case letters and digits, starting with a letter (got '"
          + name + "')");
    }
    return name;
  }

  /**
   * A YAML list of single values ({@code [at, modem]}, {@code ["+22890", "+22891"]}) as the text
   * {@code "at, modem"}, the form environment variables give; anything else unchanged.
   */
  static JsonNode listAsText(String key, JsonNode value) {
    if (!value.isArray()) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    for (JsonNode item : value) {
      if (item.isContainerNode() || item.isNull()) {
        throw new ConfigException(key, "a list here holds single values only, e.g. [at, modem]");
      }
      out.append(out.length() == 0 ? "" : ", ").append(item.asText());
    }
    return TextNode.valueOf(out.toString());
  }

  /** {@code API_KEY} becomes {@code apiKey}. */
  static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char ch : snake.toLowerCase(Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return out.toString();
  }
}
