package org.jobline.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who uses whom among our own classes, read from the sources: {@code import org.jobline...} lines
 * (static ones too) and fully qualified names in code (comments are skipped). One node per file
 * (its top-level class), and the package graph those file edges imply.
 */
final class SourceGraph {
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(org\\.jobline\\.[\\w.]+?)(\\.\\*)?;", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.jobline(?:\\.[a-z]\\w*)+\\.[A-Z]\\w*)");
  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  final Map<String, Set<String>> files = new TreeMap<>();
  final Map<String, Set<String>> packages = new TreeMap<>();

  static SourceGraph scan(Path sourceRoot) {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(sourceRoot)) {
      for (Path p : paths.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = sourceRoot.relativize(p).toString().replace('\\', '/').replace('/', '.');
        sources.put(name.substring(0, name.length() - ".java".length()), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SourceGraph g = new SourceGraph();
    sources.forEach((cls, text) -> g.add(cls, text, sources.keySet()));
    return g;
  }

  private void add(String cls, String text, Set<String> known) {
    Set<String> out = files.computeIfAbsent(cls, k -> new TreeSet<>());
    Set<String> pkgOut = packages.computeIfAbsent(packageOf(cls), k -> new TreeSet<>());
    Matcher m = IMPORT.matcher(text);
    while (m.find()) {
      if (m.group(2) != null) {
        pkgOut.add(m.group(1));
      } else {
        link(cls, m.group(1), known, out, pkgOut);
      }
    }
    Matcher q = QUALIFIED.matcher(COMMENTS.matcher(text).replaceAll(" "));
    while (q.find()) {
      link(cls, q.group(1), known, out, pkgOut);
    }
    pkgOut.remove(packageOf(cls));
  }

  /** Resolves a name to the file that declares it (a nested class or a static member belongs to its file). */
  private static void link(String from, String name, Set<String> known, Set<String> out, Set<String> pkgOut) {
    String target = name;
    while (!known.contains(target) && target.contains(".")) {
      target = target.substring(0, target.lastIndexOf('.'));
    }
    if (known.contains(target) && !target.equals(from)) {
      out.add(target);
      pkgOut.add(packageOf(target));
    }
  }

  static String packageOf(String cls) {
    return cls.substring(0, cls.lastIndexOf('.'));
  }

  /** The strongly connected parts with more than one node (Tarjan): each one is a cycle. */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    List<Set<String>> found = new ArrayList<>();
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, found);
      }
    }
    return found;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack, List<Set<String>> found) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, found);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (stack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> part = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        part.add(w);
      } while (!w.equals(v));
      if (part.size() > 1) {
        found.add(part);
      }
    }
  }
}
