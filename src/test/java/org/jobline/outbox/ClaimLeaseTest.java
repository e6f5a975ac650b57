package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jobline.config.AppConfig;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.store.Store;
import org.jobline.store.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several nodes on one PostgreSQL: a row another node claimed stays its own for outbox.claimLeaseSeconds;
 * then (the node died) a starting node or any node's sweeper takes it back as unconfirmed, once. SQLite
 * keeps the single process's rule: at start every row left 'sending' is taken back.
 */
class ClaimLeaseTest {
  private static final long LEASE_MS = AppConfig.OutboxConfig.CLAIM_LEASE_SECONDS * 1000L;
  private static final long T = 1_900_000_000_000L;

  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();
  private Store nodeA;
  private Store nodeB;

  @AfterEach
  void close() {
    for (Store s : new Store[] {nodeA, nodeB}) {
      if (s != null) {
        await(s.close());
      }
    }
    await(vertx.close());
  }

  private void twoNodes() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    StoreConfig config = new StoreConfig(StoreConfig.POSTGRES, "", 5000, 2, AppConfig.BackupConfig.OFF,
        db.url(), db.user(), db.password(), 3);
    nodeA = await(Store.open(vertx, config));
    nodeB = await(Store.open(vertx, config));
  }

  @Test
  void aLiveNodesClaimIsNotTakenByAStartingNodeButADeadNodesIsAfterTheLease() throws Exception {
    twoNodes();
    queue(nodeA, 10);
    List<Claimed> claimed = await(nodeA.write(tx -> OutboxRows.claim(tx, T, 6, false, "at")));
    assertThat(claimed).hasSize(6);

    // node B starts within the lease: node A may be sending these right now
    assertThat(ints(nodeB.write(tx -> OutboxRows.recoverAtStart(tx, T + LEASE_MS - 1_000, LEASE_MS)))).isZero();
    assertThat(count(nodeB, "status = 'sending'")).isEqualTo(6);

    // past the lease: taken back once, from the time of their claim, each with its event
    assertThat(ints(nodeB.write(tx -> OutboxRows.recoverAtStart(tx, T + LEASE_MS + 1_000, LEASE_MS)))).isEqualTo(6);
    assertThat(ints(nodeA.write(tx -> OutboxRows.recoverAtStart(tx, T + LEASE_MS + 2_000, LEASE_MS)))).isZero();
    assertThat(count(nodeB, "status = 'unconfirmed' AND unconfirmed_at = " + T)).isEqualTo(6);
    assertThat(count(nodeB, "status = 'queued'")).isEqualTo(4);
    assertThat(scalar(nodeB, "SELECT COUNT(*) FROM delivery_events WHERE status = 'unconfirmed' AND reason LIKE "
        + "'claimed by a node that did not save its outcome%'")).isEqualTo(6);
  }

  @Test
  void theSweeperTakesBackADeadNodesRowsWhileTheLiveNodesRecentClaimStays() throws Exception {
    twoNodes();
    queue(nodeA, 10);
    await(nodeA.write(tx -> OutboxRows.claim(tx, T, 4, false, "at"))); // node A, dead since
    long later = T + LEASE_MS - 10_000;
    await(nodeB.write(tx -> OutboxRows.claim(tx, later, 3, false, "at"))); // node B, alive
    UnconfirmedSweeper sweeper = new UnconfirmedSweeper(nodeB,
        new AppConfig.OutboxConfig(500, 250, 8, 2000, 600_000, 30, 5, 10_000, 10_000, 100, 128), java.time.Clock.systemUTC());
    long now = T + LEASE_MS + 1_000;
    // confirm wait of an hour: what the lease took back waits for a report, nothing is sent again in this pass
    UnconfirmedSweeper.Pass pass = await(nodeB.write(tx -> sweeperPass(sweeper, tx, now)));
    assertThat(pass.taken()).isEqualTo(4);
    assertThat(pass.decided().resent()).isZero();
    assertThat(count(nodeB, "status = 'sending' AND updated_at = " + later)).isEqualTo(3);
    assertThat(count(nodeB, "status = 'unconfirmed'")).isEqualTo(4);
  }

  @Test
  void onSqliteAStartTakesBackEveryClaimAsBefore() throws Exception {
    nodeA = await(Store.open(vertx, new StoreConfig(tmp.resolve("one.db").toString(), 5000, 2)));
    queue(nodeA, 5);
    await(nodeA.write(tx -> OutboxRows.claim(tx, T, 5, false, "at")));
    assertThat(ints(nodeA.write(tx -> OutboxRows.recoverAtStart(tx, T + 1, LEASE_MS)))).isEqualTo(5);
    assertThat(count(nodeA, "status = 'unconfirmed'")).isEqualTo(5);
  }

  @Test
  void onceLetsOneNodeRunAJobAtATime() throws Exception {
    twoNodes();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> a = nodeA.write(tx -> {
      boolean mine = tx.once("test.job");
      holding.countDown();
      try {
        assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return mine;
    });
    assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
    boolean bWhileAHolds = await(nodeB.write(tx -> tx.once("test.job")));
    boolean bOtherJob = await(nodeB.write(tx -> tx.once("test.other-job")));
    release.countDown();
    assertThat(await(a)).isTrue();
    assertThat(bWhileAHolds).as("another node holds the job").isFalse();
    assertThat(bOtherJob).isTrue();
    assertThat(bools(nodeB.write(tx -> tx.once("test.job")))).as("released at commit").isTrue();
  }

  @Test
  void aRoutedClaimWritesTheRoutesCostInBothEnginesTexts() {
    assertThat(OutboxSql.routed(OutboxSql.CLAIM, "", 20.0)).contains("route = ?, cost = segments * 20.0, ");
    assertThat(OutboxSql.routed(org.jobline.store.Dialect.postgres(OutboxSql.CLAIM), "", 20.0))
        .contains("route = ?1, cost = segments * 20.0, ");
  }

  @Test
  void onceIsAlwaysTrueOnSqlite() throws Exception {
    nodeA = await(Store.open(vertx, new StoreConfig(tmp.resolve("one.db").toString(), 5000, 2)));
    assertThat(bools(nodeA.write(tx -> tx.once("test.job") && tx.once("test.job")))).isTrue();
  }

  private static UnconfirmedSweeper.Pass sweeperPass(UnconfirmedSweeper s, org.jobline.store.Tx tx, long now)
      throws java.sql.SQLException {
    return s.pass(tx, now, LEASE_MS, 3_600_000L, 48 * 3_600_000L);
  }

  private static void queue(Store store, int n) {
    Outbox outbox = new Outbox(new AppConfig.SmsConfig("8888", false, 15.0, "XOF", 20, 24));
    await(store.write(tx -> {
      for (int i = 0; i < n; i++) {
        outbox.enqueue(tx, new OutboundSms("+2289000000" + i, null, null, "message " + i, "fr",
            OutboundSms.Kind.REPLY, T - 1_000, null));
      }
      return null;
    }));
  }

  private static long count(Store store, String where) {
    return scalar(store, "SELECT COUNT(*) FROM outbox WHERE " + where);
  }

  private static long scalar(Store store, String sql) {
    return await(store.read(tx -> {
      Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }));
  }

  private static int ints(Future<Integer> f) {
    return await(f);
  }

  private static boolean bools(Future<Boolean> f) {
    return await(f);
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("future did not succeed: " + e, e);
    }
  }
}
