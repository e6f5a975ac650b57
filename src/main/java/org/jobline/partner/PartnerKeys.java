package org.jobline.partner;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
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
      String clean = validName(name);
      if (PartnerRows.byName(tx, clean).isPresent()) {
        throw new Conflict("name", "a partner named '" + clean + "' already exists");
      }
      PartnerRows.insert(tx, clean);
      Partner partner = PartnerRows.byName(tx, clean).orElseThrow();
      PartnerRows.audit(tx, actor, "partner.add", partner, null);
      return issue(tx, partner, actor);
    });
  }

  /** Issues another key for an existing partner. */
  public Future<IssuedKey> issueKey(String partnerName, String actor) {
    return store.write(tx -> {
      Partner partner = PartnerRows.byName(tx, partnerName.strip())
          .orElseThrow(() -> new NotFound("no partner named '" + partnerName.strip() + "'"));
      return issue(tx, partner, actor);
    });
  }

  /** Revokes the key with this prefix; true when one was revoked. */
  public Future<Boolean> revoke(long partnerId, String prefix) {
    return store.write(tx -> PartnerRows.revoke(tx, partnerId, prefix, System.currentTimeMillis()));
  }

  /** The partner owning this key, if the key is valid and not revoked. */
  public Future<Optional<Partner>> authenticate(String key) {
    if (key == null || !key.startsWith(KEY_START) || key.length() > 100) {
      return Future.succeededFuture(Optional.empty());
    }
    return store.read(tx -> PartnerRows.byKeyHash(tx, hash(key)));
  }

  public Future<List<Partner>> list() {
    return store.read(PartnerRows::all);
  }

  static IssuedKey issue(Tx tx, Partner partner, String actor) throws SQLException {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String key = KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String prefix = key.substring(0, PREFIX_LENGTH);
    PartnerRows.insertKey(tx, partner.id(), prefix, hash(key));
    PartnerRows.audit(tx, actor, "partner.key", partner, prefix);
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

  private static String validName(String name) {
    String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (clean.length() < 2 || clean.length() > 80) {
      throw new Invalid("name", "a partner name is 2 to 80 characters long");
    }
    return clean;
  }
}
