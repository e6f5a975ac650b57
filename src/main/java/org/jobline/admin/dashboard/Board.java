package org.jobline.admin.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.refdata.Named;

/** The labour-market board: job-seekers against open positions, per region or trade, with the mismatches flagged. */
record Board(List<Line> lines) {
  /** Fewer than this many seekers per open position, or more than {@link #CROWDED}, is worth a look. */
  static final int CROWDED = 50;

  record Line(String code, String name, long seekers, long positions) {
    /** Demand without supply, supply without demand, or far too many seekers per position. */
    boolean mismatch() {
      return (seekers == 0) != (positions == 0) || (positions > 0 && seekers / positions >= CROWDED);
    }
  }

  static Board of(List<? extends Named> entries, String lang, Map<String, Long> seekers, Map<String, Long> positions) {
    List<Line> lines = new ArrayList<>();
    for (Named n : entries) {
      lines.add(new Line(n.code(), n.name(lang), seekers.getOrDefault(n.code(), 0L),
          positions.getOrDefault(n.code(), 0L)));
    }
    return new Board(lines);
  }
}
