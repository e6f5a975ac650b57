package org.jobline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretStrengthTest {
  @Test
  void weakShapesAreRefusedAndRandomOnesPass() {
    assertThat(SecretStrength.problem("aaaaaaaaaaaaaaaa")).contains("different characters");
    assertThat(SecretStrength.problem("abababababababababab")).contains("different characters");
    assertThat(SecretStrength.problem("zyxwvutsrqponmlkjihg")).contains("run");
    assertThat(SecretStrength.problem("a-long-production-secret")).isNull();
    SecureRandom random = new SecureRandom(new byte[] {7});
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[12];
      random.nextBytes(b);
      String hex = HexFormat.of().formatHex(b);
      assertThat(SecretStrength.problem(hex)).as(hex + " (openssl rand -hex 12)").isNull();
    }
  }

  @Test
  void plainHttpOnlyToThisMachine() {
    SecretStrength.requireHttps("k", "https://api.africastalking.com");
    SecretStrength.requireHttps("k", "http://127.0.0.1:9099/simulator/at");
    SecretStrength.requireHttps("k", "http://localhost:9099");
    assertThatThrownBy(() -> SecretStrength.requireHttps("k", "http://api.africastalking.com"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("in clear");
    assertThatThrownBy(() -> SecretStrength.requireHttps("k", "HTTP://10.0.0.5/x")).isInstanceOf(ConfigException.class);
  }
}
