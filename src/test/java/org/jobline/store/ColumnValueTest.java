package org.jobline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rows read generically (admin pages, tests) get every column as SQLite's driver gives it, on PostgreSQL too. */
class ColumnValueTest {
  @Test
  void postgresValuesReadAsSqliteGivesThem() {
    assertThat(ColumnValue.of(Boolean.TRUE)).isEqualTo(1);
    assertThat(ColumnValue.of(Boolean.FALSE)).isEqualTo(0);
    assertThat(ColumnValue.of(42L)).isEqualTo(42);
    assertThat(ColumnValue.of(1_700_000_000_000L)).isEqualTo(1_700_000_000_000L);
    assertThat(ColumnValue.of(new BigDecimal("12"))).isEqualTo(12);
    assertThat(ColumnValue.of(new BigDecimal("12.00"))).isEqualTo(12);
    assertThat(ColumnValue.of(new BigDecimal("12345678901234"))).isEqualTo(12_345_678_901_234L);
    assertThat(ColumnValue.of(new BigDecimal("2.5"))).isEqualTo(2.5);
    assertThat(ColumnValue.of((short) 3)).isEqualTo(3);
  }

  @Test
  void sqliteValuesPassUnchanged() {
    assertThat(ColumnValue.of(7)).isEqualTo(7);
    assertThat(ColumnValue.of(0.25)).isEqualTo(0.25);
    assertThat(ColumnValue.of("text")).isEqualTo("text");
    assertThat(ColumnValue.of(null)).isNull();
  }
}
