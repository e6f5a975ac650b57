package org.jobline.simulator;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.jobline.store.Store;

/** Scenario vacancies made through the partner API ({@code POST /api/v1/vacancies}, then open). */
final class PartnerApiVacancies implements ScenarioRunner.VacancyMaker {
  /** The partner the simulate command provisions on its own gateway. */
  static final String PARTNER = "Simulateur";
  private final WebClient client;
  private final String joblineUrl;
  private final String key;

  PartnerApiVacancies(WebClient client, String joblineUrl, String key) {
    this.client = client;
    this.joblineUrl = joblineUrl;
    this.key = key;
  }

  @Override
  public String createAndOpen(JsonObject fields) {
    if (key == null) {
      throw new IllegalStateException("create_vacancy needs a partner API key (--partner-key KEY)");
    }
    return createAndOpen(fields, key);
  }

  @Override
  public int listStatus(String key) {
    return SimulatorClient.await(client.getAbs(joblineUrl + "/api/v1/vacancies")
        .putHeader("Authorization", "Bearer " + key).send()).statusCode();
  }

  @Override
  public String createAndOpen(JsonObject fields, String key) {
    JsonObject created = SimulatorClient.check(SimulatorClient.await(client.postAbs(joblineUrl + "/api/v1/vacancies")
        .putHeader("Authorization", "Bearer " + key).sendJsonObject(fields)));
    String ref = created.getString("ref");
    if (ref == null) {
      throw new IllegalStateException("the partner API answered without a ref: " + created.encode());
    }
    String path = "/api/v1/vacancies/" + URLEncoder.encode(ref, StandardCharsets.UTF_8) + "/open";
    SimulatorClient.check(SimulatorClient.await(client.postAbs(joblineUrl + path)
        .putHeader("Authorization", "Bearer " + key).send()));
    return ref;
  }

  /** Sets the status of the interested people number {@code skip + 1} to {@code skip + count} (oldest first). */
  @Override
  public int markInterests(String ref, String status, int skip, int count) {
    if (key == null) {
      throw new IllegalStateException("mark_interests needs a partner API key (--partner-key KEY)");
    }
    String base = joblineUrl + "/api/v1/vacancies/" + URLEncoder.encode(ref, StandardCharsets.UTF_8) + "/interests";
    io.vertx.core.json.JsonArray all = SimulatorClient.check(SimulatorClient.await(client.getAbs(base)
        .putHeader("Authorization", "Bearer " + key).send())).getJsonArray("interests");
    if (all.size() < skip + count) {
      throw new AssertionError("only " + all.size() + " interested in " + ref + ", " + (skip + count) + " needed");
    }
    for (int i = skip; i < skip + count; i++) {
      SimulatorClient.check(SimulatorClient.await(client.putAbs(base + "/" + all.getJsonObject(i).getLong("id"))
          .putHeader("Authorization", "Bearer " + key).sendJsonObject(new JsonObject().put("status", status))));
    }
    return count;
  }

  /**
   * For the gateway the simulate command starts itself: a partner "Simulateur" and a fresh key,
   * stored the way the partner API checks keys (SHA-256, hex).
   */
  static String provisionKey(Store store) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String key = "jl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    SimulatorClient.await(store.write(tx -> {
      SimulatorRows.addPartnerKey(tx, PARTNER, key.substring(0, 8), sha256(key));
      return null;
    }));
    return key;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
