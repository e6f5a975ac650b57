package org.jobline.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jobline.app.Commands;
import org.jobline.app.Gateway;
import org.jobline.cli.Cli;
import org.jobline.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code partner add NAME} prints a key that the partner API then accepts. */
@ExtendWith(VertxExtension.class)
class PartnerCommandTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  Run cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Commands.run(args, env(), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** One store for the whole test: the commands and the gateway share it. */
  private Map<String, String> env;

  Map<String, String> env() {
    if (env == null) {
      env = new java.util.HashMap<>(org.jobline.testing.TestStores.env(dir.resolve("j.db")));
      env.put("JOBLINE_HTTP_PORT", "0");
    }
    return env;
  }

  @Test
  void partnerAddPrintsAWorkingKeyAndPartnerKeyAnother(Vertx vertx) {
    Run added = cli("partner", "add", "Agence", "Nationale");
    assertThat(added.code()).as(added.err()).isZero();
    String key = added.out().strip();
    assertThat(key).matches("jl_[A-Za-z0-9_-]{43}");
    assertThat(added.out()).isEqualTo(key + System.lineSeparator());
    assertThat(added.err()).contains("Agence Nationale").contains(key.substring(0, 10)).doesNotContain(key);

    Run again = cli("partner", "add", "agence nationale");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("already exists");
    assertThat(again.out()).isEmpty();

    Run second = cli("partner", "key", "Agence Nationale");
    assertThat(second.code()).isZero();
    String otherKey = second.out().strip();
    assertThat(otherKey).isNotEqualTo(key).startsWith("jl_");

    assertThat(cli("partner").code()).isEqualTo(Cli.CONFIG_ERROR);
    assertThat(cli("partner", "key", "Nobody").code()).isEqualTo(1);

    Gateway gateway = ApiClient.await(Gateway.start(vertx, new ConfigLoader().load(null, env())));
    ApiClient api = new ApiClient(vertx, gateway.port());
    try {
      Run whileRunning = cli("partner", "add", "Second Partner");
      assertThat(whileRunning.code()).as(whileRunning.err()).isZero();
      assertThat(api.get("/api/v1/vacancies", whileRunning.out().strip()).statusCode()).isEqualTo(200);
      assertThat(api.get("/api/v1/vacancies", key).statusCode()).isEqualTo(200);
      assertThat(api.get("/api/v1/vacancies", otherKey).statusCode()).isEqualTo(200);
      assertThat(api.get("/api/v1/vacancies", key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A")).statusCode()).isEqualTo(401);
    } finally {
      api.close();
      ApiClient.await(gateway.stop());
    }
  }
}
