package org.jobline.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.subscriber.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The partner API on a real gateway (HTTP on port 0, SQLite file): auth, isolation, lifecycle, errors. */
@ExtendWith(VertxExtension.class)
class PartnerApiTest {
  static final String BASE = "/api/v1/vacancies";
  @TempDir
  Path dir;
  Gateway gateway;
  ApiClient api;
  String keyA;
  String keyB;

  @BeforeEach
  void start(Vertx vertx) {
    Map<String, String> env = new java.util.HashMap<>(org.jobline.testing.TestStores.env(dir.resolve("j.db")));
    env.put("JOBLINE_HTTP_PORT", "0");
    // nothing is sent while a test runs (its first poll comes after a minute): the stats see alerts queued at any hour
    env.put("JOBLINE_OUTBOX_POLL_MS", "60000");
    AppConfig cfg = new ConfigLoader().load(null, env);
    gateway = ApiClient.await(Gateway.start(vertx, cfg));
    api = new ApiClient(vertx, gateway.port());
    PartnerKeys keys = new PartnerKeys(gateway.context().store());
    keyA = ApiClient.await(keys.addPartner("ANPE Togo", "test")).key();
    keyB = ApiClient.await(keys.addPartner("Chantiers du Golfe", "test")).key();
    // These partners publish directly (issue 21: agency admins mark a partner trusted); VerifiedOffersTest holds the rest.
    ApiClient.await(gateway.context().store().write(tx -> {
      tx.jdbc().createStatement().executeUpdate("UPDATE partners SET trusted = 1");
      return null;
    }));
  }

  @AfterEach
  void stop() {
    api.close();
    ApiClient.await(gateway.stop());
  }

  static final String CLOSING = java.time.LocalDate.now().plusMonths(2).toString();

  static JsonObject vacancy() {
    return new JsonObject().put("title", "Maçon qualifié").put("trade", "maçon").put("region", "Grand Lomé")
        .put("employer", "BTP Sarl").put("positions", 3).put("closingDate", CLOSING)
        .put("contact", "Appeler le 90 00 00 00").put("description", "Chantier à Agoè");
  }

