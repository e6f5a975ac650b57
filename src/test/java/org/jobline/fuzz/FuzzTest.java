package org.jobline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.jobline.admin.AdminClient;
import org.jobline.admin.AdminServer;
import org.jobline.gsm.Gsm7;
import org.jobline.partner.PartnerKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of every door from outside on one real gateway: the USSD, SMS, delivery-report and
 * opt-out callbacks, the partner API and the CSV import. No answer may be a 5xx; every USSD answer
 * is a {@code CON }/{@code END } screen within 160 GSM-7 septets (182 is the hard limit); the
 * sentinel subscribers, whose numbers only ever appear inside texts or unauthenticated requests, end
 * exactly as they began. Per run: {@code fuzz.count} (2,000) inputs on USSD, SMS and DLR, half as many
 * on opt-out and the partner API, an eighth on the CSV import (sequential, through a signed-in page).
 * {@code -Dfuzz.seed=N -Dfuzz.count=N} replay or widen a run.
 */
class FuzzTest {
  static final String SECRET = "fuzz-secret-0123456789abcdef";
  static final long SEED = Long.getLong("fuzz.seed", 20261202L);
  static final int COUNT = Integer.getInteger("fuzz.count", 2000);
  static final int IN_FLIGHT = 16;
  @TempDir
  Path tmp;
  AdminServer server;
  WebClient client;
  FuzzInputs in;
  final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

