package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Retry spacing and the circuit breaker's states. */
class BackoffBreakerTest {

  @Test
  void backoffDoublesUpToTheMaximumWithJitterInTheUpperHalf() {
    Backoff low = new Backoff(1000, 60_000, () -> 0.0);
    Backoff high = new Backoff(1000, 60_000, () -> 0.999999);
    long[] ceilings = {1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000};
    for (int attempt = 1; attempt <= ceilings.length; attempt++) {
      long ceiling = ceilings[attempt - 1];
      assertThat(low.ceilingMs(attempt)).isEqualTo(ceiling);
      assertThat(low.delayMs(attempt)).isEqualTo(ceiling / 2);
      assertThat(high.delayMs(attempt)).isBetween(ceiling - 1, ceiling);
    }
    assertThat(low.ceilingMs(500)).isEqualTo(60_000);
  }

  @Test
  void breakerOpensAfterConsecutiveConnectionFailuresAndProbes() {
    Breaker b = new Breaker(3, 1000);
    assertThat(b.onConnectionFailure(0)).isFalse();
    assertThat(b.onConnectionFailure(0)).isFalse();
    b.onAnswer();
    assertThat(b.onConnectionFailure(0)).isFalse();
    assertThat(b.onConnectionFailure(0)).isFalse();
    assertThat(b.onConnectionFailure(10)).isTrue();
    assertThat(b.state()).isEqualTo(Breaker.State.OPEN);
    assertThat(b.startProbe(500)).isFalse();
    assertThat(b.startProbe(1010)).isTrue();
    assertThat(b.state()).isEqualTo(Breaker.State.PROBING);
    assertThat(b.onConnectionFailure(1020)).isFalse();
    assertThat(b.state()).isEqualTo(Breaker.State.OPEN);
    assertThat(b.startProbe(1500)).isFalse();
    assertThat(b.startProbe(2020)).isTrue();
    b.onAnswer();
    assertThat(b.closed()).isTrue();
    assertThat(b.consecutiveFailures()).isZero();
  }

  @Test
  void aProbeWithNothingToSendKeepsTheBreakerOpen() {
    Breaker b = new Breaker(1, 1000);
    b.onConnectionFailure(0);
    assertThat(b.startProbe(1000)).isTrue();
    b.probeSkipped(1000);
    assertThat(b.state()).isEqualTo(Breaker.State.OPEN);
    assertThat(b.startProbe(1500)).isFalse();
    assertThat(b.startProbe(2000)).isTrue();
  }
}
