package org.jobline.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobline.config.AppConfig.AdminConfig;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {
  private static final AdminConfig CONFIG = new AdminConfig(480, 30, 5, 15, 60, 1000);

  @Test
  void theDelayStartsAfterTheFreeAttemptsDoublesAndStopsAtTheCap() {
    Backoff account = LoginLimiter.accountBackoff(CONFIG);
    assertThat(account.delayMs(4)).isZero();
    assertThat(account.delayMs(5)).isEqualTo(1_000);
    assertThat(account.delayMs(6)).isEqualTo(2_000);
    assertThat(account.delayMs(10)).isEqualTo(32_000);
    assertThat(account.delayMs(11)).isEqualTo(60_000);
    assertThat(account.delayMs(1_000_000)).as("no overflow").isEqualTo(60_000);
    Backoff address = LoginLimiter.addressBackoff(CONFIG);
    assertThat(address.delayMs(9)).isZero();
    assertThat(address.delayMs(10)).isEqualTo(1_000);
    assertThat(address.delayMs(40)).isEqualTo(15 * 60_000);
  }

  @Test
  void anAddressWaitsAfterTenFailuresAndParallelAttemptsCountAtOnce() {
    LoginLimiter limiter = new LoginLimiter(CONFIG);
    long now = 1_000_000;
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.beginFromAddress("10.0.0.1", now)).as("attempt " + i).isZero();
    }
    assertThat(limiter.beginFromAddress("10.0.0.1", now)).as("10 begun, none finished yet").isEqualTo(1_000);
    assertThat(limiter.beginFromAddress("10.0.0.2", now)).as("another address").isZero();
    assertThat(limiter.beginFromAddress("10.0.0.1", now + 1_000)).isZero();
    assertThat(limiter.beginFromAddress("10.0.0.1", now + 1_000)).as("11 failures: 2 s").isEqualTo(2_000);
  }

  @Test
  void aSuccessGivesBackItsAttemptAndUnknownNamesIgnoreCase() {
    LoginLimiter limiter = new LoginLimiter(CONFIG);
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.beginFromAddress("10.0.0.1", 0)).isZero();
      limiter.succeededFromAddress("10.0.0.1");
    }
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.beginUnknownName(i % 2 == 0 ? "Ghost" : "ghost", 0)).isZero();
    }
    assertThat(limiter.beginUnknownName("GHOST", 0)).isEqualTo(1_000);
  }
}