  @BeforeEach
  void start() {
    server = AdminServer.start(tmp, Map.of("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET,
        "JOBLINE_SIMULATOR_NETWORK", "down", "JOBLINE_ALERTS_QUIET_HOURS", "off"));
    client = WebClient.create(server.vertx);
    in = new FuzzInputs(SEED);
    server.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      for (String phone : FuzzInputs.SENTINELS) {
        try (var p = c.prepareStatement("INSERT INTO subscribers (phone, region, language, status, channel) "
            + "VALUES (?, 'LOM', 'fr', 'active', 'sms')")) {
          p.setString(1, phone);
          p.executeUpdate();
        }
      }
      return null;
    });
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void noDoorAnswers5xxAndNoScreenOrSentinelBreaks() {
    String sentinels = sentinelRows();
    long started = System.nanoTime();
    String key = AdminServer.await(new PartnerKeys(server.gateway.context().store()).addPartner("Fuzz", "test")).key();
    List<String> refs = partnerApi(key);
    run("ussd", COUNT, () -> post("/aggregator/africastalking/ussd", ussdForm()).map(r -> {
      checkScreen(r);
      return r;
    }));
    run("sms", COUNT, () -> post("/aggregator/africastalking/sms", smsForm(refs)));
    run("dlr", COUNT, () -> post("/aggregator/africastalking/dlr", dlrForm()));
    run("optout", COUNT / 2, () -> post("/aggregator/africastalking/optout", optOutForm()));
    csvImport(COUNT / 8);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("fuzz: seed %d, %d inputs per callback, %.1f s%n", SEED, COUNT, seconds);
    assertThat(problems).as("answers that break the rules (seed " + SEED + ")").isEmpty();
    assertThat(sentinelRows()).as("sentinel subscribers").isEqualTo(sentinels);
  }

  private String sentinelRows() {
    return server.read(tx -> {
      java.sql.Connection c = tx.jdbc();
      StringBuilder b = new StringBuilder();
      try (var st = c.createStatement(); var rs = st.executeQuery("SELECT s.*, (SELECT group_concat(trade) FROM "
          + "subscriber_trades t WHERE t.subscriber_id = s.id) FROM subscribers s WHERE phone LIKE '+228990000%' ORDER BY id")) {
        while (rs.next()) {
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            b.append(rs.getString(i)).append('|');
          }
          b.append('\n');
        }
      }
      return b.toString();
    });
  }

  /** Runs {@code n} requests, {@link #IN_FLIGHT} at a time, recording any 5xx or failure. */
  private void run(String label, int n, Supplier<Future<HttpResponse<Buffer>>> request) {
    long t0 = System.nanoTime();
    for (int done = 0; done < n; done += IN_FLIGHT) {
      List<Future<?>> batch = new ArrayList<>();
      for (int i = 0; i < Math.min(IN_FLIGHT, n - done); i++) {
        Future<HttpResponse<Buffer>> sent;
        try {
          sent = request.get();
        } catch (RuntimeException e) {
          sent = Future.failedFuture(e);
        }
        batch.add(sent.onSuccess(r -> {
          if (r.statusCode() >= 500) {
            problems.add(label + ": " + r.statusCode() + " " + r.bodyAsString());
          }
        }).recover(e -> {
          problems.add(label + ": " + e);
          return Future.succeededFuture();
        }));
      }
      AdminServer.await(Future.join(batch).recover(e -> Future.succeededFuture()));
    }
    System.out.printf("fuzz: %s, %d inputs, %.1f s%n", label, n, (System.nanoTime() - t0) / 1e9);
  }

  private Future<HttpResponse<Buffer>> post(String path, MultiMap form) {
    String secret = in.chance(0.9) ? SECRET : in.pick(List.of("", "wrong", SECRET + "x"));
    var req = client.post(server.port(), "127.0.0.1", path + "?secret=" + secret).timeout(20_000);
    if (in.chance(0.05)) {
      return req.putHeader("Content-Type", in.pick(List.of("multipart/form-data", "application/json", "text/plain",
          "application/x-www-form-urlencoded; charset=latin1"))).sendBuffer(Buffer.buffer(in.text()));
    }
    if (!secret.equals(SECRET)) {
      form.set(in.pick(List.of("from", "phoneNumber")), in.pick(FuzzInputs.SENTINELS));
      form.set("text", "STOP");
      form.set("status", "Failed");
      form.set("failureReason", "UserInBlackList");
    }
    return req.sendForm(form);
  }

  private void checkScreen(HttpResponse<Buffer> r) {
    if (r.statusCode() != 200) {
      return;
    }
    String screen = r.bodyAsString();
    if (!(screen.startsWith("CON ") || screen.startsWith("END ")) || Gsm7.septets(screen) > 160 || !Gsm7.fits(screen)) {
      problems.add("ussd screen of " + Gsm7.septets(screen) + " septets: " + screen);
    }
  }

  private MultiMap ussdForm() {
    return MultiMap.caseInsensitiveMultiMap()
        .add("sessionId", in.chance(0.95) ? "s" + in.random().nextInt(400) : in.text())
        .add("phoneNumber", in.phone()).add("serviceCode", in.chance(0.9) ? "*888#" : in.text())
        .add("networkCode", "61501").add("text", in.chance(0.8) ? in.ussdPath() : in.text());
  }

  private MultiMap smsForm(List<String> refs) {
    String text = in.chance(0.2) && !refs.isEmpty()
        ? in.pick(List.of("INFO ", "POSTULER ", "APPLY ")) + in.pick(refs) : in.text();
    MultiMap f = MultiMap.caseInsensitiveMultiMap().add("from", in.phone()).add("to", "8888").add("text", text);
    if (in.chance(0.9)) {
      f.add("id", "ATXid_" + in.random().nextInt(COUNT));
    }
    if (in.chance(0.8)) {
      f.add("date", in.chance(0.9) ? "2026-12-02 10:00:00" : in.text());
    }
    return f;
  }

  private MultiMap dlrForm() {
    return MultiMap.caseInsensitiveMultiMap().add("id", in.chance(0.9) ? "ATXid_" + in.random().nextInt(500) : in.text())
        .add("status", in.pick(List.of("Success", "Failed", "Rejected", "Buffered", "Sent", "", "x")))
        .add("phoneNumber", in.phone()).add("networkCode", "61501")
        .add("failureReason", in.pick(List.of("", "UserInBlackList", "DeliveryFailure", "AbsentSubscriber")))
        .add("retryCount", in.chance(0.9) ? "0" : in.text());
  }

  private MultiMap optOutForm() {
    return MultiMap.caseInsensitiveMultiMap().add("senderId", in.chance(0.8) ? "8888" : in.text())
        .add("phoneNumber", in.phone());
  }

  /** Creates, opens, closes and reads vacancies with hostile fields; returns the refs made. */
  private List<String> partnerApi(String key) {
    List<String> refs = java.util.Collections.synchronizedList(new ArrayList<>());
    run("partner", COUNT / 2, () -> {
      var base = "/api/v1/vacancies";
      int kind = in.random().nextInt(10);
      String auth = in.chance(0.95) ? "Bearer " + key : in.pick(List.of("", "Bearer x", "Basic abc", "Bearer " + key + "x"));
      if (kind < 5) {
        Buffer body = in.chance(0.8) ? Buffer.buffer(vacancy().encode()) : Buffer.buffer(in.text());
        return client.post(server.port(), "127.0.0.1", base).putHeader("Authorization", auth)
            .putHeader("Content-Type", in.chance(0.9) ? "application/json" : in.pick(List.of("text/plain",
                "application/x-www-form-urlencoded", "multipart/form-data")))
            .sendBuffer(body).onSuccess(r -> {
              if (r.statusCode() == 201) {
                String ref = r.bodyAsJsonObject().getString("ref");
                refs.add(ref);
              }
            });
      }
      String ref = refs.isEmpty() || in.chance(0.2) ? in.text().replace("/", "").replace("?", "").replace("#", "")
          : in.pick(refs);
      String path = base + "/" + enc(ref)
          + in.pick(List.of("/open", "/open", "/close", "", "/stats"));
      var req = path.endsWith("/open") || path.endsWith("/close") ? client.post(server.port(), "127.0.0.1", path)
          : client.get(server.port(), "127.0.0.1", kind == 9 ? base + "?status=" + enc(in.chars(5)) + "&page=" + enc(in.text()) : path);
      return req.putHeader("Authorization", auth).send();
    });
    return refs;
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private JsonObject vacancy() {
    JsonObject v = new JsonObject()
        .put("title", in.chance(0.5) ? in.text() : "{0}{1} [URGENT] ~ Macon|Soudeur € {}[]~|^ " + in.chars(60))
        .put("employer", in.chance(0.7) ? "BTP {0} & Fils €" : in.text())
        .put("trade", in.pick(List.of("MACON", "PLOMBIER", "SOUDEUR", "macon", "x", "")))
        .put("region", in.pick(List.of("LOM", "KARA", "LOM", "ALL", "Grand Lome", "")))
        .put("place", in.text()).put("contact", in.chance(0.8) ? "90 00 00 00" : in.text())
        .put("description", in.text());
    if (in.chance(0.7)) {
      v.put("positions", in.chance(0.9) ? (Object) (1 + in.random().nextInt(5)) : in.text());
    }
    if (in.chance(0.3)) {
      v.put("closingDate", in.pick(List.of("2030-01-01", "2020-01-01", "31/12/2030", in.text())));
    }
    if (in.chance(0.05)) {
      v.put(in.chars(6), new JsonArray().add(in.text()));
    }
    return v;
  }

  /** Posts hostile CSV files to the import preview as a signed-in staff member. */
  private void csvImport(int n) {
    server.user("fuzzer", "staff", null);
    AdminClient admin = new AdminClient(server);
    assertThat(admin.login("fuzzer", AdminServer.PASSWORD).statusCode()).isEqualTo(303);
    admin.get("/admin/vacancies/import");
    for (int i = 0; i < n; i++) {
      StringBuilder csv = new StringBuilder();
      if (in.chance(0.8)) {
        csv.append("title,employer,trade,region,place,contact,positions,closingDate,description\n");
      }
      int rows = in.random().nextInt(4);
      for (int r = 0; r < rows; r++) {
        csv.append(in.chance(0.5) ? String.join(",", "\"" + in.text().replace("\"", "\"\"") + "\"", in.text().replace(",", ""),
            in.pick(List.of("MACON", "x")), in.pick(List.of("LOM", "")), "Agoe", "90 00 00 00", in.pick(List.of("2", "x", "")),
            "", in.text().replace("\n", " ")) : in.text()).append('\n');
      }
      var r = admin.postForm("/admin/vacancies/import", "csv", csv.toString());
      if (r.statusCode() >= 500) {
        problems.add("csv import: " + r.statusCode() + " for " + csv);
      }
    }
  }
}
