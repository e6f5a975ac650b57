package org.jobline.simulator;

import org.jobline.store.Store;

/**
 * For the gateway the simulate command starts itself: an admin and a user of the partner "Simulateur" (the one
 * whose key makes the scenarios' vacancies and whose code is P1), each with an open admin session, so that
 * {@code expect_page} reads the reach page and the partner's pages as each of them sees it. The users cannot
 * sign in (their password hash matches nothing); the sessions end after a day.
 */
final class ScenarioSessions {
  static final String ADMIN = "simulateur-admin";
  static final String PARTNER = "simulateur-partenaire";

  private ScenarioSessions() {}

  /** The session cookie values, by who reads: "admin" or "partner". */
  record Access(String admin, String partner) {
    String cookie(String as) {
      return "partner".equals(as) ? partner : "admin".equals(as) ? admin : null;
    }
  }

  static Access provision(Store store) {
    long until = System.currentTimeMillis() + 86_400_000L;
    return SimulatorClient.await(store.write(tx -> new Access(SimulatorRows.sessionFor(tx, ADMIN, "admin", null, until),
        SimulatorRows.sessionFor(tx, PARTNER, "partner", PartnerApiVacancies.PARTNER, until))));
  }
}
