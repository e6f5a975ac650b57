package org.jobline.simulator;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import java.util.concurrent.ThreadLocalRandom;
import org.jobline.config.AppConfig.SimulatorConfig;
import org.jobline.phone.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports each accepted message back to Jobline's DLR callback after {@code simulator.dlrDelayMs}:
 * Success, Buffered then Success, or Failed with the configured reason, in the configured mix.
 */
final class DeliveryReports {
  private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

  /** The outcome drawn for one message. */
  enum Outcome { SUCCESS, BUFFERED_THEN_SUCCESS, FAILED }

  private final Vertx vertx;
  private final SimulatorConfig config;
  private final JoblineLink link;

  DeliveryReports(Vertx vertx, SimulatorConfig config, JoblineLink link) {
    this.vertx = vertx;
    this.config = config;
    this.link = link;
  }

  Outcome draw() {
    double r = ThreadLocalRandom.current().nextDouble();
    if (r < config.successRate()) {
      return Outcome.SUCCESS;
    }
    return r < config.successRate() + config.bufferedRate() ? Outcome.BUFFERED_THEN_SUCCESS : Outcome.FAILED;
  }

  void schedule(String baseUrl, String phone, InboxMessage message) {
    Outcome outcome = draw();
    long delay = Math.max(1, config.dlrDelayMs());
    vertx.setTimer(delay, t -> {
      switch (outcome) {
        case SUCCESS -> report(baseUrl, phone, message, "Success");
        case FAILED -> report(baseUrl, phone, message, "Failed");
        case BUFFERED_THEN_SUCCESS -> {
          report(baseUrl, phone, message, "Buffered");
          vertx.setTimer(delay, t2 -> report(baseUrl, phone, message, "Success"));
        }
      }
    });
  }

  /** Attempts per report, as AT retries a callback that did not get a 2xx (a gateway restarting, issue 25). */
  static final int ATTEMPTS = 10;

  private void report(String baseUrl, String phone, InboxMessage message, String status) {
    report(baseUrl, phone, message, status, 1);
  }

  private void report(String baseUrl, String phone, InboxMessage message, String status, int attempt) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap()
        .add("id", message.messageId())
        .add("status", status)
        .add("phoneNumber", phone)
        .add("networkCode", FakeAggregator.NETWORK_CODE)
        .add("retryCount", "0");
    if (status.equals("Failed")) {
      form.add("failureReason", config.failureReason());
    }
    message.status(status);
    link.post(baseUrl, JoblineLink.DLR_PATH, form)
        .onSuccess(r -> {
          if (r.statusCode() / 100 != 2) {
            log.warn("DLR {} for {} answered {}", status, PhoneNumbers.mask(phone), r.statusCode());
            retry(baseUrl, phone, message, status, attempt);
          }
        })
        .onFailure(e -> {
          log.warn("DLR {} for {} not delivered: {}", status, PhoneNumbers.mask(phone), e.getMessage());
          retry(baseUrl, phone, message, status, attempt);
        });
  }

  /** Again after 1, 2, 4 ... s (at most 60 s apart), {@link #ATTEMPTS} times in all. */
  private void retry(String baseUrl, String phone, InboxMessage message, String status, int attempt) {
    if (attempt < ATTEMPTS) {
      long wait = Math.min(60_000, 1_000L << (attempt - 1));
      vertx.setTimer(wait, t -> report(baseUrl, phone, message, status, attempt + 1));
    }
  }
}
