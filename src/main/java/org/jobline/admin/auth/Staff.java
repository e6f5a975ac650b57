package org.jobline.admin.auth;

/** A staff user as stored (role admin, staff or partner; partner users belong to one partner). */
public record Staff(long id, String username, String passwordHash, String role, Long partnerId, String language,
                    int failedLogins, Long lockedUntil) {
  public static final String ADMIN = "admin";
  public static final String STAFF = "staff";
  public static final String PARTNER = "partner";

  public boolean admin() {
    return ADMIN.equals(role);
  }

  public boolean partner() {
    return PARTNER.equals(role);
  }

  public boolean lockedAt(long now) {
    return lockedUntil != null && lockedUntil > now;
  }
}
