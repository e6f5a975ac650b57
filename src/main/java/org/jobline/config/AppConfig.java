package org.jobline.config;

/** The whole configuration of one Jobline process: an immutable tree, validated once at start. */
public record AppConfig(
    String mode,
    HttpConfig http,
    StoreConfig store,
    AggregatorConfig aggregator,
    UssdConfig ussd,
    SmsConfig sms,
    AlertsConfig alerts,
    OutboxConfig outbox,
    SimulatorConfig simulator,
    AdminConfig admin,
    LocaleConfig locale,
    ReferenceDataConfig referenceData) {

  public boolean production() {
    return "production".equals(mode);
  }

  /** HTTP listener. Port 0 asks the system for any free port (tests use it). */
  public record HttpConfig(String host, int port, int maxBodyBytes) {}

  /** The embedded SQLite database. */
  public record StoreConfig(String path, int busyTimeoutMs, int readers) {}

  /** Which route carries the SMS traffic, and the secret its callbacks must carry. */
  public record AggregatorConfig(String type, String callbackSecret, AfricasTalkingConfig africastalking) {}

  /** Africa's Talking account and endpoint. */
  public record AfricasTalkingConfig(String baseUrl, String username, String apiKey, String senderId) {}

  /** USSD channel. */
  public record UssdConfig(String serviceCode, int sessionMinutes) {}

  /** SMS channel and the outbound cost model. */
  public record SmsConfig(String shortCode, boolean transliterate, double costPerSegment, String currency) {}

  /** Alert pacing. quietHours is "HH:mm-HH:mm" or "off". */
  public record AlertsConfig(int dailyCap, String quietHours) {}

  /** Outbound delivery: dispatcher batches, retries, throttle and circuit breaker (delivery engine). */
  public record OutboxConfig(int batchSize, int pollMs, int maxAttempts, int backoffBaseMs, int backoffMaxMs,
                             int segmentsPerSecond, int breakerThreshold, int breakerProbeMs, int requestTimeoutMs,
                             int recipientsPerRequest, int maxInFlight) {}

  /** The built-in simulator (fake aggregator and phones). */
  public record SimulatorConfig(int dlrDelayMs) {}

  /** The admin web page. */
  public record AdminConfig(int sessionMinutes, int lockoutAttempts, int lockoutMinutes) {}

  /** Language and country defaults. */
  public record LocaleConfig(String defaultLanguage, String country, String timeZone) {}

  /** Where the deployer's reference data lives. */
  public record ReferenceDataConfig(String regions, String trades, String tradeCategories) {}
}
