package org.jobline.simulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jobline.phone.PhoneNumbers;
import org.jobline.text.Fold;

/**
 * Plays a {@link Scenario} against a simulator (and through it a Jobline): prints PASS/FAIL per
 * step, stops a scenario at its first failure (the rest is SKIP) and tells whether it passed.
 */
public final class ScenarioRunner {
  private final SimulatorClient sim;
  private final PhoneNumbers numbers;
  private final VacancyMaker vacancies;
  private final Pages pages;
  private final PrintStream out;
  private final Map<String, String> screens = new HashMap<>();
  private final Map<String, Set<String>> seen = new HashMap<>();
  private final Map<String, String> vars = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private Scenario scenario;

  ScenarioRunner(SimulatorClient sim, PhoneNumbers numbers, VacancyMaker vacancies, PrintStream out) {
    this(sim, numbers, vacancies, null, out);
  }

  /** {@code pages} (may be null: then expect_page fails saying why) reads the admin pages as a scenario user. */
  ScenarioRunner(SimulatorClient sim, PhoneNumbers numbers, VacancyMaker vacancies, Pages pages, PrintStream out) {
    this.sim = sim;
    this.numbers = numbers;
    this.vacancies = vacancies;
    this.pages = pages;
    this.out = out;
  }

  public boolean run(Scenario s) {
    scenario = s;
    screens.clear();
    seen.clear();
    out.println("== " + s.name() + " (" + s.file() + ")");
    try {
      s.phones().forEach(p -> seen.put(phone(p), ids(sim.inbox(phone(p)))));
    } catch (RuntimeException e) {
      out.println("  FAIL  0 start: " + e.getMessage());
      return false;
    }
    boolean failed = false;
    for (Scenario.Step step : s.steps()) {
      if (failed) {
        out.println("  SKIP " + String.format("%2d", step.number()) + " " + step.label());
        continue;
      }
      try {
        String note = execute(step);
        out.println("  PASS " + String.format("%2d", step.number()) + " " + step.label() + (note == null ? "" : "  -> " + note));
      } catch (RuntimeException | AssertionError e) {
        failed = true;
        out.println("  FAIL " + String.format("%2d", step.number()) + " " + step.label() + "  -> " + e.getMessage());
      }
    }
    out.println(failed ? "FAILED: " + s.name() : "PASSED: " + s.name());
    return !failed;
  }

  private String execute(Scenario.Step step) {
    switch (step.kind()) {
      case "dial" -> {
        String p = phone(step.value().isTextual() ? step.value().asText() : step.text("phone"));
        sim.hangup(p);
        return screen(p, sim.ussd(p, null));
      }
      case "ussd" -> {
        String p = phone(step.text("phone"));
        return screen(p, sim.ussd(p, required(step, "input")));
      }
      case "hangup" -> sim.hangup(phone(step.text("phone")));
      case "expect_screen" -> expectScreen(step);
      case "sms" -> sim.sms(phone(step.text("from")), required(step, "text"));
      case "expect_sms" -> {
        return expectSms(step, true);
      }
      case "expect_no_sms" -> expectSms(step, false);
      case "network" -> {
        JsonObject body = step.value().isObject() ? new JsonObject(step.value().toString())
            : new JsonObject().put("mode", step.value().asText());
        return "network " + sim.network(body).getString("mode");
      }
      case "wait_seconds" -> sleep((long) (step.value().asDouble() * 1000));
      case "advance_days" -> {
        return "follow-ups queued: " + sim.followUps(step.value().asDouble()).getInteger("queued");
      }
      case "create_vacancy" -> {
        JsonObject fields = new JsonObject(subst(step.value().toString()));
        String partner = (String) fields.remove("partner");
        String ref = partner == null ? vacancies.createAndOpen(fields) : vacancies.createAndOpen(fields, key(partner));
        vars.put("ref", ref);
        return "ref " + ref;
      }
      case "mark_interests" -> {
        String status = required(step, "status");
        int n = vacancies.markInterests(required(step, "ref"), status, step.value().path("skip").asInt(0),
            step.value().path("count").asInt(1));
        return n + " marked " + status;
      }
      case "expect_page" -> {
        return expectPage(step);
      }
      case "partner" -> {
        String name = required(step, "name");
        keys.put(name, sim.trustPartner(name, "true".equals(step.text("trusted"))).getString("key"));
        return "partner " + name;
      }
      case "staff" -> {
        return sim.trustStaff(required(step, "action"), step.text("ref") == null ? null : subst(step.text("ref")),
            step.text("partner")).getString("done");
      }
      case "expect_refused" -> {
        int status = vacancies.listStatus(key(required(step, "partner")));
        if (status != 401 && status != 403) {
          throw new AssertionError("the partner API answered HTTP " + status + ", not 401/403");
        }
        return "HTTP " + status;
      }
      default -> throw new IllegalStateException("unknown step " + step.kind());
    }
    return null;
  }

  private String screen(String phone, JsonObject r) {
    screens.put(phone, r.getString("screen", ""));
    if (r.containsKey("error")) {
      throw new AssertionError("USSD failed: " + r.getString("error") + " (screen: " + r.getString("screen") + ")");
    }
    return r.getString("screen").replace("\n", " | ");
  }

