package org.jobline.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void hashesAreSaltedSelfDescribingAndVerify() {
    String a = Passwords.hash("a long enough password");
    String b = Passwords.hash("a long enough password");
    assertThat(a).startsWith("pbkdf2-sha256$210000$").isNotEqualTo(b);
    assertThat(a.split("\\$")).hasSize(4);
    assertThat(java.util.Base64.getDecoder().decode(a.split("\\$")[2])).hasSize(16);
    assertThat(Passwords.verify("a long enough password", a)).isTrue();
    assertThat(Passwords.verify("a long enough passworD", a)).isFalse();
    assertThat(Passwords.verify("x", "garbage")).isFalse();
    assertThat(Passwords.needsUpgrade(a)).isFalse();
  }

  @Test
  void anOlderIterationCountStillVerifiesAndAsksForAnUpgrade() {
    byte[] salt = new byte[16];
    String old = Passwords.encode(1000, salt, Passwords.derive("old password 123", salt, 1000));
    assertThat(Passwords.verify("old password 123", old)).isTrue();
    assertThat(Passwords.needsUpgrade(old)).isTrue();
  }
}
