package org.jobline.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration reference lists every key Jobline knows (the defaults file is the list). */
class ReadmeConfigTest {
  @Test
  void everyConfigurationKeyIsDocumentedInTheReadme() throws Exception {
    JsonNode defaults;
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/jobline-defaults.yaml")) {
      defaults = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    List<String> keys = new ArrayList<>();
    collect(defaults, "", keys);
    String readme = Files.readString(Path.of("README.md"));
    assertThat(keys).hasSizeGreaterThan(30);
    assertThat(keys).allSatisfy(k -> assertThat(readme).as("README documents `%s`", k).contains("`" + k + "`"));
  }

  private static void collect(JsonNode node, String prefix, List<String> out) {
    node.fields().forEachRemaining(f -> {
      if (f.getValue().isObject()) {
        collect(f.getValue(), prefix + f.getKey() + ".", out);
      } else {
        out.add(prefix + f.getKey());
      }
    });
  }
}
