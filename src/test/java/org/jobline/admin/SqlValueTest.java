package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The admin pages read every column as SQLite's driver gives it, on PostgreSQL too. */
class SqlValueTest {
  @Test
  void postgresValuesReadAsSqliteGivesThem() {
    assertThat(Sql.value(Boolean.TRUE)).isEqualTo(1);
    assertThat(Sql.value(Boolean.FALSE)).isEqualTo(0);
    assertThat(Sql.value(42L)).isEqualTo(42);
    assertThat(Sql.value(1_700_000_000_000L)).isEqualTo(1_700_000_000_000L);
    assertThat(Sql.value(new BigDecimal("12"))).isEqualTo(12);
    assertThat(Sql.value(new BigDecimal("12.00"))).isEqualTo(12);
    assertThat(Sql.value(new BigDecimal("12345678901234"))).isEqualTo(12_345_678_901_234L);
    assertThat(Sql.value(new BigDecimal("2.5"))).isEqualTo(2.5);
    assertThat(Sql.value((short) 3)).isEqualTo(3);
  }

  @Test
  void sqliteValuesPassUnchanged() {
    assertThat(Sql.value(7)).isEqualTo(7);
    assertThat(Sql.value(0.25)).isEqualTo(0.25);
    assertThat(Sql.value("text")).isEqualTo("text");
    assertThat(Sql.value(null)).isNull();
  }
}
