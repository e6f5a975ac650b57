package org.jobline.partner;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jobline.core.errors.Conflict;
import org.jobline.core.errors.Invalid;
import org.jobline.core.errors.NotFound;
import org.jobline.store.Store;
import org.jobline.store.Tx;

/**
 * Partners and their API keys (for the CLI, the admin page and the API). A key is "jl_" plus 32
 * random bytes in base64url; only its SHA-256 is stored, with a short prefix to tell keys apart.
 */
public final class PartnerKeys {
  static final String KEY_START = "jl_";
  static final int PREFIX_LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Store store;

  public PartnerKeys(Store store) {
    this.store = store;
  }

  /** Creates the partner and its first key; {@code actor} goes to the audit log. */
  public Future<IssuedKey> addPartner(String name, String actor) {
    return store.write(tx -> {
      Connection c = tx.jdbc();
      String clean = validName(name);
      if (find(tx, clean).isPresent()) {
        throw new Conflict("name", "a partner named '" + clean + "' already exists");
      }
      try (PreparedStatement p = c.prepareStatement(PartnerSql.INSERT)) {
        p.setString(1, clean);
        p.executeUpdate();
      }
      Partner partner = find(tx, clean).orElseThrow();
      audit(tx, actor, "partner.add", partner, null);
      return issue(tx, partner, actor);
    });
  }

  /** Issues another key for an existing partner. */
  public Future<IssuedKey> issueKey(String partnerName, String actor) {
    return store.write(tx -> {
      Partner partner = find(tx, partnerName.strip())
          .orElseThrow(() -> new NotFound("no partner named '" + partnerName.strip() + "'"));
      return issue(tx, partner, actor);
    });
  }

  /** Revokes the key with this prefix; true when one was revoked. */
  public Future<Boolean> revoke(long partnerId, String prefix) {
    return store.write(tx -> {
      Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(PartnerSql.REVOKE)) {
        p.setLong(1, System.currentTimeMillis());
        p.setLong(2, partnerId);
        p.setString(3, prefix);
        return p.executeUpdate() > 0;
      }
    });
  }

  /** The partner owning this key, if the key is valid and not revoked. */
  public Future<Optional<Partner>> authenticate(String key) {
    if (key == null || !key.startsWith(KEY_START) || key.length() > 100) {
      return Future.succeededFuture(Optional.empty());
    }
    return store.read(tx -> {
      Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(PartnerSql.BY_KEY_HASH)) {
        p.setString(1, hash(key));
        try (ResultSet rs = p.executeQuery()) {
          return rs.next() ? Optional.of(new Partner(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
      }
    });
  }

  public Future<List<Partner>> list() {
    return store.read(tx -> {
      Connection c = tx.jdbc();
      List<Partner> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(PartnerSql.ALL); ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Partner(rs.getLong(1), rs.getString(2)));
        }
      }
      return out;
    });
  }

  static IssuedKey issue(Tx tx, Partner partner, String actor) throws SQLException {
    Connection c = tx.jdbc();
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String key = KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String prefix = key.substring(0, PREFIX_LENGTH);
    try (PreparedStatement p = c.prepareStatement(PartnerSql.INSERT_KEY)) {
      p.setLong(1, partner.id());
      p.setString(2, prefix);
      p.setString(3, hash(key));
      p.executeUpdate();
    }
    audit(tx, actor, "partner.key", partner, prefix);
    return new IssuedKey(partner, key, prefix);
  }

  static String hash(String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Partner> find(Tx tx, String name) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.BY_NAME)) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(new Partner(rs.getLong(1), rs.getString(2))) : Optional.empty();
      }
    }
  }

  private static String validName(String name) {
    String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (clean.length() < 2 || clean.length() > 80) {
      throw new Invalid("name", "a partner name is 2 to 80 characters long");
    }
    return clean;
  }

  private static void audit(Tx tx, String actor, String action, Partner p, String detail) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement s = c.prepareStatement(PartnerSql.AUDIT)) {
      s.setString(1, actor);
      s.setString(2, action);
      s.setString(3, String.valueOf(p.id()));
      s.setString(4, detail);
      s.executeUpdate();
    }
  }
}
