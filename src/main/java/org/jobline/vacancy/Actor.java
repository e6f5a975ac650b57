package org.jobline.vacancy;

/**
 * Who changes a vacancy: a partner (sees only its own vacancies), a staff user or the system.
 * {@code name} goes to the audit log; {@code partnerId} null means no partner restriction.
 */
public record Actor(String name, Long partnerId) {
  public static final Actor SYSTEM = new Actor("system", null);

  public static Actor partner(long partnerId, String partnerName) {
    return new Actor("partner:" + partnerName, partnerId);
  }

  public static Actor staff(String username) {
    return new Actor("staff:" + username, null);
  }

  /** True when this actor may see and change {@code v}. */
  public boolean mayAccess(Vacancy v) {
    return partnerId == null || partnerId.equals(v.partnerId());
  }
}
