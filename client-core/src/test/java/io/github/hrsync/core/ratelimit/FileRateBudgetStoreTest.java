package io.github.hrsync.core.ratelimit;

import io.github.hrsync.core.error.RateBudgetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.ratelimit.RateBudgetStore.Reservation;
import io.github.hrsync.testing.ProcessFleet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Budgets in files, as independent store instances (standing in for processes) see them. */
class FileRateBudgetStoreTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant LEASE = T0.plusSeconds(30);

  @TempDir
  Path dir;

  @Test
  void twoStoresOnOneDirectoryShareTheSlotsAndTheLockOut() throws Exception {
    FileRateBudgetStore first = FileRateBudgetStore.in(dir);
    FileRateBudgetStore second = FileRateBudgetStore.in(dir);

    Reservation a = first.reserve("jobticket-k", 2, WINDOW, T0, LEASE, WAIT);
    Reservation b = second.reserve("jobticket-k", 2, WINDOW, T0, LEASE, WAIT);
    Reservation full = first.reserve("jobticket-k", 2, WINDOW, T0, LEASE, WAIT);
    second.release("jobticket-k", ((Reservation.Granted) a).slot(), T0.plusSeconds(1), WAIT);
    Reservation afterRelease = first.reserve("jobticket-k", 2, WINDOW, T0.plusSeconds(2), LEASE, WAIT);
    second.lockUntil("jobticket-k", T0.plusSeconds(300), WAIT);

    assertThat(a).isInstanceOf(Reservation.Granted.class);
    assertThat(b).isInstanceOf(Reservation.Granted.class);
    assertThat(full).isEqualTo(new Reservation.Denied(T0.plus(WINDOW), Reservation.Why.IN_FLIGHT));
    assertThat(afterRelease).as("free one window after the release, not before")
        .isEqualTo(new Reservation.Denied(T0.plusSeconds(1).plus(WINDOW), Reservation.Why.FULL));
    assertThat(first.lockedUntil("jobticket-k", T0.plusSeconds(299), WAIT))
        .isEqualTo(T0.plusSeconds(300));
    assertThat(first.reserve("jobticket-k", 2, WINDOW, T0.plusSeconds(299), LEASE, WAIT))
        .isEqualTo(new Reservation.Denied(T0.plusSeconds(300), Reservation.Why.LOCKED_OUT));
    assertThat(first.reserve("other-key", 2, WINDOW, T0, LEASE, WAIT))
        .as("another credential has its own budget").isInstanceOf(Reservation.Granted.class);
  }

  @Test
  void aHolderThatDiedKeepsItsSlotUntilItsLeaseEndsPlusOneWindowAndNoLonger() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    store.reserve("b", 1, WINDOW, T0, LEASE, WAIT); // never released: the process was killed

    assertThat(store.reserve("b", 1, WINDOW, LEASE.plus(WINDOW).minusNanos(1), LEASE, WAIT))
        .isInstanceOf(Reservation.Denied.class);
    assertThat(store.reserve("b", 1, WINDOW, LEASE.plus(WINDOW), LEASE.plus(WINDOW), WAIT))
        .isInstanceOf(Reservation.Granted.class);
  }

  @Test
  void aCorruptOrForeignFileIsAClearErrorAndIsNeverReset() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    Files.writeString(store.file("corrupt"), "{\"not\": \"ours\"}\n");
    store.reserve("a", 5, WINDOW, T0, LEASE, WAIT);
    Files.copy(store.file("a"), store.file("copied"));
    String copied = Files.readString(store.file("copied"));

    assertThatThrownBy(() -> store.reserve("corrupt", 5, WINDOW, T0, LEASE, WAIT))
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining(store.file("corrupt").toString())
        .hasMessageContaining("not an hrsync rate budget").hasMessageContaining("not reset");
    Files.write(store.file("binary"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThatThrownBy(() -> store.reserve("binary", 5, WINDOW, T0, LEASE, WAIT))
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining(store.file("binary").toString())
        .hasMessageContaining("not an hrsync rate budget").hasMessageContaining("not reset");
    assertThatThrownBy(() -> store.lockedUntil("copied", T0, WAIT))
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining("belongs to budget 'a', not 'copied'");
    assertThat(Files.readString(store.file("corrupt"))).isEqualTo("{\"not\": \"ours\"}\n");
    assertThat(Files.readString(store.file("copied"))).isEqualTo(copied);
  }

  @Test
  void aWriteCutShortByAKillLeavesTheLastStateIntact() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    store.reserve("b", 1, WINDOW, T0, LEASE, WAIT);
    // a process killed while writing leaves its temporary file, never a torn budget file
    Files.writeString(store.file("b").resolveSibling("b.budget.tmp"), "hrsync-rate-bud",
        StandardCharsets.UTF_8);

    assertThat(store.reserve("b", 1, WINDOW, T0.plusSeconds(1), LEASE, WAIT))
        .as("the slot taken before the kill still counts").isInstanceOf(Reservation.Denied.class);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aProcessKilledInTheMiddleOfItsStepsLeavesAWholeFileAndNoLock() throws Exception {
    for (int run = 0; run < 5; run++) {
      Process hammer = ProcessFleet.start(FileBudgetHammer.class, dir.toString());
      try (var lines = new BufferedReader(new InputStreamReader(hammer.getInputStream(),
          StandardCharsets.UTF_8))) {
        assertThat(lines.readLine()).isEqualTo("started");
        hammer.destroyForcibly().waitFor(); // kill -9, wherever it is in a step
      }
      // the next process neither blocks on the dead one's lock nor finds a torn file
      assertThat(FileRateBudgetStore.in(dir).reserve("hammered", 1_000, WINDOW, T0, LEASE, WAIT))
          .isInstanceOf(Reservation.Granted.class);
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aLockHeldByAStoppedProcessFailsTheStepAfterTheLockWaitInsteadOfHanging() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir).withLockWait(Duration.ofMillis(200));
    Process holder = ProcessFleet.start(FileBudgetLockHolder.class, dir.toString(), "b");
    try (var lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("locked");

      assertThatThrownBy(() -> store.reserve("b", 1, WINDOW, T0, LEASE, WAIT))
          .isInstanceOf(RateBudgetException.class)
          .hasMessageContaining("another process has held " + store.file("b") + ".lock for over "
              + "PT0.2S");
    } finally {
      holder.destroyForcibly().waitFor();
    }
    assertThat(store.reserve("b", 1, WINDOW, T0, LEASE, WAIT)).isInstanceOf(Reservation.Granted.class);
  }

  @Test
  void aTemporaryFilePlantedAsALinkIsReplacedNotWrittenThrough() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    Path victim = Files.writeString(dir.resolveSibling(dir.getFileName() + "-victim.txt"), "mine");
    Files.createSymbolicLink(store.file("b").resolveSibling("b.budget.tmp"), victim);

    store.reserve("b", 1, WINDOW, T0, LEASE, WAIT);

    assertThat(Files.readString(victim)).isEqualTo("mine");
    assertThat(Files.readString(store.file("b"))).startsWith("hrsync-rate-budget 1");
  }

  @Test
  void fileNamesStayInTheDirectoryAndDifferPerBudget() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);

    assertThat(store.file("jobticket-00000000-sandbox-key").getFileName())
        .hasToString("jobticket-00000000-sandbox-key.budget");
    for (String hostile :
        new String[] {"../../etc/passwd", "a/b", "..", "a b:c", "x".repeat(300)}) {
      Path file = store.file(hostile);
      assertThat(file.getParent()).isEqualTo(store.directory());
      assertThat(file.getFileName().toString()).doesNotContain("/").doesNotStartWith(".")
          .hasSizeLessThanOrEqualTo(120);
    }
    assertThat(store.file("a/b")).isNotEqualTo(store.file("a_b"));
  }

  @Test
  void aPlantedSlotWithAWindowOfCenturiesIsATypedErrorNotAnOverflow() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    store.reserve("planted", 5, WINDOW, T0, LEASE, WAIT);
    String text = Files.readString(store.file("planted"));
    Files.writeString(store.file("planted"), text + "slot 99 released " + T0
        + " PT2562047788015215H\n");

    assertThatThrownBy(() -> store.reserve("planted", 5, WINDOW, T0, LEASE, WAIT))
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining("window must be positive and at most PT24H");
  }
}
