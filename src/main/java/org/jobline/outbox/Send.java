package org.jobline.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/** One request to the route: a text and the claimed rows (each a recipient) it goes to. */
record Send(String text, List<Claimed> rows, int priority) {

  /** Segments this request costs: every recipient pays for every part. */
  int cost() {
    return rows.get(0).segments() * rows.size();
  }

  /**
   * Groups rows with the same text into requests of at most {@code maxFor(segments)} recipients,
   * never the same number twice in one request; keeps the rows' order (priority first).
   */
  static List<Send> group(List<Claimed> rows, IntUnaryOperator maxFor) {
    Map<String, List<Chunk>> byText = new LinkedHashMap<>();
    for (Claimed row : rows) {
      List<Chunk> chunks = byText.computeIfAbsent(row.text(), t -> new ArrayList<>());
      Chunk open = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
      if (open == null || open.rows.size() >= maxFor.applyAsInt(row.segments()) || open.phones.contains(row.recipient())) {
        open = new Chunk();
        chunks.add(open);
      }
      open.rows.add(row);
      open.phones.add(row.recipient());
    }
    List<Send> out = new ArrayList<>();
    byText.forEach((text, chunks) -> chunks.forEach(c ->
        out.add(new Send(text, c.rows, c.rows.stream().mapToInt(Claimed::priority).max().orElse(0)))));
    return out;
  }

  private static final class Chunk {
    final List<Claimed> rows = new ArrayList<>();
    final Set<String> phones = new HashSet<>();
  }
}
