package org.jobline.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The dispatcher's claimed but unsent requests: replies and confirmations ahead of alerts. */
final class SendQueue {
  private final Deque<Send> urgent = new ArrayDeque<>();
  private final Deque<Send> normal = new ArrayDeque<>();
  private int rows;
  private int urgentRows;

  void addAll(List<Send> sends) {
    for (Send s : sends) {
      (s.priority() > 0 ? urgent : normal).add(s);
      rows += s.rows().size();
      urgentRows += s.priority() > 0 ? s.rows().size() : 0;
    }
  }

  Send peek() {
    return urgent.isEmpty() ? normal.peek() : urgent.peek();
  }

  Send poll() {
    Send s = urgent.isEmpty() ? normal.poll() : urgent.poll();
    if (s != null) {
      rows -= s.rows().size();
      urgentRows -= s.priority() > 0 ? s.rows().size() : 0;
    }
    return s;
  }

  /** Rows (recipients) waiting. */
  int rows() {
    return rows;
  }

  /** Replies and confirmations waiting. */
  int urgentRows() {
    return urgentRows;
  }

  /** Empties the queue; returns every row it held. */
  List<Claimed> drain() {
    List<Claimed> all = new ArrayList<>(rows);
    urgent.forEach(s -> all.addAll(s.rows()));
    normal.forEach(s -> all.addAll(s.rows()));
    urgent.clear();
    normal.clear();
    rows = 0;
    urgentRows = 0;
    return all;
  }
}
