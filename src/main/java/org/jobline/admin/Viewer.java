package org.jobline.admin;

import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.jobline.admin.auth.Staff;
import org.jobline.http.ForbiddenException;

/** Who is looking at an admin page: the staff user, the session's CSRF token and the page language. */
public record Viewer(Staff staff, String csrf, String lang) {
  public static final String KEY = "jobline.admin.viewer";

  public static Viewer of(RoutingContext rc) {
    Viewer v = rc.get(KEY);
    if (v == null) {
      throw new ForbiddenException("not signed in");
    }
    return v;
  }

  /** The viewer, if their role is one of {@code roles}; otherwise a 403. */
  public static Viewer require(RoutingContext rc, String... roles) {
    Viewer v = of(rc);
    if (!Set.of(roles).contains(v.staff().role())) {
      throw new ForbiddenException(Page.t(v.lang(), "error.forbidden"));
    }
    return v;
  }

  public String actor() {
    return staff().username();
  }

  /** The partner whose data this viewer is limited to, or null for admin and staff. */
  public Long partnerScope() {
    return staff().partner() ? staff().partnerId() : null;
  }

  /** A phone number as this viewer may see it (masked for partners). */
  public String phone(String e164) {
    return staff().partner() ? org.jobline.phone.PhoneNumbers.mask(e164) : e164;
  }
}
