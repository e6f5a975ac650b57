package org.jobline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scripted scenario read from YAML: a name, a default phone and steps, each a bare word
 * ({@code dial}, {@code hangup}) or a one-key mapping ({@code ussd: "1"}, {@code expect_sms: {...}}).
 * The format is described in simulator/README.md.
 */
public record Scenario(String name, String file, String phone, List<Step> steps) {
  static final Set<String> KINDS = Set.of("dial", "ussd", "hangup", "expect_screen", "sms", "expect_sms",
      "expect_no_sms", "network", "wait_seconds", "create_vacancy", "advance_days", "mark_interests", "expect_page",
      "partner", "staff", "expect_refused");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One step: its kind and its value (a text, a number or a mapping, as written). */
  public record Step(int number, String kind, JsonNode value) {
    String text(String key) {
      JsonNode v = value.isObject() ? value.get(key) : null;
      return v == null || v.isNull() ? null : v.asText();
    }

    /** The bare value ({@code ussd: "1"}) or, in a mapping, the given key. */
    String scalarOr(String key) {
      return value.isValueNode() && !value.isNull() ? value.asText() : text(key);
    }

    String label() {
      return kind + (value.isMissingNode() || value.isNull() ? "" : " " + value);
    }
  }

  /** Reads and checks a scenario file; problems are reported with the file and step number. */
  public static Scenario load(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot read: " + e.getMessage());
    }
    if (root == null || !root.isObject() || !root.path("steps").isArray()) {
      throw new ScenarioException(file + ": needs a 'steps:' list");
    }
    List<Step> steps = new ArrayList<>();
    int n = 0;
    for (JsonNode raw : root.get("steps")) {
      n++;
      steps.add(step(file, n, raw));
    }
    String name = root.path("name").asText(file.getFileName().toString());
    return new Scenario(name, file.toString(), root.path("phone").asText("+22890000001"), steps);
  }

  private static Step step(Path file, int n, JsonNode raw) {
    String kind;
    JsonNode value;
    if (raw.isTextual()) {
      kind = raw.asText();
      value = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    } else if (raw.isObject() && raw.size() == 1) {
      Map.Entry<String, JsonNode> e = raw.fields().next();
      kind = e.getKey();
      value = e.getValue();
    } else {
      throw new ScenarioException(file + " step " + n + ": write a word (dial) or one key (ussd: \"1\")");
    }
    if (!KINDS.contains(kind)) {
      throw new ScenarioException(file + " step " + n + ": unknown step '" + kind + "' (known: "
          + String.join(", ", new java.util.TreeSet<>(KINDS)) + ")");
    }
    return new Step(n, kind, value);
  }

  /** Every phone number the scenario mentions (its inboxes are snapshotted before it starts). */
  Set<String> phones() {
    Set<String> out = new LinkedHashSet<>();
    out.add(phone);
    for (Step s : steps) {
      for (String key : List.of("phone", "from")) {
        String v = s.text(key);
        if (v != null) {
          out.add(v);
        }
      }
      if (s.kind().equals("dial") && s.value().isTextual()) {
        out.add(s.value().asText());
      }
    }
    return out;
  }

  /** A scenario file that cannot be run as written. */
  public static final class ScenarioException extends RuntimeException {
    public ScenarioException(String message) {
      super(message);
    }
  }
}
