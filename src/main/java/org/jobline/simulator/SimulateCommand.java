package org.jobline.simulator;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;
import org.jobline.core.Launcher;
import org.jobline.phone.PhoneNumbers;

/**
 * {@code simulate FILES...}: runs scenario files against a gateway it starts itself (temporary
 * database, free port) or against {@code --target URL}; exit 0 when every scenario passed.
 * {@code simulate load ...} is the load mode ({@link LoadRunner}).
 */
public final class SimulateCommand implements Command {
  private final Launcher launcher;

  /** {@code launcher} starts the in-process gateway when no {@code --target} is given. */
  public SimulateCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public String usage() {
    return "simulate [--target URL] [--simulator URL] [--partner-key KEY] FILES...   run scenarios"
        + " | simulate load --target URL --phones N --rate R --duration D";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    if (!args.isEmpty() && args.get(0).equals("load")) {
      return LoadRunner.fromArgs(config, args.subList(1, args.size()), io);
    }
    Args a = Args.parse(args, Set.of("target", "simulator", "partner-key"));
    if (a.positional.isEmpty()) {
      throw new UsageException("simulate needs scenario files, e.g. simulator/scenarios/*.yaml");
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (String f : a.positional) {
      try {
        scenarios.add(Scenario.load(Path.of(f)));
      } catch (Scenario.ScenarioException e) {
        throw new UsageException(e.getMessage());
      }
    }
    Vertx vertx = Vertx.vertx();
    Launcher.Running gateway = null;
    Path tmp = null;
    try {
      String target;
      String key = a.get("partner-key");
      ScenarioSessions.Access access = null;
      if (a.get("target") != null) {
        target = Args.url("target", a.get("target"));
      } else {
        tmp = Files.createTempDirectory("jobline-simulate");
        gateway = SimulatorClient.await(launcher.start(vertx, ownGatewayConfig(config, tmp)));
        target = "http://127.0.0.1:" + gateway.port();
        key = key != null ? key : PartnerApiVacancies.provisionKey(gateway.store());
        access = ScenarioSessions.provision(gateway.store());
        io.out().println("Started a gateway on " + target + " (temporary database " + tmp + ")");
      }
      String simulator = a.get("simulator") == null ? target : Args.url("simulator", a.get("simulator"));
      return runAll(vertx, simulator, target, key, access, new PhoneNumbers(config.locale().country()), scenarios,
          io.out()) ? 0 : 1;
    } finally {
      if (gateway != null) {
        SimulatorClient.await(gateway.stop());
      }
      SimulatorClient.await(vertx.close());
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  /** Runs every scenario and prints a summary line; true when all passed. */
  static boolean runAll(Vertx vertx, String simulatorUrl, String joblineUrl, String partnerKey, PhoneNumbers numbers,
                        List<Scenario> scenarios, PrintStream out) {
    return runAll(vertx, simulatorUrl, joblineUrl, partnerKey, null, numbers, scenarios, out);
  }

  /** {@code access}: the scenario users' sessions for expect_page (null on a gateway given with --target). */
  static boolean runAll(Vertx vertx, String simulatorUrl, String joblineUrl, String partnerKey,
                        ScenarioSessions.Access access, PhoneNumbers numbers, List<Scenario> scenarios, PrintStream out) {
    WebClient client = WebClient.create(vertx);
    ScenarioRunner.Pages pages = access == null ? null : (as, path) -> page(client, joblineUrl, access.cookie(as), path);
    ScenarioRunner runner = new ScenarioRunner(new SimulatorClient(client, simulatorUrl), numbers,
        new PartnerApiVacancies(client, joblineUrl, partnerKey), pages, out);
    int passed = 0;
    for (Scenario s : scenarios) {
      passed += runner.run(s) ? 1 : 0;
    }
    out.println("scenarios: " + passed + " passed, " + (scenarios.size() - passed) + " failed");
    return passed == scenarios.size();
  }

  private static String page(WebClient client, String joblineUrl, String cookie, String path) {
    if (cookie == null || !path.startsWith("/admin")) {
      throw new AssertionError("expect_page reads /admin pages as admin or partner");
    }
    var r = SimulatorClient.await(client.getAbs(joblineUrl + path)
        .putHeader("Cookie", org.jobline.admin.auth.Cookies.SESSION + "=" + cookie).send());
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " answered " + r.statusCode());
    }
    return r.bodyAsString();
  }

  /**
   * The loaded configuration, on a free loopback port, a temporary database and the simulator route,
   * without quiet hours (a scenario must not depend on the time of day it runs at).
   */
  static AppConfig ownGatewayConfig(AppConfig c, Path dir) {
    return ownGatewayConfig(c, new AppConfig.StoreConfig(dir.resolve("jobline.db").toString(),
        c.store().busyTimeoutMs(), c.store().readers()));
  }

  /** The same on {@code store} (the tests run the shipped scenarios on PostgreSQL this way). */
  static AppConfig ownGatewayConfig(AppConfig c, AppConfig.StoreConfig store) {
    AppConfig.HttpConfig http = new AppConfig.HttpConfig("127.0.0.1", 0, c.http().maxBodyBytes(), c.http().maxFieldBytes());
    AppConfig.AggregatorConfig aggregator = new AppConfig.AggregatorConfig("simulator",
        c.aggregator().callbackSecret(), c.aggregator().africastalking());
    AppConfig.AlertsConfig alerts = new AppConfig.AlertsConfig(c.alerts().dailyCap(), "off",
        c.alerts().fanoutBatch(), c.alerts().closingCheckMinutes());
    return new AppConfig("dev", http, store, aggregator, c.ussd(), c.sms(), alerts, c.outbox(), c.simulator(),
        c.admin(), c.locale(), c.referenceData(), java.util.Map.of(), new AppConfig.RoutingConfig("", "", "", ""),
        c.metrics(), c.followUp(), c.profileQuestions(), c.trust());
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