  private void expectScreen(Scenario.Step step) {
    String p = phone(step.text("phone"));
    String want = required(step, "contains");
    String screen = screens.getOrDefault(p, "");
    if (!Fold.fold(screen).contains(Fold.fold(want))) {
      throw new AssertionError("screen does not contain \"" + want + "\"; it shows: " + screen.replace("\n", " | "));
    }
  }

  /**
   * An admin page read as {@code as} (admin or partner) contains every text of {@code contains} (a text or a list;
   * case, accents and runs of spaces ignored), within {@code within_seconds} (the page is read again meanwhile).
   */
  private String expectPage(Scenario.Step step) {
    if (pages == null) {
      throw new AssertionError("expect_page needs the gateway the simulate command starts (its scenario users)");
    }
    String as = step.text("as") == null ? "admin" : step.text("as");
    String path = required(step, "path");
    java.util.List<String> wanted = new java.util.ArrayList<>();
    JsonNodeTexts.each(step.value().path("contains"), t -> wanted.add(subst(t)));
    double within = step.value().path("within_seconds").asDouble(10);
    long deadline = System.currentTimeMillis() + (long) (within * 1000);
    while (true) {
      String page = Fold.fold(pages.get(as, path));
      java.util.List<String> missing = wanted.stream().filter(w -> !page.contains(Fold.fold(w))).toList();
      if (missing.isEmpty()) {
        return wanted.size() + " found";
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(path + " as " + as + " does not contain " + missing);
      }
      sleep(300);
    }
  }

  private String expectSms(Scenario.Step step, boolean wanted) {
    String p = phone(step.text("phone"));
    String want = step.value().isTextual() ? subst(step.value().asText()) : step.text("contains") == null ? ""
        : subst(step.text("contains"));
    double within = step.value().path("within_seconds").asDouble(wanted ? 10 : 3);
    long deadline = System.currentTimeMillis() + (long) (within * 1000);
    while (true) {
      for (Object o : sim.inbox(p)) {
        JsonObject m = (JsonObject) o;
        if (!seen.get(p).contains(m.getString("messageId")) && Fold.fold(m.getString("text")).contains(Fold.fold(want))) {
          seen.get(p).add(m.getString("messageId"));
          if (!wanted) {
            throw new AssertionError("unexpected SMS to " + PhoneNumbers.mask(p) + ": " + m.getString("text"));
          }
          return m.getString("text");
        }
      }
      if (System.currentTimeMillis() > deadline) {
        if (wanted) {
          throw new AssertionError("no SMS containing \"" + want + "\" reached " + PhoneNumbers.mask(p) + " within " + within + " s");
        }
        return null;
      }
      sleep(200);
    }
  }

  private String phone(String raw) {
    String p = numbers.normalise(raw == null ? scenario.phone() : subst(raw));
    seen.computeIfAbsent(p, k -> new HashSet<>());
    return p;
  }

  /** The API key of a partner made by an earlier {@code partner} step. */
  private String key(String partner) {
    String key = keys.get(partner);
    if (key == null) {
      throw new AssertionError("no partner step made '" + partner + "' before");
    }
    return key;
  }

  private String required(Scenario.Step step, String key) {
    String v = key.equals("ref") && step.text("ref") == null ? vars.get("ref") : step.scalarOr(key);
    if (v == null) {
      throw new AssertionError("step needs '" + key + "'");
    }
    return subst(v);
  }

  private String subst(String s) {
    String out = s;
    for (Map.Entry<String, String> e : vars.entrySet()) {
      out = out.replace("${" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  private static Set<String> ids(JsonArray inbox) {
    Set<String> out = new HashSet<>();
    inbox.forEach(o -> out.add(((JsonObject) o).getString("messageId")));
    return out;
  }

  /** Scenarios run step by step on the CLI's main thread (never an event loop), so waiting here is fine. */
  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  /** Creates and opens a vacancy through Jobline, returning its ref; marks its interested people as the partner. */
  @FunctionalInterface
  interface VacancyMaker {
    String createAndOpen(JsonObject fields);

    /** The same with a given partner's key (an untrusted partner's open is held for validation, answered 202). */
    default String createAndOpen(JsonObject fields, String key) {
      throw new UnsupportedOperationException("no partner API here");
    }

    /** The partner API's status for a list request with {@code key} (401 or 403 when refused). */
    default int listStatus(String key) {
      throw new UnsupportedOperationException("no partner API here");
    }

    /** Sets the status of interested people {@code skip + 1} to {@code skip + count}; returns how many. */
    default int markInterests(String ref, String status, int skip, int count) {
      throw new IllegalStateException("mark_interests is not available here");
    }
  }

  /** Reads an admin page (its body) as a scenario user: "admin" or "partner". */
  @FunctionalInterface
  interface Pages {
    String get(String as, String path);
  }

  /** The texts of a YAML value: one text, or each item of a list. */
  private static final class JsonNodeTexts {
    static void each(com.fasterxml.jackson.databind.JsonNode node, java.util.function.Consumer<String> to) {
      if (node.isArray()) {
        node.forEach(n -> to.accept(n.asText()));
      } else if (!node.isMissingNode() && !node.isNull()) {
        to.accept(node.asText());
      }
    }
  }
}
