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
    ReferenceDataConfig referenceData,
    java.util.Map<String, java.util.Map<String, String>> routes,
    RoutingConfig routing) {

  public boolean production() {
    return "production".equals(mode);
  }

  /** HTTP listener. Port 0 asks the system for any free port (tests use it). */
  public record HttpConfig(String host, int port, int maxBodyBytes) {}

  /** The embedded SQLite database. */
  public record StoreConfig(String path, int busyTimeoutMs, int readers) {}

  /**
   * The secret every callback must carry (unless a route sets its own), and the route of earlier
   * releases: {@code type} and {@code africastalking} are read only when {@code routes} is empty
   * (deprecated: see README "Routes").
   */
  public record AggregatorConfig(String type, String callbackSecret, AfricasTalkingConfig africastalking) {}

  /**
   * Which routes send: {@code defaultRoute} names one of {@code routes} (empty: the only one, or the
   * first of {@code reply}); {@code reply}, {@code confirmation} and {@code alert} are ordered route
   * lists ("at, modem"; empty: the default route), tried in order for failover (README "Routing and failover").
   */
  public record RoutingConfig(@com.fasterxml.jackson.annotation.JsonProperty("default") String defaultRoute,
                              String reply, String confirmation, String alert) {}

  /** Africa's Talking account and endpoint (the deprecated {@code aggregator.africastalking} keys). */
  public record AfricasTalkingConfig(String baseUrl, String username, String apiKey, String senderId) {}

  /** USSD channel. */
  public record UssdConfig(String serviceCode, int sessionMinutes) {}

  /**
   * SMS channel and the outbound cost model. inboundPerHour: texts per number per hour that get an
   * answer (the rest are recorded unanswered); helpIntervalHours: unknown text gets the help at most once per interval.
   */
  public record SmsConfig(String shortCode, boolean transliterate, double costPerSegment, String currency,
                          int inboundPerHour, int helpIntervalHours) {}

  /**
   * Alert pacing and fan-out. quietHours is "HH:mm-HH:mm" or "off"; fanoutBatch is the number of
   * subscribers alerted per write transaction; closingCheckMinutes how often past-date vacancies close.
   */
  public record AlertsConfig(int dailyCap, String quietHours, int fanoutBatch, int closingCheckMinutes) {}

  /** Outbound delivery: dispatcher batches, retries, throttle and circuit breaker (delivery engine). */
  public record OutboxConfig(int batchSize, int pollMs, int maxAttempts, int backoffBaseMs, int backoffMaxMs,
                             int segmentsPerSecond, int breakerThreshold, int breakerProbeMs, int requestTimeoutMs,
                             int recipientsPerRequest, int maxInFlight) {}

  /**
   * The built-in simulator (fake aggregator and phones): DLR delay, the outcome mix of delivery
   * reports (successRate Success, bufferedRate Buffered then Success, the rest Failed with
   * failureReason), and the network at start (up, down, slow, flaky) with its slow latency and
   * flaky failure rate.
   */
  public record SimulatorConfig(int dlrDelayMs, double successRate, double bufferedRate, String failureReason,
                                String network, int slowMs, double flakyRate) {}

  /** The admin web page. */
  public record AdminConfig(int sessionMinutes, int lockoutAttempts, int lockoutMinutes) {}

  /** Language and country defaults. */
  public record LocaleConfig(String defaultLanguage, String country, String timeZone) {}

  /** Where the deployer's reference data lives. */
  public record ReferenceDataConfig(String regions, String trades, String tradeCategories) {}
}
