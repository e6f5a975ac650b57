package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jobline.backup.Backups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22: a backup taken while 10,000 messages drain is a sound database a gateway starts on and keeps draining. */
class BackupWhileDrainingTest {
  private static final int MESSAGES = 10_000;

  @TempDir
  Path live;
  @TempDir
  Path restored;

  @Test
  void copyTakenMidDrainPassesIntegrityCheckAndAGatewayFinishesTheWork() throws Exception {
    long sentInCopy;
    try (Harness h = new Harness(live)) {
      h.startStub().startGateway(null, Harness.env("JOBLINE_OUTBOX_SEGMENTS_PER_SECOND", 1500));
      OutboundSms[] batch = new OutboundSms[MESSAGES];
      for (int i = 0; i < MESSAGES; i++) {
        batch[i] = Harness.alert(String.format("+2289%07d", i), "Offre " + (i % 50));
      }
      h.enqueue(batch);
      h.waitUntil("the drain is under way", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status <> 'queued'") >= 500);

      Path copy = restored.resolve("jobline.db");
      long started = System.nanoTime();
      long bytes = Backups.copy(Path.of(h.config().store().path()), copy, 5000);
      System.out.printf("backup while draining: %d KB in %d ms%n", bytes / 1024, (System.nanoTime() - started) / 1_000_000);

      long queuedAfter = h.count("SELECT COUNT(*) FROM outbox WHERE status = 'queued'");
      assertThat(Backups.integrity(copy)).isEqualTo("ok");
      assertThat(Files.size(copy)).isPositive();
      h.stopGateway();
      assertThat(queuedAfter).as("the copy was taken while messages were still queued").isPositive();
    }
    try (Harness h = new Harness(restored)) {
      h.startStub().startGateway(null, Map.of());
      assertThat(h.count("SELECT COUNT(*) FROM outbox")).isEqualTo(MESSAGES);
      sentInCopy = h.count("SELECT COUNT(*) FROM outbox WHERE status <> 'queued'");
      assertThat(sentInCopy).as("the copy holds the drain's progress").isBetween(1L, (long) MESSAGES);
      h.waitUntil("the gateway on the copy drains what was left", () ->
          h.count("SELECT COUNT(*) FROM outbox WHERE status = 'queued' OR status = 'sending'") == 0);
      assertThat(h.get("/ready").statusCode()).isEqualTo(200);
    }
  }
}
