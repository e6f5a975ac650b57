package org.jobline.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void hashesAreSaltedSelfDescribingAndVerify() {
    String a = Passwords.hash("a long enough password");
    String b = Passwords.hash("a long enough password");
    assertThat(a).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(b);
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
    assertThat(Passwords.needsUpgrade(old, 1000)).isFalse();
    assertThat(Passwords.needsUpgrade(Passwords.encode(210_000, salt, new byte[32]))).as("the old default").isTrue();
  }

  @Test
  void anUnmatchableHashIsWellFormedAndMatchesNothing() {
    String h = Passwords.unmatchable(1000);
    assertThat(h).startsWith("pbkdf2-sha256$1000$");
    assertThat(Passwords.verify("", h)).isFalse();
    assertThat(Passwords.needsUpgrade("pbkdf2-sha256$99999999999$a$b", 1000)).isTrue();
  }
}
