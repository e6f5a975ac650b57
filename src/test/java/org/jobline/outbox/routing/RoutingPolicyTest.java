package org.jobline.outbox.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policy as a table: kind, number, which routes are down -> the route chosen (or wait); and the
 * claim filters agree with it on a real SQLite table: each message is claimable by exactly the
 * chosen route, none when it waits.
 */
class RoutingPolicyTest {
  private static final String TOGOCOM = "+22890111222";
  private static final String MOOV = "+22899111222";
  private static final String OTHER = "+22870111222";

  /** at and modem (modem not for alerts); two SMPP binds by operator ahead of them for replies. */
  private static RoutingPolicy policy() {
    RouteTerms at = new RouteTerms("at", 15, List.of(), true);
    RouteTerms modem = new RouteTerms("modem", 25, List.of(), false);
    RouteTerms togocom = new RouteTerms("togocom", 10, List.of("+22890", "+22891"), true);
    RouteTerms moov = new RouteTerms("moov", 11, List.of("+22899"), true);
    Map<String, List<RouteTerms>> byKind = new LinkedHashMap<>();
    byKind.put("reply", List.of(togocom, moov, at, modem));
    byKind.put("confirmation", List.of(at, modem));
    byKind.put("alert", List.of(at));
    Map<String, RouteTerms> terms = new LinkedHashMap<>();
    for (RouteTerms t : List.of(at, modem, togocom, moov)) {
      terms.put(t.name(), t);
    }
    return new RoutingPolicy(byKind, terms);
  }

  @ParameterizedTest(name = "{0} to {1}, down: [{2}] -> {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      confirmation | +22890111222 | -             | at
      confirmation | +22890111222 | at            | modem
      confirmation | +22890111222 | at modem      | wait
      confirmation | +22899111222 | modem         | at
      alert        | +22890111222 | -             | at
      alert        | +22890111222 | at            | wait
      alert        | +22890111222 | modem         | at
      reply        | +22890111222 | -             | togocom
      reply        | +22899111222 | -             | moov
      reply        | +22870111222 | -             | at
      reply        | +22890111222 | togocom       | at
      reply        | +22899111222 | moov at       | modem
      reply        | +22870111222 | at            | modem
      reply        | +22870111222 | togocom moov  | at
      reply        | +22890111222 | togocom at modem | wait
      """)
  void choosesTheFirstUsableRouteThatCarriesTheNumber(String kind, String phone, String down, String expected) {
    Set<String> off = down == null ? Set.of() : Set.of(down.split(" "));
    RouteChoice choice = policy().choose(kind, phone, name -> !off.contains(name));
    assertThat(choice.toString()).isEqualTo(expected);
  }

  @Test
  void oneRouteForEverythingClaimsWithThePlainStatement() {
    RouteTerms at = new RouteTerms("at", 15, List.of(), true);
    RoutingPolicy one = new RoutingPolicy(Map.of("reply", List.of(at), "confirmation", List.of(at), "alert", List.of(at)),
        Map.of("at", at));
    assertThat(one.claimsFor("at", name -> true).all()).isTrue();
    assertThat(one.claimsFor("at", name -> true).sql()).isEmpty();
  }

  @Test
  void aRouteBehindAUsableOneClaimsNothing() {
    assertThat(policy().claimsFor("modem", name -> true).none()).isTrue();
    assertThat(policy().claimsFor("modem", name -> !name.equals("at")).none()).isFalse();
  }

  @Test
  void everyClaimFilterAgreesWithTheChoiceOnARealTable(@TempDir Path dir) throws Exception {
    RoutingPolicy policy = policy();
    List<String> routes = List.of("at", "modem", "togocom", "moov");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE outbox (id INTEGER PRIMARY KEY, kind TEXT, recipient TEXT)");
      }
      List<String[]> rows = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox (kind, recipient) VALUES (?, ?)")) {
        for (String kind : RoutingPolicy.KINDS) {
          for (String phone : List.of(TOGOCOM, MOOV, OTHER, "+22891000000")) {
            p.setString(1, kind);
            p.setString(2, phone);
            p.executeUpdate();
            rows.add(new String[] {kind, phone});
          }
        }
      }
      for (Set<String> down : List.of(Set.<String>of(), Set.of("at"), Set.of("togocom"), Set.of("togocom", "at"),
          Set.of("moov", "at", "modem"), Set.of("at", "modem", "togocom", "moov"))) {
        RouteStates states = name -> !down.contains(name);
        for (int i = 0; i < rows.size(); i++) {
          String kind = rows.get(i)[0];
          String phone = rows.get(i)[1];
          RouteChoice choice = policy.choose(kind, phone, states);
          List<String> claimedBy = new ArrayList<>();
          for (String route : routes) {
            // a route whose breaker is open still claims (its probe), so only usable routes compete
            if (states.usable(route) && matchesInSql(c, policy.claimsFor(route, states), i + 1)) {
              claimedBy.add(route);
            }
            assertThat(policy.claimsFor(route, states).matches(kind, phone) && states.usable(route))
                .as("%s %s down %s: java filter of %s", kind, phone, down, route)
                .isEqualTo(claimedBy.contains(route));
          }
          assertThat(claimedBy).as("%s to %s with %s down", kind, phone, down)
              .isEqualTo(choice.waiting() ? List.of() : List.of(choice.route()));
        }
      }
    }
  }

  private static boolean matchesInSql(Connection c, ClaimFilter filter, long id) throws Exception {
    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE id = ?" + filter.sql())) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }
}
