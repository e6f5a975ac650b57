package org.jobline.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL filter for a newcomer's matches gives exactly what {@link Vacancies#matches} keeps, in the same order. */
class OpenMatchingTest {
  static final String[] REGIONS = {"LOM", "MAR", "PLA", "KAR"};
  static final String[] TRADES = {"MACON", "MENUIS", "ELEC", "PLOMB", "PEINT"};

  @Test
  void sqlFilterAgreesWithTheRuleForEveryRegionAndTradeSet(@TempDir Path dir) throws Exception {
    Vertx vertx = Vertx.vertx();
    Store store = Store.open(vertx, new StoreConfig(dir.resolve("m.db").toString(), 5000, 1)).await(10, TimeUnit.SECONDS);
    try {
      Random random = new Random(7);
      store.write(tx -> {
        java.sql.Connection c = tx.jdbc();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO vacancies (ref, title, trade, region, employer, status, "
            + "opened_at, created_at) VALUES (?, 'Offre', ?, ?, 'Employeur', ?, ?, ?)")) {
          for (int i = 0; i < 300; i++) {
            p.setString(1, "M" + i);
            p.setString(2, TRADES[random.nextInt(TRADES.length)]);
            p.setString(3, REGIONS[random.nextInt(REGIONS.length)]);
            p.setString(4, random.nextInt(4) == 0 ? "closed" : "open");
            if (random.nextBoolean()) {
              p.setLong(5, random.nextInt(1000));
            } else {
              p.setNull(5, java.sql.Types.INTEGER);
            }
            p.setLong(6, random.nextInt(1000));
            p.executeUpdate();
          }
        }
        return null;
      }).await(10, TimeUnit.SECONDS);
      List<String> regions = new ArrayList<>(List.of(REGIONS));
      regions.add("*");
      regions.add(null);
      List<List<String>> tradeSets = List.of(List.of("MACON"), List.of("ELEC", "PLOMB"), List.of("PEINT", "MACON", "MENUIS"),
          List.of("MACON", "MACON"), List.of("NONE"), List.of());
      int compared = 0;
      for (String region : regions) {
        for (List<String> trades : tradeSets) {
          List<Long> bySql = store.read(tx -> Vacancies.openMatching(tx, region, trades)).await(10, TimeUnit.SECONDS)
              .stream().map(Vacancy::id).toList();
          List<Long> byRule = store.read(tx -> Vacancies.allOpen(tx)).await(10, TimeUnit.SECONDS).stream()
              .filter(v -> Vacancies.matches(v, region, trades)).map(Vacancy::id).toList();
          assertThat(bySql).as(region + " " + trades).isEqualTo(byRule);
          compared += bySql.size();
        }
      }
      assertThat(compared).as("the data exercised the filter").isGreaterThan(100);
    } finally {
      store.close().await(10, TimeUnit.SECONDS);
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }
}
