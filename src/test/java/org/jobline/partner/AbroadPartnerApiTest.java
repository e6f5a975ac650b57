package org.jobline.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.Map;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: through the partner API a vacancy stays at home; a country abroad is a clear 400. */
@ExtendWith(VertxExtension.class)
class AbroadPartnerApiTest {
  static final String BASE = "/api/v1/vacancies";
  @TempDir
  Path dir;
  Gateway gateway;
  ApiClient api;
  String key;

  @BeforeEach
  void start(Vertx vertx) {
    Map<String, String> env = new java.util.HashMap<>(org.jobline.testing.TestStores.env(dir.resolve("j.db")));
    env.put("JOBLINE_HTTP_PORT", "0");
    env.put("JOBLINE_OUTBOX_POLL_MS", "60000");
    AppConfig cfg = new ConfigLoader().load(null, env);
    gateway = ApiClient.await(Gateway.start(vertx, cfg));
    api = new ApiClient(vertx, gateway.port());
    key = ApiClient.await(new PartnerKeys(gateway.context().store()).addPartner("ANPE Togo", "test")).key();
  }

  @AfterEach
  void stop() {
    api.close();
    ApiClient.await(gateway.stop());
  }

  static JsonObject vacancy(String country) {
    JsonObject v = new JsonObject().put("title", "Ouvrier agricole").put("trade", "AGRI").put("region", "LOM")
        .put("employer", "Ferme du Nord");
    return country == null ? v : v.put("country", country);
  }

  @Test
  void aPartnerCannotPublishAbroad() {
    HttpResponse<Buffer> refused = api.post(BASE, key, vacancy("Tunisie"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.bodyAsJsonObject().getString("field")).isEqualTo("country");
    assertThat(refused.bodyAsJsonObject().getString("error")).contains("only agency staff may publish a vacancy abroad");
    HttpResponse<Buffer> unknown = api.post(BASE, key, vacancy("Narnia"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.bodyAsJsonObject().getString("error")).contains("unknown country 'Narnia'");

    HttpResponse<Buffer> home = api.post(BASE, key, vacancy("TG"));
    assertThat(home.statusCode()).as(home.bodyAsString()).isEqualTo(201);
    assertThat(home.bodyAsJsonObject().getString("country")).isNull();
    String ref = home.bodyAsJsonObject().getString("ref");
    HttpResponse<Buffer> patched = api.patch(BASE + "/" + ref, key, new JsonObject().put("country", "MA"));
    assertThat(patched.statusCode()).isEqualTo(400);
    assertThat(api.post(BASE, key, vacancy(null)).statusCode()).isEqualTo(201);
  }
}
