package org.jobline.simulator;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one kind of request, in microseconds; percentiles from a sorted copy (no HdrHistogram). */
final class Latencies {
  private long[] values = new long[1024];
  private int size;
  private int errors;

  synchronized void add(long micros) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = micros;
  }

  synchronized void error() {
    errors++;
  }

  synchronized int count() {
    return size;
  }

  synchronized int errors() {
    return errors;
  }

  /** The p-th percentile (0..100) in milliseconds, nearest-rank; 0 when empty. */
  synchronized double percentileMs(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1000.0;
  }

  String summary(String label) {
    return String.format(Locale.ROOT, "  %-5s %6d ok %5d errors   p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   max %7.1f ms",
        label, count(), errors(), percentileMs(50), percentileMs(95), percentileMs(99), percentileMs(100));
  }
}
