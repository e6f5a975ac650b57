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
      List<Chunk> chunks = byText.computeIfAbsent(row.text(), t -> new ArrayList<>(1));
      Chunk open = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
      if (open == null || open.rows.size() >= maxFor.applyAsInt(row.segments()) || open.has(row.recipient())) {
        open = new Chunk();
        chunks.add(open);
      }
      open.add(row);
    }
    List<Send> out = new ArrayList<>(byText.size());
    byText.forEach((text, chunks) -> chunks.forEach(c -> out.add(new Send(text, c.rows, c.priority))));
    return out;
  }

  /** Rows of one request; the set of their numbers is made when a second row joins (most texts have one). */
  private static final class Chunk {
    final List<Claimed> rows = new ArrayList<>(1);
    Set<String> phones;
    int priority = Integer.MIN_VALUE;

    boolean has(String phone) {
      return phones != null ? phones.contains(phone) : !rows.isEmpty() && rows.get(0).recipient().equals(phone);
    }

    void add(Claimed row) {
      if (phones == null && !rows.isEmpty()) {
        phones = new HashSet<>();
        phones.add(rows.get(0).recipient());
      }
      if (phones != null) {
        phones.add(row.recipient());
      }
      rows.add(row);
      priority = Math.max(priority, row.priority());
    }
  }
}
