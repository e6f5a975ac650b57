package org.jobline.admin.auth;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jobline.admin.audit.Audit;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.OfflineStore;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;

/**
 * {@code user add NAME --role admin|staff|partner [--partner NAME]}: creates a staff user, the
 * password read from standard input (one line; at least 10 characters). There is no default user.
 */
public final class UserAddCommand implements Command {
  private static final Set<String> ROLES = Set.of(Staff.ADMIN, Staff.STAFF, Staff.PARTNER);

  private record Args(String username, String role, String partner) {}

  @Override
  public String usage() {
    return "user add NAME --role admin|staff|partner [--partner NAME]   (password on standard input)";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    Args a = parse(args);
    String password = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
    if (password == null || password.strip().length() < Passwords.MIN_LENGTH) {
      throw new UsageException("the password (read from standard input) must have at least "
          + Passwords.MIN_LENGTH + " characters");
    }
    String hash = Passwords.hash(password.strip(), config.admin().passwordIterations());
    long id = OfflineStore.run(config, store -> store.write(tx -> {
      if (StaffUsers.byName(tx, a.username()).isPresent()) {
        throw new UsageException("user '" + a.username() + "' already exists");
      }
      Long partnerId = a.partner() == null ? null : StaffUsers.partnerId(tx, a.partner())
          .orElseThrow(() -> new UsageException("no partner named '" + a.partner() + "' (create it on the admin page)"));
      long created = StaffUsers.create(tx, a.username(), hash, a.role(), partnerId);
      Audit.log(tx, "cli", "user.create", "staff_user", created, a.username() + " role=" + a.role());
      return created;
    }));
    io.out().println("user " + a.username() + " (" + a.role() + ") created with id " + id);
    return 0;
  }

  private static Args parse(List<String> args) {
    List<String> rest = new ArrayList<>(args);
    if (rest.isEmpty() || !rest.remove(0).equals("add")) {
      throw new UsageException("usage: user add NAME --role admin|staff|partner [--partner NAME]");
    }
    String name = null;
    String role = null;
    String partner = null;
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (arg.equals("--role") || arg.equals("--partner")) {
        if (i + 1 >= rest.size()) {
          throw new UsageException(arg + " needs a value");
        }
        if (arg.equals("--role")) {
          role = rest.get(++i);
        } else {
          partner = rest.get(++i);
        }
      } else if (name == null && !arg.startsWith("--")) {
        name = arg;
      } else {
        throw new UsageException("unexpected argument '" + arg + "'");
      }
    }
    if (name == null || !name.matches("[A-Za-z0-9._@-]{2,64}")) {
      throw new UsageException("NAME must be 2 to 64 letters, digits or . _ @ -");
    }
    if (role == null || !ROLES.contains(role)) {
      throw new UsageException("--role must be admin, staff or partner");
    }
    if (role.equals(Staff.PARTNER) != (partner != null)) {
      throw new UsageException("--partner NAME is required for the partner role, and only for it");
    }
    return new Args(name, role, partner);
  }
}
