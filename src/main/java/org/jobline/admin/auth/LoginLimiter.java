package org.jobline.admin.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import org.jobline.config.AppConfig.AdminConfig;

/**
 * Failed logins counted in memory per client address and per typed user name that has no account
 * (known accounts keep theirs in {@code staff_users}, see {@link Login}). An attempt counts as a
 * failure from the moment it starts and is given back when it succeeds, so a burst of parallel
 * attempts from one address cannot slip past the count. Entries are forgotten a day after their last
 * failure; a restart forgets them too.
 */
final class LoginLimiter {
  static final long FORGET_MS = Duration.ofDays(1).toMillis();
  private static final int MAX_ENTRIES = 100_000;

  private record Entry(int failures, long lastFailureAt) {}

  private final Cache<String, Entry> entries = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofMillis(FORGET_MS)).maximumSize(MAX_ENTRIES).build();
  private final Backoff addresses;
  private final Backoff names;

  LoginLimiter(AdminConfig config) {
    this.addresses = addressBackoff(config);
    this.names = accountBackoff(config);
  }

  /** An office behind one address gets twice the account's free attempts; the wait grows to {@code lockoutMinutes}. */
  static Backoff addressBackoff(AdminConfig config) {
    return new Backoff(2 * config.lockoutAttempts(), config.lockoutMinutes() * 60_000L);
  }

  /** Anyone can make an account wait, so its wait stays short: at most {@code accountDelayMaxSeconds}. */
  static Backoff accountBackoff(AdminConfig config) {
    return new Backoff(config.lockoutAttempts(), config.accountDelayMaxSeconds() * 1000L);
  }

  /** Milliseconds this address must still wait (0: it may try); otherwise counts the attempt as failed. */
  long beginFromAddress(String address, long now) {
    return begin("a:" + address, addresses, now);
  }

  /** The same for a user name without an account. */
  long beginUnknownName(String name, long now) {
    return begin("n:" + name.toLowerCase(Locale.ROOT), names, now);
  }

  /** Gives back the failure counted when the address's attempt began: the password was right. */
  void succeededFromAddress(String address) {
    entries.asMap().computeIfPresent("a:" + address,
        (k, e) -> e.failures() <= 1 ? null : new Entry(e.failures() - 1, e.lastFailureAt()));
  }

  private long begin(String key, Backoff backoff, long now) {
    long[] wait = {0};
    entries.asMap().compute(key, (k, e) -> {
      if (e == null) {
        return new Entry(1, now);
      }
      long allowedAt = e.lastFailureAt() + backoff.delayMs(e.failures());
      if (allowedAt > now) {
        wait[0] = allowedAt - now;
        return e;
      }
      return new Entry(e.failures() + 1, now);
    });
    return wait[0];
  }
}
