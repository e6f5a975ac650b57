package org.jobline.aggregator.modem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parts of concatenated incoming texts until all have come (by sender, reference and total). Held in
 * memory only: the parts stay on the SIM until the whole text is recorded, so a restart reads them again.
 */
final class Reassembly {
  private static final int MAX_OPEN = 200;

  /** A whole text: its first part (for the provider id), its text, and the SIM indexes it used. */
  record Whole(SmsDeliver first, String text, List<Integer> indexes) {}

  private static final class Open {
    final SmsDeliver[] parts;
    final int[] indexes;

    Open(int total) {
      parts = new SmsDeliver[total];
      indexes = new int[total];
      Arrays.fill(indexes, -1);
    }
  }

  private final Map<String, Open> open = new LinkedHashMap<>();

  /** Adds one stored part; answers the whole text when it was the last missing one. */
  Whole add(SmsDeliver part, int index) {
    UserData.Concat c = part.userData().concat();
    if (c == null || c.total() < 2 || c.sequence() < 1 || c.sequence() > c.total()) {
      return new Whole(part, part.userData().text(), List.of(index));
    }
    String key = part.from() + "|" + c.reference() + "|" + c.total();
    Open o = open.computeIfAbsent(key, k -> new Open(c.total()));
    o.parts[c.sequence() - 1] = part;
    o.indexes[c.sequence() - 1] = index;
    StringBuilder text = new StringBuilder();
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < o.parts.length; i++) {
      if (o.parts[i] == null) {
        trim();
        return null;
      }
      text.append(o.parts[i].userData().text());
      indexes.add(o.indexes[i]);
    }
    open.remove(key);
    return new Whole(o.parts[0], text.toString(), indexes);
  }

  private void trim() {
    while (open.size() > MAX_OPEN) {
      open.remove(open.keySet().iterator().next());
    }
  }
}
