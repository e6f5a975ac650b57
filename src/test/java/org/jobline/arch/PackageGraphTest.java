package org.jobline.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the package knot untied (issue 15 point 6): no import cycles, and the base layers import no feature. */
class PackageGraphTest {
  private static final String P = "org.jobline.";
  private static final SourceGraph MAIN = SourceGraph.scan(Path.of("src/main/java"));

  /** Packages every feature may build on; they import none of the features. */
  // metrics: the Micrometer facade every layer may call (its feature, metrics.feature, is not base).
  private static final Set<String> BASE = names("core", "core.errors", "config", "store", "store.postgres", "refdata",
      "phone", "text",
      "metrics");

  /**
   * Package cycles we know of and have not removed yet. A cycle found must lie inside one of these;
   * delete an entry once its cycle is gone.
   */
  private static final List<Set<String>> KNOWN_PACKAGE_CYCLES = List.of(
      // admin's sub-pages use admin's Page/Viewer/Params and AdminFeature mounts them: one feature in several folders.
      names("admin", "admin.audit", "admin.auth", "admin.dashboard", "admin.messages", "admin.partners",
          "admin.subscribers", "admin.vacancies", "admin.abroad"));

  @Test
  void theScannerSeesOurSources() {
    assertThat(MAIN.files).containsKeys(P + "core.Feature", P + "app.Gateway", P + "cli.Cli");
    assertThat(MAIN.files.get(P + "app.Gateway")).contains(P + "core.Feature", P + "http.HttpVerticle");
    assertThat(MAIN.packages.get(P + "app")).contains(P + "core", P + "http");
  }

  @Test
  void noFileImportsItselfBackThroughOthers() {
    assertThat(SourceGraph.cycles(MAIN.files)).as("file-level import cycles").isEmpty();
  }

  @Test
  void packageCyclesAreOnlyTheKnownOnes() {
    for (Set<String> cycle : SourceGraph.cycles(MAIN.packages)) {
      assertThat(KNOWN_PACKAGE_CYCLES).as("package cycle %s", cycle).anySatisfy(known -> assertThat(known).containsAll(cycle));
    }
  }

  @Test
  void phoneAndStoreDoNotImportHttp() {
    for (String pkg : List.of("phone", "store")) {
      assertThat(MAIN.packages.getOrDefault(P + pkg, Set.of())).as(pkg + " imports")
          .noneMatch(dep -> dep.equals(P + "http") || dep.startsWith(P + "http."));
    }
  }

  @Test
  void thePlugInInterfaceAndTheBaseImportNoFeature() {
    assertThat(reachable(P + "core")).as("what core reaches").isSubsetOf(BASE);
  }

  @Test
  void httpAndCliImportNoFeature() {
    assertThat(reachable(P + "http")).as("what http reaches").isSubsetOf(union(BASE, P + "http"));
    assertThat(reachable(P + "cli")).as("what cli reaches").isSubsetOf(union(BASE, P + "cli"));
  }

  @Test
  void theScannerFindsACycleAndAForbiddenImport(@TempDir Path dir) throws IOException {
    write(dir, "org/jobline/phone/A.java", "package org.jobline.phone;\nimport org.jobline.http.B;\nclass A {}\n");
    write(dir, "org/jobline/http/B.java", "package org.jobline.http;\nclass B { org.jobline.phone.A a; }\n");
    write(dir, "org/jobline/http/C.java", "package org.jobline.http;\n// org.jobline.phone.A in a comment\nclass C {}\n");
    SourceGraph g = SourceGraph.scan(dir);
    assertThat(SourceGraph.cycles(g.files)).containsExactly(Set.of(P + "phone.A", P + "http.B"));
    assertThat(g.packages.get(P + "phone")).containsExactly(P + "http");
    assertThat(g.files.get(P + "http.C")).isEmpty();
  }

  private static Set<String> reachable(String from) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      for (String next : MAIN.packages.getOrDefault(todo.pop(), Set.of())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    seen.remove(from);
    return seen;
  }

  private static Set<String> names(String... packages) {
    Set<String> out = new TreeSet<>();
    for (String p : packages) {
      out.add(P + p);
    }
    return out;
  }

  private static Set<String> union(Set<String> a, String b) {
    Set<String> out = new TreeSet<>(a);
    out.add(b);
    return out;
  }

  private static void write(Path root, String file, String text) throws IOException {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
