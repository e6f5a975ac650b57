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
    RoutingConfig routing,
    MetricsConfig metrics,
    FollowUpConfig followUp,
    ProfileQuestionsConfig profileQuestions,
    TrustConfig trust) {

  public boolean production() {
    return "production".equals(mode);
  }

  /**
   * GET /metrics (Prometheus): on the public port behind {@code Authorization: Bearer <token>}, and/or
   * on its own {@code port} (0: none) bound to {@code host}; with neither, metrics are not served.
   */
  public record MetricsConfig(String token, int port, String host) {}

  /**
   * Outcome follow-ups (issue 20): {@code days} after an interest, comma-separated, one SMS per round
   * ("14,60"; empty: none); the job looks for due follow-ups every {@code checkMinutes}.
   */
  public record FollowUpConfig(String days, int checkMinutes) {
    /** The rounds' delays in days, in order (round 1 first). */
    public java.util.List<Integer> rounds() {
      if (days == null || days.isBlank()) {
        return java.util.List.of();
      }
      return java.util.Arrays.stream(days.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
  }

  /**
   * Verified offers (issue 21): {@code verifiedBy} is the name every alert gives as who verified the offer
   * ("Verifie: ANPE Lome"), when it fits the 160 characters; empty: the trust line only.
   */
  public record TrustConfig(String verifiedBy) {}

  /** The optional profile questions: {@code bySms} sends the consent question after a first SMS registration. */
  public record ProfileQuestionsConfig(boolean bySms) {}

  /** HTTP listener. Port 0 asks the system for any free port (tests use it). maxFieldBytes: one form field. */
  public record HttpConfig(String host, int port, int maxBodyBytes, int maxFieldBytes) {}

  /** The embedded SQLite database. */
  /**
   * Where the data lives: {@code engine} sqlite (the embedded file at {@code path}, the default) or
   * postgres (a server at {@code url}, shared by several nodes, {@code poolSize} connections).
   */
  public record StoreConfig(String engine, String path, int busyTimeoutMs, int readers, BackupConfig backup,
                            String url, String user, String password, int poolSize) {
    public static final String SQLITE = "sqlite";
    public static final String POSTGRES = "postgres";

    /** An embedded SQLite store. */
    public StoreConfig(String path, int busyTimeoutMs, int readers, BackupConfig backup) {
      this(SQLITE, path, busyTimeoutMs, readers, backup, "", "", "", 4);
    }

    /** An embedded SQLite store without daily backups (tests, tools). */
    public StoreConfig(String path, int busyTimeoutMs, int readers) {
      this(path, busyTimeoutMs, readers, BackupConfig.OFF);
    }

    public boolean postgres() {
      return POSTGRES.equals(engine);
    }

    /** Where the data is, for logs and messages: the file, or the server URL without its password. */
    public String describe() {
      return postgres() ? url.replaceAll("(?i)password=[^&]*", "password=***") : path;
    }

    @Override
    public String toString() {
      return "StoreConfig[engine=" + engine + ", " + describe() + "]";
    }
  }

  /** The daily backup: at {@code time} (HH:mm in locale.timeZone, or "off") into {@code folder}, the newest {@code keep} kept. */
  public record BackupConfig(String folder, String time, int keep) {
    public static final BackupConfig OFF = new BackupConfig("", "off", 1);

    public boolean enabled() {
      return !"off".equals(time);
    }
  }

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

  /**
   * Outbound delivery: dispatcher batches, retries, throttle and circuit breaker (delivery engine);
   * what becomes of a message whose send was not answered (confirmWaitMinutes, unconfirmedAlerts
   * resend | drop, maxUnconfirmed with 0 for about one second of the route's throughput) and of a
   * sent message no final report reaches (reportWaitHours); on PostgreSQL, how long a claimed
   * ('sending') row stays its node's before another node takes it back (claimLeaseSeconds).
   */
  public record OutboxConfig(int batchSize, int pollMs, int maxAttempts, int backoffBaseMs, int backoffMaxMs,
                             int segmentsPerSecond, int breakerThreshold, int breakerProbeMs, int requestTimeoutMs,
                             int recipientsPerRequest, int maxInFlight, int confirmWaitMinutes, String unconfirmedAlerts,
                             int maxUnconfirmed, int reportWaitHours, int claimLeaseSeconds) {
    /** Messages claimed and not answered when the throttle is off and maxUnconfirmed is 0 (auto). */
    public static final int UNTHROTTLED_UNCONFIRMED = 2_000;

    /** The default claim lease: far above the longest send timeout (outbox.requestTimeoutMs is at most 120 s). */
    public static final int CLAIM_LEASE_SECONDS = 300;

    /** The signature before the claim lease: the lease at its default. */
    public OutboxConfig(int batchSize, int pollMs, int maxAttempts, int backoffBaseMs, int backoffMaxMs,
                        int segmentsPerSecond, int breakerThreshold, int breakerProbeMs, int requestTimeoutMs,
                        int recipientsPerRequest, int maxInFlight, int confirmWaitMinutes, String unconfirmedAlerts,
                        int maxUnconfirmed, int reportWaitHours) {
      this(batchSize, pollMs, maxAttempts, backoffBaseMs, backoffMaxMs, segmentsPerSecond, breakerThreshold,
          breakerProbeMs, requestTimeoutMs, recipientsPerRequest, maxInFlight, confirmWaitMinutes, unconfirmedAlerts,
          maxUnconfirmed, reportWaitHours, CLAIM_LEASE_SECONDS);
    }

    /** The earlier signature: the issue-25 settings at their defaults. */
    public OutboxConfig(int batchSize, int pollMs, int maxAttempts, int backoffBaseMs, int backoffMaxMs,
                        int segmentsPerSecond, int breakerThreshold, int breakerProbeMs, int requestTimeoutMs,
                        int recipientsPerRequest, int maxInFlight) {
      this(batchSize, pollMs, maxAttempts, backoffBaseMs, backoffMaxMs, segmentsPerSecond, breakerThreshold,
          breakerProbeMs, requestTimeoutMs, recipientsPerRequest, maxInFlight, 15, "resend", 0, 48, CLAIM_LEASE_SECONDS);
    }

    /** maxUnconfirmed, or when 0 about one second of the route: the throttle's rate, else {@link #UNTHROTTLED_UNCONFIRMED}. */
    public int unconfirmedCap() {
      if (maxUnconfirmed > 0) {
        return maxUnconfirmed;
      }
      return segmentsPerSecond > 0 ? segmentsPerSecond : UNTHROTTLED_UNCONFIRMED;
    }

    /** True when an alert left unconfirmed is sent again after confirmWaitMinutes (false: it ends 'unknown'). */
    public boolean resendAlerts() {
      return "resend".equals(unconfirmedAlerts);
    }
  }

  /**
   * The built-in simulator (fake aggregator and phones): DLR delay, the outcome mix of delivery
   * reports (successRate Success, bufferedRate Buffered then Success, the rest Failed with
   * failureReason), and the network at start (up, down, slow, flaky) with its slow latency and
   * flaky failure rate. enabled (auto, true, false): whether the gateway mounts it (auto: when a
   * route is the simulator; never in production); token: what callers from other machines must show.
   */
  public record SimulatorConfig(int dlrDelayMs, double successRate, double bufferedRate, String failureReason,
                                String network, int slowMs, double flakyRate, String enabled, String token,
                                SimulatorSmppConfig smpp, SimulatorModemConfig modem) {}

  /** The built-in test SMSC (dev only): {@code port} 0 = none. */
  public record SimulatorSmppConfig(int port) {}

  /**
   * The emulated GSM modem (dev only): {@code link} true adds a route named "modem" on a modem
   * emulator behind a pseudo-terminal pair (socat), which the browser phone can text through.
   */
  public record SimulatorModemConfig(boolean link) {}

  /**
   * The admin web page: session length and idle timeout, login delays (after lockoutAttempts wrong
   * passwords; per client address up to lockoutMinutes, per account up to accountDelayMaxSeconds) and
   * the PBKDF2 iterations of new password hashes.
   */
  public record AdminConfig(int sessionMinutes, int idleMinutes, int lockoutAttempts, int lockoutMinutes,
                            int accountDelayMaxSeconds, int passwordIterations) {}

  /** Language and country defaults. */
  public record LocaleConfig(String defaultLanguage, String country, String timeZone) {}

  /** Where the deployer's reference data lives. */
  public record ReferenceDataConfig(String regions, String trades, String tradeCategories, String migration,
                                    String recruiters) {
    /** Regions, trades and categories with the shipped safe-migration texts and recruiter registry. */
    public ReferenceDataConfig(String regions, String trades, String tradeCategories) {
      this(regions, trades, tradeCategories, "config/migration", "config/recruiters.csv");
    }
  }
}
