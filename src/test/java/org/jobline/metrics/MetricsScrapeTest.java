package org.jobline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.alert.Alerts;
import org.jobline.app.Gateway;
import org.jobline.subscriber.Subscribers;
import org.jobline.testing.TestGateway;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: GET /metrics after a USSD dialogue, an SMS command and an alert delivery shows each
 * counter moved; without the token it is 401; with metrics.port it is only on that port.
 */
class MetricsScrapeTest {
  private static final String SECRET = "metrics-test-callback-secret";
  private static final String TOKEN = "metrics-test-token-0123456789";

  @TempDir
  Path tmp;
  private final Vertx vertx = Metrics.vertx();
  private final WebClient client = WebClient.create(vertx);
  private Gateway gateway;

  @AfterEach
  void close() {
    if (gateway != null) {
      await(gateway.stop());
    }
    await(vertx.close());
  }

  @Test
  void everyCounterMovesAfterUssdSmsAndAnAlertDelivery() {
    gateway = await(TestGateway.start(vertx, tmp, Map.of("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET,
        "JOBLINE_METRICS_TOKEN", TOKEN, "JOBLINE_ALERTS_QUIET_HOURS", "off", "JOBLINE_SIMULATOR_DLR_DELAY_MS", "50",
        "JOBLINE_OUTBOX_POLL_MS", "50")));
    Scraped before = scrape(gateway.port(), TOKEN);

    assertThat(ussd("m1", "").bodyAsString()).startsWith("CON ");
    assertThat(ussd("m1", "1").bodyAsString()).startsWith("CON ");
    assertThat(sms("AIDE").statusCode()).isEqualTo(200);
    await(gateway.context().store().write(tx -> Subscribers.register(tx, "+22890112299", "MAR", List.of("MACON"), "fr", "sms")));
    VacancyService vacancies = Alerts.vacancyService(gateway.context());
    Vacancy draft = await(vacancies.create(Actor.staff("metrics"), new VacancyInput("Macon", null, "MACON", "MAR", null,
        "Entreprise Test", "Tel 90 00 00 00", 2, null)));
    await(vacancies.open(Actor.staff("metrics"), draft.ref()));
    Scraped after = waitFor(() -> scrape(gateway.port(), TOKEN),
        s -> s.sum("jobline_fanout_alerts_total") > before.sum("jobline_fanout_alerts_total")
            && s.sum("jobline_delivery_reports_total", "status=\"delivered\"") >= before.sum("jobline_delivery_reports_total", "status=\"delivered\"") + 2);

    assertThat(after.sum("jobline_ussd_turn_seconds_count") - before.sum("jobline_ussd_turn_seconds_count")).isEqualTo(2);
    assertThat(after.sum("jobline_ussd_turn_seconds_bucket", "le=\"+Inf\"")).isEqualTo(after.sum("jobline_ussd_turn_seconds_count"));
    assertThat(after.sum("jobline_sms_commands_total", "keyword=\"help\"") - before.sum("jobline_sms_commands_total", "keyword=\"help\""))
        .isEqualTo(1);
    assertThat(after.sum("jobline_sends_total", "outcome=\"accepted\"") - before.sum("jobline_sends_total", "outcome=\"accepted\""))
        .as("the help reply and the alert").isGreaterThanOrEqualTo(2);
    assertThat(after.sum("jobline_fanout_alerts_total") - before.sum("jobline_fanout_alerts_total")).isEqualTo(1);
    assertThat(after.sum("vertx_http_server_requests_total", "route=\"/aggregator/africastalking/ussd\"", "code=\"200\"")
        - before.sum("vertx_http_server_requests_total", "route=\"/aggregator/africastalking/ussd\"", "code=\"200\""))
        .as(after.text().lines().filter(l -> l.startsWith("vertx_http_server_requests_total")).toList().toString()).isEqualTo(2);
    assertThat(after.sum("jobline_store_transaction_seconds_count")).isGreaterThan(before.sum("jobline_store_transaction_seconds_count"));
    assertThat(after.text()).contains("jobline_outbox_depth{kind=\"alert\",status=\"queued\"}")
        .contains("jobline_breaker_state{").contains("jobline_store_writer_queue ")
        .contains("jobline_fanout_alerts_total ").contains("jvm_memory_used_bytes{").contains("process_cpu_usage ")
        .contains("process_uptime_seconds ");
    assertThat(dashboardMetrics()).isNotEmpty().allSatisfy(name ->
        assertThat(after.text()).as("config/grafana dashboard metric %s is exported", name).contains(name));
  }

  /** The metric names the Grafana dashboard queries. */
  private static java.util.Set<String> dashboardMetrics() {
    try {
      String json = java.nio.file.Files.readString(Path.of("config", "grafana", "jobline-dashboard.json"));
      java.util.Set<String> names = new java.util.TreeSet<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:jobline|vertx|jvm|process)_[a-z_]+").matcher(json);
      while (m.find()) {
        names.add(m.group());
      }
      return names;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void withoutTheTokenItIs401() {
    gateway = await(TestGateway.start(vertx, tmp, Map.of("JOBLINE_METRICS_TOKEN", TOKEN)));
    HttpResponse<Buffer> none = await(client.get(gateway.port(), "127.0.0.1", "/metrics").send());
    HttpResponse<Buffer> wrong = await(client.get(gateway.port(), "127.0.0.1", "/metrics")
        .putHeader("Authorization", "Bearer " + TOKEN + "x").send());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.getHeader("WWW-Authenticate")).startsWith("Bearer");
    assertThat(none.bodyAsString()).doesNotContain("jvm_");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(scrape(gateway.port(), TOKEN).text()).contains("jobline_ussd_turn_seconds");
  }

  @Test
  void aSeparatePortServesMetricsAndThePublicPortDoesNot() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    gateway = await(TestGateway.start(vertx, tmp, Map.of("JOBLINE_METRICS_PORT", String.valueOf(port))));
    assertThat(await(client.get(gateway.port(), "127.0.0.1", "/metrics").send()).statusCode()).isEqualTo(404);
    assertThat(scrape(port, null).text()).contains("jobline_sends_total").doesNotContain("Bearer");
  }

  private HttpResponse<Buffer> ussd(String session, String text) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("sessionId", session).add("serviceCode", "*888#")
        .add("phoneNumber", "+22890112233").add("networkCode", "61501").add("text", text);
    return await(client.post(gateway.port(), "127.0.0.1", "/aggregator/africastalking/ussd")
        .addQueryParam("secret", SECRET).sendForm(form));
  }

  private HttpResponse<Buffer> sms(String text) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("from", "+22890112244").add("to", "8888")
        .add("text", text).add("date", "2026-11-23 10:00:00").add("id", "ATXid_metrics_1");
    return await(client.post(gateway.port(), "127.0.0.1", "/aggregator/africastalking/sms")
        .addQueryParam("secret", SECRET).sendForm(form));
  }

  private Scraped scrape(int port, String token) {
    var request = client.get(port, "127.0.0.1", "/metrics");
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    HttpResponse<Buffer> r = await(request.send());
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(r.getHeader("Content-Type")).startsWith("text/plain");
    return new Scraped(r.bodyAsString());
  }

  /** The Prometheus text of one scrape. */
  record Scraped(String text) {
    /** The sum of the samples of {@code name} whose labels contain every {@code label}. */
    double sum(String name, String... labels) {
      return text.lines().filter(l -> !l.startsWith("#"))
          .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
          .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
          .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
  }

  private static <T> T waitFor(java.util.function.Supplier<T> get, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    T last = get.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out; last scrape:\n" + last);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      last = get.get();
    }
    return last;
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