  @Test
  void withoutAValidKeyEveryVacancyRouteIs401WithJson() {
    for (String key : new String[] {null, "", "jl_wrong", "not-a-key", keyA + "x"}) {
      HttpResponse<Buffer> r = api.get(BASE, key);
      assertThat(r.statusCode()).as("key %s", key).isEqualTo(401);
      assertThat(r.bodyAsJsonObject().getString("error")).contains("API key");
      assertThat(r.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }
    assertThat(api.post(BASE, null, vacancy()).statusCode()).isEqualTo(401);
    assertThat(api.post(BASE + "/K1234/open", "jl_nope", null).statusCode()).isEqualTo(401);
  }

  @Test
  void createReadListEditOpenCloseWithRefsAndCamelCase() {
    HttpResponse<Buffer> created = api.post(BASE, keyA, vacancy());
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject v = created.bodyAsJsonObject();
    String ref = v.getString("ref");
    assertThat(ref).matches("[A-Z]\\d{4}");
    assertThat(created.getHeader("Location")).isEqualTo(BASE + "/" + ref);
    assertThat(v.getString("status")).isEqualTo("draft");
    assertThat(v.getString("trade")).isEqualTo("MACON");
    assertThat(v.getString("region")).isEqualTo("LOM");
    assertThat(v.getString("closingDate")).isEqualTo(CLOSING);
    assertThat(v.getInteger("positions")).isEqualTo(3);

    assertThat(api.get(BASE + "/" + ref.toLowerCase(), keyA).bodyAsJsonObject().getString("ref")).isEqualTo(ref);
    JsonObject edited = api.patch(BASE + "/" + ref, keyA, new JsonObject().put("positions", 5)).bodyAsJsonObject();
    assertThat(edited.getInteger("positions")).isEqualTo(5);
    assertThat(edited.getString("title")).isEqualTo("Maçon qualifié");

    JsonObject list = api.get(BASE + "?status=draft", keyA).bodyAsJsonObject();
    assertThat(list.getJsonArray("vacancies")).hasSize(1);
    assertThat(list.getJsonArray("vacancies").getJsonObject(0).getString("ref")).isEqualTo(ref);

    assertThat(api.post(BASE + "/" + ref + "/open", keyA, null).bodyAsJsonObject().getString("status")).isEqualTo("open");
    assertThat(api.post(BASE + "/" + ref + "/close", keyA, null).bodyAsJsonObject().getString("status")).isEqualTo("closed");
    HttpResponse<Buffer> editClosed = api.patch(BASE + "/" + ref, keyA, new JsonObject().put("positions", 1));
    assertThat(editClosed.statusCode()).isEqualTo(409);
    String actions = ApiClient.await(gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (var p = c.prepareStatement("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log "
          + "WHERE entity = 'vacancy' AND entity_id = ? AND actor = 'partner:ANPE Togo'")) {
        p.setString(1, ref);
        try (var rs = p.executeQuery()) {
          rs.next();
          return rs.getString(1);
        }
      }
    }));
    assertThat(actions).isEqualTo("vacancy.create,vacancy.edit,vacancy.open,vacancy.close");
  }

  @Test
  void tagsAreSetReadAndClearedAndAnUnknownTagIsAClear400() {
    HttpResponse<Buffer> created = api.post(BASE, keyA, vacancy().put("tags", new JsonArray().add("accessible").add("firstJob")));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.bodyAsJsonObject().getJsonArray("tags")).containsExactly("firstJob", "accessible");
    String ref = created.bodyAsJsonObject().getString("ref");
    assertThat(api.patch(BASE + "/" + ref, keyA, new JsonObject().put("title", "Maçon coffreur")).bodyAsJsonObject()
        .getJsonArray("tags")).as("absent: unchanged").containsExactly("firstJob", "accessible");

    HttpResponse<Buffer> bad = api.patch(BASE + "/" + ref, keyA, new JsonObject().put("tags", new JsonArray().add("youth")));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.bodyAsJsonObject().getString("field")).isEqualTo("tags");
    assertThat(bad.bodyAsJsonObject().encode()).contains("youth").contains("firstJob, accessible, womenEncouraged");
    assertThat(api.post(BASE, keyA, vacancy().put("tags", "firstJob")).statusCode()).as("not an array").isEqualTo(400);

    assertThat(api.patch(BASE + "/" + ref, keyA, new JsonObject().put("tags", new JsonArray())).bodyAsJsonObject()
        .getJsonArray("tags")).isEmpty();
  }

  @Test
  void aPartnerCannotSeeOrChangeAnotherPartnersVacancy() {
    String ref = api.post(BASE, keyA, vacancy()).bodyAsJsonObject().getString("ref");

    List<HttpResponse<Buffer>> byB = List.of(
        api.get(BASE + "/" + ref, keyB),
        api.patch(BASE + "/" + ref, keyB, new JsonObject().put("title", "Volé")),
        api.post(BASE + "/" + ref + "/open", keyB, null),
        api.post(BASE + "/" + ref + "/close", keyB, null),
        api.get(BASE + "/" + ref + "/stats", keyB));
    for (HttpResponse<Buffer> r : byB) {
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.bodyAsJsonObject().getString("error")).contains("no vacancy");
    }
    assertThat(api.get(BASE, keyB).bodyAsJsonObject().getJsonArray("vacancies")).isEmpty();
    JsonObject untouched = api.get(BASE + "/" + ref, keyA).bodyAsJsonObject();
    assertThat(untouched.getString("title")).isEqualTo("Maçon qualifié");
    assertThat(untouched.getString("status")).isEqualTo("draft");
  }

  @Test
  void badInputGetsA400NamingTheField() {
    Map<String, JsonObject> cases = Map.of(
        "title", vacancy().put("title", ""),
        "trade", vacancy().put("trade", "astronaute"),
        "region", vacancy().put("region", "Paris"),
        "positions", vacancy().put("positions", "beaucoup"),
        "closingDate", vacancy().put("closingDate", "31/12/2026"),
        "salary", vacancy().put("salary", 100));
    cases.forEach((field, body) -> {
      HttpResponse<Buffer> r = api.post(BASE, keyA, body);
      assertThat(r.statusCode()).as(field).isEqualTo(400);
      assertThat(r.bodyAsJsonObject().getString("field")).as(field).isEqualTo(field);
      assertThat(r.bodyAsJsonObject().getString("error")).as(field).isNotBlank();
    });
    JsonObject several = api.post(BASE, keyA, vacancy().put("title", "").put("trade", "astronaute")
        .put("region", "Paris")).bodyAsJsonObject();
    assertThat(several.getString("field")).isEqualTo("title");
    assertThat(several.getJsonObject("errors").fieldNames()).as("every bad field in one answer")
        .containsExactlyInAnyOrder("title", "trade", "region");
    assertThat(several.getJsonObject("errors").getString("trade")).isEqualTo(
        "unknown trade 'astronaute' (use a code or a name from the reference list)");
    HttpResponse<Buffer> notJson = api.call(HttpMethod.POST, BASE, keyA, "{title:");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(api.call(HttpMethod.POST, BASE, keyA, "[]").statusCode()).isEqualTo(400);
    assertThat(api.call(HttpMethod.POST, BASE, keyA, null).statusCode()).isEqualTo(400);
    assertThat(api.get(BASE + "?status=maybe", keyA).bodyAsJsonObject().getString("field")).isEqualTo("status");
    assertThat(api.get(BASE + "/nothing", keyA).statusCode()).isEqualTo(404);
    assertThat(api.get(BASE, keyA).bodyAsJsonObject().getJsonArray("vacancies")).isEmpty();
  }

  @Test
  void openingAlertsTheMatchedSubscribersAndStatsCountThem() throws InterruptedException {
    ApiClient.await(gateway.context().store().write(tx -> {
      Subscribers.register(tx, "+22890000001", "LOM", List.of("MACON"), "fr", "sms");
      Subscribers.register(tx, "+22890000002", "*", List.of("PLOMB", "MACON"), "en", "ussd");
      Subscribers.register(tx, "+22890000003", "KAR", List.of("MACON"), "fr", "sms");
      return null;
    }));
    String ref = api.post(BASE, keyA, vacancy()).bodyAsJsonObject().getString("ref");
    api.post(BASE + "/" + ref + "/open", keyA, null);

    JsonObject stats = api.get(BASE + "/" + ref + "/stats", keyA).bodyAsJsonObject();
    for (int i = 0; i < 300 && stats.getLong("matched") < 2; i++) {
      Thread.sleep(50);
      stats = api.get(BASE + "/" + ref + "/stats", keyA).bodyAsJsonObject();
    }
    assertThat(stats.getString("ref")).isEqualTo(ref);
    assertThat(stats.getLong("matched")).isEqualTo(2);
    assertThat(stats.getLong("queued")).isEqualTo(2);
    assertThat(stats.getLong("alerted")).isZero();
    assertThat(stats.getLong("delivered")).isZero();
    assertThat(stats.getLong("interested")).isZero();
  }

  @Test
  void aPartnerListsItsVacancysInterestedPeopleMaskedAndMarksOneHired() {
    String ref = api.post(BASE, keyA, vacancy()).bodyAsJsonObject().getString("ref");
    ApiClient.await(gateway.context().store().write(tx -> {
      var s = Subscribers.register(tx, "+22890000007", "LOM", List.of("MACON"), "fr", "sms");
      org.jobline.vacancy.Vacancies.recordInterest(tx, s.id(), org.jobline.vacancy.Vacancies.byRef(tx, ref).orElseThrow().id(), "sms");
      return null;
    }));
    JsonObject list = api.get(BASE + "/" + ref + "/interests", keyA).bodyAsJsonObject();
    assertThat(list.getInteger("count")).isEqualTo(1);
    JsonObject one = list.getJsonArray("interests").getJsonObject(0);
    assertThat(one.getString("phone")).doesNotContain("90000007").endsWith("07");
    assertThat(one.getString("status")).isEqualTo("to_call");
    String path = BASE + "/" + ref + "/interests/" + one.getLong("id");

    assertThat(api.call(HttpMethod.PUT, path, keyA, "{\"status\":\"hired\"}").statusCode()).isEqualTo(200);
    assertThat(api.get(BASE + "/" + ref + "/interests", keyA).bodyAsJsonObject().getJsonArray("interests")
        .getJsonObject(0).getString("status")).isEqualTo("hired");
    HttpResponse<Buffer> bad = api.call(HttpMethod.PUT, path, keyA, "{\"status\":\"married\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.bodyAsJsonObject().getString("error")).contains("to_call, called, interview, hired, not_retained");
    assertThat(api.call(HttpMethod.PUT, path, keyB, "{\"status\":\"hired\"}").statusCode()).as("not B's").isEqualTo(404);
    assertThat(api.get(BASE + "/" + ref + "/interests", keyB).statusCode()).isEqualTo(404);
    assertThat(api.call(HttpMethod.PUT, BASE + "/" + ref + "/interests/999999", keyA, "{\"status\":\"hired\"}")
        .statusCode()).isEqualTo(404);
    assertThat(api.call(HttpMethod.PUT, path, null, "{\"status\":\"hired\"}").statusCode()).isEqualTo(401);
  }

  @Test
  void theOpenApiDescriptionIsServedWithoutAKey() {
    HttpResponse<Buffer> r = api.get("/api/v1/openapi.yaml", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("Content-Type")).startsWith("application/yaml");
    assertThat(r.bodyAsString()).startsWith("openapi: 3").contains("/api/v1/vacancies/{ref}/stats");
  }
}
