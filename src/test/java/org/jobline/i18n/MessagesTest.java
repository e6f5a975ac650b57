package org.jobline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts from outside (vacancy titles, names) are data: never read as patterns. */
class MessagesTest {
  @Test
  void argumentsAreFilledInOnePass() {
    assertThat(Messages.fill("{0} / {1} / {2}", "{1}{2}", "b", "c")).isEqualTo("{1}{2} / b / c");
    assertThat(Messages.fill("{1}{0}", "{0}", "{1}")).isEqualTo("{1}{0}");
    assertThat(Messages.fill("a {0} {5} {x} {} {", "z")).isEqualTo("a z {5} {x} {} {");
    assertThat(Messages.fill("{10}", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "ten")).isEqualTo("ten");
    assertThat(Messages.fill("x'y {0}", 3)).isEqualTo("x'y 3");
  }

  @Test
  void aSmsReplyKeepsAVacancyTitleAsItIs() {
    Messages sms = new Messages("sms");
    String pattern = sms.get("fr", "info.full");
    assertThat(pattern).contains("{1}").contains("{2}");
    String filled = sms.get("fr", "info.full", "K1234", "{2}{3}", "EMPLOYEUR", "Lome", 1, "2027-01-01", "", "90");
    assertThat(filled).contains("{2}{3}").containsOnlyOnce("EMPLOYEUR");
  }
}
