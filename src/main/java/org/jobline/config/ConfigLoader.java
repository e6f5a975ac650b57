package org.jobline.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the configuration: built-in defaults, then the YAML file, then JOBLINE_* environment
 * variables (JOBLINE_ + the key path in upper snake case), then validation.
 */
public final class ConfigLoader {
  public static final Path DEFAULT_FILE = Path.of("config", "jobline.yaml");
  private static final String ENV_PREFIX = "JOBLINE_";
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConfigLoader.class);
  /** The one free-form section: route names and their keys are checked by each route's adapter. */
  static final String ROUTES = "routes";
  private static final String ROUTES_ENV = ENV_PREFIX + "ROUTES_";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  /**
   * Loads {@code file} (or config/jobline.yaml when null; without that file, the copy built into the
   * jar) with the given environment. The log names the file used and the environment keys applied.
   */
  public AppConfig load(Path file, Map<String, String> env) {
    ObjectNode tree = defaults();
    if (file != null) {
      merge(tree, readFile(file), "");
      log.info("configuration: {}", file.toAbsolutePath());
    } else {
      BuiltIn.Source source = BuiltIn.locate(DEFAULT_FILE.toString());
      if (source.exists()) {
        merge(tree, readSource(source), "");
        log.info("configuration: {}", source.describe());
      }
    }
    applyEnvironment(tree, env);
    AppConfig config = bind(tree);
    return ConfigValidator.validate(config);
  }

  private ObjectNode defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/jobline-defaults.yaml")) {
      return (ObjectNode) yaml.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("built-in defaults unreadable", e);
    }
  }

  private JsonNode readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("--config", "file not found: " + file);
    }
    return readSource(new BuiltIn.Source(file.toString(), file, null));
  }

  private JsonNode readSource(BuiltIn.Source source) {
    String file = source.configured();
    try (InputStream in = source.open()) {
      JsonNode node = yaml.readTree(in);
      if (node == null || node.isMissingNode() || node.isNull()) {
        return yaml.createObjectNode();
      }
      if (!node.isObject()) {
        throw new ConfigException("--config", file + " must hold a YAML mapping of keys");
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new ConfigException("--config", file + " is not valid YAML" + where);
    } catch (IOException e) {
      throw new ConfigException("--config", "cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Copies {@code from} onto {@code into}, refusing keys the defaults do not know. */
  private void merge(ObjectNode into, JsonNode from, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      JsonNode known = into.get(field.getKey());
      if (key.equals(ROUTES)) {
        into.set(ROUTES, RouteTree.copy(field.getValue()));
        continue;
      }
      if (known == null) {
        throw new ConfigException(key, "unknown key");
      }
      JsonNode value = RouteTree.listAsText(key, field.getValue());
      if (known.isObject()) {
        if (!value.isObject()) {
          throw new ConfigException(key, "must be a section of keys, not a single value");
        }
        merge((ObjectNode) known, value, key + ".");
      } else if (value.isObject() || value.isArray()) {
        throw new ConfigException(key, "must be a single value, not a section");
      } else {
        into.set(field.getKey(), value);
      }
    }
  }

  private void applyEnvironment(ObjectNode tree, Map<String, String> env) {
    Map<String, String> leaves = leafPaths(tree, "").stream()
        .collect(Collectors.toMap(ConfigLoader::envName, p -> p));
    java.util.Set<String> applied = new java.util.TreeSet<>();
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (!e.getKey().startsWith(ENV_PREFIX)) {
        continue;
      }
      if (e.getKey().startsWith(ROUTES_ENV)) {
        RouteTree.setFromEnvironment((ObjectNode) tree.get(ROUTES), e.getKey(), e.getKey().substring(ROUTES_ENV.length()),
            e.getValue());
        applied.add(e.getKey());
        continue;
      }
      String path = leaves.get(e.getKey());
      if (path == null) {
        throw new ConfigException(e.getKey(), "unknown key (no configuration key has this environment name)");
      }
      set(tree, path, e.getValue());
      applied.add(e.getKey());
    }
    if (!applied.isEmpty()) {
      log.info("configuration from the environment: {}", applied);
    }
  }

  private static java.util.List<String> leafPaths(JsonNode node, String prefix) {
    java.util.List<String> out = new java.util.ArrayList<>();
    node.fields().forEachRemaining(f -> {
      String path = prefix + f.getKey();
      if (f.getValue().getNodeType() == JsonNodeType.OBJECT) {
        out.addAll(leafPaths(f.getValue(), path + "."));
      } else {
        out.add(path);
      }
    });
    return out;
  }

  /** {@code aggregator.callbackSecret} becomes {@code JOBLINE_AGGREGATOR_CALLBACK_SECRET}. */
  public static String envName(String path) {
    String snake = path.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    return ENV_PREFIX + snake.toUpperCase(java.util.Locale.ROOT);
  }

  private static void set(ObjectNode tree, String path, String value) {
    String[] parts = path.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      node = (ObjectNode) node.get(parts[i]);
    }
    node.set(parts[parts.length - 1], TextNode.valueOf(value));
  }

  private AppConfig bind(ObjectNode tree) {
    try {
      return yaml.treeToValue(tree, AppConfig.class);
    } catch (JsonMappingException e) {
      String key = e.getPath().stream()
          .map(JsonMappingException.Reference::getFieldName)
          .collect(Collectors.joining("."));
      throw new ConfigException(key, "wrong type (" + expected(e) + ")");
    } catch (JsonProcessingException e) {
      throw new ConfigException("config", e.getOriginalMessage());
    }
  }

  private static String expected(JsonMappingException e) {
    Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        ? m.getTargetType() : null;
    if (target == int.class || target == Integer.class) {
      return "expected a whole number";
    }
    if (target == double.class || target == Double.class) {
      return "expected a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "expected true or false";
    }
    return "expected " + (target == null ? "another type" : target.getSimpleName().toLowerCase());
  }
}
