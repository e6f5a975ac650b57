package org.jobline.config;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks the meaning of a bound configuration; the first problem found stops the start. */
final class ConfigValidator {
  private static final Logger log = LoggerFactory.getLogger(ConfigValidator.class);
  /** The values aggregator.type (deprecated, read only when routes is empty) may take. */
  static final Set<String> ROUTES = Set.of("simulator", "africastalking");

  private ConfigValidator() {}

  static AppConfig validate(AppConfig c) {
    oneOf("mode", c.mode(), Set.of("dev", "production"));
    range("http.port", c.http().port(), 0, 65535);
    notBlank("http.host", c.http().host());
    range("http.maxBodyBytes", c.http().maxBodyBytes(), 1024, 100 * 1024 * 1024);
    range("http.maxFieldBytes", c.http().maxFieldBytes(), 1024, c.http().maxBodyBytes());
    validateStore(c.store());
    validateMetrics(c);
    validateAggregator(c);
    if (c.ussd().serviceCode() == null || !c.ussd().serviceCode().matches("\\*[0-9*]+#")) {
      throw new ConfigException("ussd.serviceCode", "must look like *888# (got '" + c.ussd().serviceCode() + "')");
    }
    range("ussd.sessionMinutes", c.ussd().sessionMinutes(), 1, 60);
    if (c.sms().shortCode() == null || !c.sms().shortCode().matches("[0-9A-Za-z]{2,11}")) {
      throw new ConfigException("sms.shortCode", "must be 2 to 11 letters or digits (got '" + c.sms().shortCode() + "')");
    }
    if (c.sms().costPerSegment() < 0) {
      throw new ConfigException("sms.costPerSegment", "must not be negative");
    }
    if (c.sms().currency() == null || !c.sms().currency().matches("[A-Z]{3}")) {
      throw new ConfigException("sms.currency", "must be a 3-letter currency code such as XOF");
    }
    range("sms.inboundPerHour", c.sms().inboundPerHour(), 1, 1000);
    range("sms.helpIntervalHours", c.sms().helpIntervalHours(), 1, 24 * 30);
    range("alerts.dailyCap", c.alerts().dailyCap(), 1, 50);
    String quiet = c.alerts().quietHours();
    if (quiet == null || !(quiet.equals("off") || quiet.matches("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d"))) {
      throw new ConfigException("alerts.quietHours", "must be HH:mm-HH:mm or off (got '" + quiet + "')");
    }
    range("alerts.fanoutBatch", c.alerts().fanoutBatch(), 1, 100_000);
    range("alerts.closingCheckMinutes", c.alerts().closingCheckMinutes(), 1, 24 * 60);
    validateFollowUp(c.followUp());
    String verifier = c.trust() == null ? null : c.trust().verifiedBy();
    if (verifier == null || !verifier.matches("[A-Za-z0-9 .'&()/-]{0,30}")) {
      throw new ConfigException("trust.verifiedBy", "must be up to 30 letters, digits, spaces or . ' & ( ) / - (got '"
          + verifier + "')");
    }
    validateOutbox(c.outbox());
    validateSimulator(c.simulator());
    if (c.production() && "true".equals(c.simulator().enabled())) {
      throw new ConfigException("simulator.enabled", "the simulator is never mounted in production");
    }
    if (c.production() && c.simulator().modem() != null && c.simulator().modem().link()) {
      throw new ConfigException("simulator.modem.link", "the emulated modem is for dev mode; production needs a real "
          + "modem route (routes: { modem: { type: modem, device: /dev/ttyUSB0 } })");
    }
    range("admin.sessionMinutes", c.admin().sessionMinutes(), 5, 7 * 24 * 60);
    range("admin.lockoutAttempts", c.admin().lockoutAttempts(), 1, 100);
    range("admin.lockoutMinutes", c.admin().lockoutMinutes(), 1, 24 * 60);
    range("admin.idleMinutes", c.admin().idleMinutes(), 1, 7 * 24 * 60);
    range("admin.accountDelayMaxSeconds", c.admin().accountDelayMaxSeconds(), 1, 3600);
    range("admin.passwordIterations", c.admin().passwordIterations(), c.production() ? 600_000 : 1000, 10_000_000);
    oneOf("locale.defaultLanguage", c.locale().defaultLanguage(), Set.of("fr", "en"));
    if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(c.locale().country())) {
      throw new ConfigException("locale.country", "must be a two-letter country code such as TG (got '" + c.locale().country() + "')");
    }
    try {
      ZoneId.of(String.valueOf(c.locale().timeZone()));
    } catch (DateTimeException e) {
      throw new ConfigException("locale.timeZone", "unknown time zone '" + c.locale().timeZone() + "'");
    }
    notBlank("referenceData.regions", c.referenceData().regions());
    notBlank("referenceData.trades", c.referenceData().trades());
    notBlank("referenceData.tradeCategories", c.referenceData().tradeCategories());
    notBlank("referenceData.migration", c.referenceData().migration());
    notBlank("referenceData.recruiters", c.referenceData().recruiters());
    return withSecret(c);
  }

  private static void validateAggregator(AppConfig c) {
    AppConfig.AggregatorConfig a = c.aggregator();
    boolean legacy = c.routes() == null || c.routes().isEmpty();
    if (legacy && a.type() != null && !ROUTES.contains(a.type()) && a.type().matches("[a-z]+")) {
      throw new ConfigException("aggregator.type", "'" + a.type() + "' is not available as aggregator.type: configure it "
          + "under routes (routes: { name: { type: " + a.type() + ", ... } }, README \"Routes\")");
    }
    if (legacy) {
      oneOf("aggregator.type", a.type(), ROUTES);
    }
    if (c.production()) {
      if (legacy && a.type().equals("simulator")) {
        throw new ConfigException("aggregator.type", "simulator is for dev mode; production needs a real route such as africastalking");
      }
      SecretStrength.require("aggregator.callbackSecret", a.callbackSecret());
      if (legacy && a.type().equals("africastalking")) {
        notBlank("aggregator.africastalking.apiKey", a.africastalking().apiKey());
        notBlank("aggregator.africastalking.username", a.africastalking().username());
        SecretStrength.requireHttps("aggregator.africastalking.baseUrl", a.africastalking().baseUrl());
      }
    }
    String url = a.africastalking().baseUrl();
    if (url == null || !url.matches("https?://[^\\s]+")) {
      throw new ConfigException("aggregator.africastalking.baseUrl", "must be an http(s) URL (got '" + url + "')");
    }
  }

  private static void validateSimulator(AppConfig.SimulatorConfig s) {
    range("simulator.dlrDelayMs", s.dlrDelayMs(), 0, 600_000);
    fraction("simulator.successRate", s.successRate());
    fraction("simulator.bufferedRate", s.bufferedRate());
    if (s.successRate() + s.bufferedRate() > 1.0 + 1e-9) {
      throw new ConfigException("simulator.bufferedRate", "successRate + bufferedRate must not exceed 1");
    }
    notBlank("simulator.failureReason", s.failureReason());
    oneOf("simulator.network", s.network(), Set.of("up", "down", "slow", "flaky"));
    range("simulator.slowMs", s.slowMs(), 0, 120_000);
    fraction("simulator.flakyRate", s.flakyRate());
    oneOf("simulator.enabled", s.enabled(), Set.of("auto", "true", "false"));
    if (s.token() != null && !s.token().isEmpty() && s.token().length() < 16) {
      throw new ConfigException("simulator.token", "must have at least 16 characters (or be empty: a random one per run)");
    }
    range("simulator.smpp.port", s.smpp() == null ? 0 : s.smpp().port(), 0, 65535);
  }

  private static void fraction(String key, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new ConfigException(key, "must be between 0 and 1 (got " + value + ")");
    }
  }

  private static void validateOutbox(AppConfig.OutboxConfig o) {
    range("outbox.batchSize", o.batchSize(), 1, 10_000);
    range("outbox.pollMs", o.pollMs(), 10, 60_000);
    range("outbox.maxAttempts", o.maxAttempts(), 1, 100);
    range("outbox.backoffBaseMs", o.backoffBaseMs(), 1, 3_600_000);
    range("outbox.backoffMaxMs", o.backoffMaxMs(), o.backoffBaseMs(), 86_400_000);
    range("outbox.segmentsPerSecond", o.segmentsPerSecond(), 0, 100_000);
    range("outbox.breakerThreshold", o.breakerThreshold(), 1, 1000);
    range("outbox.breakerProbeMs", o.breakerProbeMs(), 100, 3_600_000);
    range("outbox.requestTimeoutMs", o.requestTimeoutMs(), 100, 120_000);
    range("outbox.recipientsPerRequest", o.recipientsPerRequest(), 1, 1000);
    range("outbox.maxInFlight", o.maxInFlight(), 1, 256);
    range("outbox.confirmWaitMinutes", o.confirmWaitMinutes(), 1, 1440);
    oneOf("outbox.unconfirmedAlerts", o.unconfirmedAlerts(), Set.of("resend", "drop"));
    range("outbox.maxUnconfirmed", o.maxUnconfirmed(), 0, 1_000_000);
    range("outbox.reportWaitHours", o.reportWaitHours(), 1, 8760);
    range("outbox.claimLeaseSeconds", o.claimLeaseSeconds(), 5, 86_400);
    int leastLease = (int) Math.ceil(3 * o.requestTimeoutMs() / 1000.0);
    if (o.claimLeaseSeconds() < leastLease) {
      throw new ConfigException("outbox.claimLeaseSeconds", "must be at least three times outbox.requestTimeoutMs ("
          + leastLease + " s): a live node's rows must not be taken back while their send may still be answered");
    }
  }

  private static void validateMetrics(AppConfig c) {
    AppConfig.MetricsConfig m = c.metrics();
    range("metrics.port", m.port(), 0, 65535);
    if (m.port() != 0 && m.port() == c.http().port()) {
      throw new ConfigException("metrics.port", "must differ from http.port (or be 0 for no separate port)");
    }
    if (m.port() != 0) {
      notBlank("metrics.host", m.host());
    }
    if (c.production() && m.token() != null && !m.token().isEmpty()) {
      SecretStrength.require("metrics.token", m.token());
    }
  }

  private static void validateStore(AppConfig.StoreConfig s) {
    oneOf("store.engine", s.engine(), Set.of(AppConfig.StoreConfig.SQLITE, AppConfig.StoreConfig.POSTGRES));
    range("store.busyTimeoutMs", s.busyTimeoutMs(), 0, 600_000);
    range("store.readers", s.readers(), 1, 16);
    range("store.poolSize", s.poolSize(), 2, 64);
    if (s.postgres()) {
      if (s.url() == null || !s.url().startsWith("jdbc:postgresql://")) {
        throw new ConfigException("store.url", "must look like jdbc:postgresql://host:5432/jobline when store.engine is "
            + "postgres (got '" + (s.url() == null ? "" : s.describe()) + "')");
      }
      notBlank("store.user", s.user());
    } else {
      notBlank("store.path", s.path());
      validateBackup(s.backup());
    }
  }

  private static void validateBackup(AppConfig.BackupConfig b) {
    String time = b.time();
    if (time == null || !(time.equals("off") || time.matches("([01]\\d|2[0-3]):[0-5]\\d"))) {
      throw new ConfigException("store.backup.time", "must be HH:mm or off (got '" + time + "')");
    }
    range("store.backup.keep", b.keep(), 1, 1000);
    if (b.enabled()) {
      notBlank("store.backup.folder", b.folder());
    }
  }

  /** In dev mode a missing callback secret is replaced by a random one for this run. */
  private static AppConfig withSecret(AppConfig c) {
    String secret = c.aggregator().callbackSecret();
    if (secret != null && !secret.isBlank()) {
      return c;
    }
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    log.warn("aggregator.callbackSecret is not set: using a random secret for this run (dev mode)");
    AppConfig.AggregatorConfig a = c.aggregator();
    AppConfig.AggregatorConfig withSecret = new AppConfig.AggregatorConfig(
        a.type(), HexFormat.of().formatHex(random), a.africastalking());
    return new AppConfig(c.mode(), c.http(), c.store(), withSecret, c.ussd(), c.sms(), c.alerts(),
        c.outbox(), c.simulator(), c.admin(), c.locale(), c.referenceData(), c.routes(), c.routing(),
        c.metrics(), c.followUp(), c.profileQuestions(), c.trust());
  }

  private static void validateFollowUp(AppConfig.FollowUpConfig f) {
    String days = f.days() == null ? "" : f.days();
    if (!days.isBlank() && !days.matches("\\s*\\d{1,3}\\s*(,\\s*\\d{1,3}\\s*){0,4}")) {
      throw new ConfigException("followUp.days", "must be up to 5 numbers of days separated by commas, such as 14,60 (got '" + days + "')");
    }
    int previous = 0;
    for (int d : f.rounds()) {
      if (d <= previous || d > 365) {
        throw new ConfigException("followUp.days", "must grow from 1 to 365 days (got '" + days + "')");
      }
      previous = d;
    }
    range("followUp.checkMinutes", f.checkMinutes(), 1, 24 * 60);
  }

  private static void oneOf(String key, String value, Set<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      throw new ConfigException(key, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))
          + " (got '" + value + "')");
    }
  }

  private static void range(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ConfigException(key, "must be between " + min + " and " + max + " (got " + value + ")");
    }
  }

  private static void notBlank(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigException(key, "must not be empty");
    }
  }
}
