package org.jobline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A key written twice in one bundle is a silent bug (the last one wins): every key appears once per file. */
class BundleKeysTest {
  @Test
  void noBundleDefinesAKeyTwice() throws IOException {
    List<String> duplicates = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("src/main/resources/messages"))) {
      files = s.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(4);
    for (Path f : files) {
      Set<String> seen = new HashSet<>();
      boolean continued = false;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        boolean wasContinued = continued;
        continued = line.endsWith("\\");
        String t = line.strip();
        if (wasContinued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
          continue;
        }
        int eq = t.indexOf('=');
        String key = (eq < 0 ? t : t.substring(0, eq)).strip();
        if (!seen.add(key)) {
          duplicates.add(f.getFileName() + ": " + key);
        }
      }
    }
    assertThat(duplicates).as("keys defined twice").isEmpty();
  }
}
