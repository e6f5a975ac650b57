package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The throttle with a simulated clock: exact, so the limit can be checked at every millisecond. */
class ThrottleTest {

  /** Sends greedily (as soon as allowed) for 10 simulated seconds; returns (time, cost) of each send. */
  private static List<long[]> run(int rate, int[] costs) {
    Throttle t = new Throttle(rate);
    List<long[]> sent = new ArrayList<>();
    long now = 0;
    int i = 0;
    while (now < 10_000) {
      int cost = costs[i % costs.length];
      long wait = t.waitMs(cost, now);
      if (wait == 0) {
        t.take(cost, now);
        sent.add(new long[] {now, cost});
        i++;
      } else {
        now += wait;
      }
    }
    return sent;
  }

  private static long maxInAnySecond(List<long[]> sent) {
    long max = 0;
    for (long[] start : sent) {
      long sum = sent.stream().filter(s -> s[0] >= start[0] && s[0] < start[0] + 1000).mapToLong(s -> s[1]).sum();
      max = Math.max(max, sum);
    }
    return max;
  }

  @Test
  void neverExceedsTheRateInAnyOneSecondWindowAndReachesIt() {
    int[][] mixes = {{1}, {3}, {1, 2, 3}, {7, 1, 1}, {10}};
    for (int[] costs : mixes) {
      List<long[]> sent = run(10, costs);
      long total = sent.stream().mapToLong(s -> s[1]).sum();
      assertThat(maxInAnySecond(sent)).as("costs %s", java.util.Arrays.toString(costs)).isLessThanOrEqualTo(10);
      assertThat(total).as("reaches the rate, costs %s", java.util.Arrays.toString(costs)).isGreaterThanOrEqualTo(90);
    }
  }

  @Test
  void randomCostsAtAHighRateStayUnderTheLimit() {
    Random random = new Random(42);
    int[] costs = random.ints(500, 1, 8).toArray();
    List<long[]> sent = run(250, costs);
    assertThat(maxInAnySecond(sent)).isLessThanOrEqualTo(250);
    assertThat(sent.stream().mapToLong(s -> s[1]).sum()).isGreaterThanOrEqualTo(2400);
  }

  @Test
  void pacesInsteadOfBursting() {
    List<long[]> sent = run(10, new int[] {1});
    for (int i = 1; i < sent.size(); i++) {
      assertThat(sent.get(i)[0] - sent.get(i - 1)[0]).isGreaterThanOrEqualTo(90);
    }
  }

  @Test
  void zeroMeansOffAndRequestsAreCutToTheRate() {
    Throttle off = new Throttle(0);
    assertThat(off.waitMs(1_000_000, 0)).isZero();
    assertThat(off.maxRecipients(3, 100)).isEqualTo(100);
    Throttle thirty = new Throttle(30);
    assertThat(thirty.maxRecipients(1, 100)).isEqualTo(30);
    assertThat(thirty.maxRecipients(3, 100)).isEqualTo(10);
    assertThat(thirty.maxRecipients(40, 100)).isEqualTo(1);
  }
}
