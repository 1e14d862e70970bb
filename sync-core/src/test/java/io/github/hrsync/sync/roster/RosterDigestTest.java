package io.github.hrsync.sync.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RosterDigestTest {
  private static SourceEmployee.Builder row(int i) {
    return SourceEmployee.builder(String.format("E%03d", i), "First" + i, "Last" + i,
        "e" + i + "@example.com");
  }

  private static List<SourceEmployee> rows(int count) {
    List<SourceEmployee> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(row(i).mobile("+46 70 100 00 0" + i % 10).countryCode("SE")
          .dateOfBirth(LocalDate.of(1980, 1, i % 28 + 1))
          .customFields(Map.of("costCenter", "CC-" + i, "site", "Malmö"))
          .absences(List.of(Map.of("from", "2026-07-01", "to", "2026-07-14"))).build());
    }
    return rows;
  }

  @Test
  void theSameExportInAnotherOrderHasTheSameDigest() {
    List<SourceEmployee> rows = rows(50);
    List<SourceEmployee> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(7));

    assertThat(Roster.of(shuffled).digest()).isEqualTo(Roster.of(rows).digest()).hasSize(64);
  }

  @Test
  void mapsInAnotherKeyOrderAreTheSameContent() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    Map<String, Object> fromTo = new LinkedHashMap<>();
    fromTo.put("from", "2026-07-01");
    fromTo.put("to", "2026-07-14");
    Map<String, Object> toFrom = new LinkedHashMap<>();
    toFrom.put("to", "2026-07-14");
    toFrom.put("from", "2026-07-01");

    assertThat(Roster.of(List.of(row(1).customFields(ab).absences(List.of(fromTo)).build()))
        .digest()).isEqualTo(Roster.of(List.of(row(1).customFields(ba)
            .absences(List.of(toFrom)).build())).digest());
  }

  @Test
  void anyFieldOfAnyRowChangesTheDigest() {
    List<SourceEmployee> rows = rows(20);
    String digest = Roster.of(rows).digest();
    List<UnaryOperator<SourceEmployee.Builder>> edits = List.of(
        b -> b.firstName("Other"), b -> b.middleName("M"), b -> b.lastName("Other"),
        b -> b.email("other@example.com"), b -> b.mobile("+46 70 999 99 99"),
        b -> b.gender("Mx"), b -> b.countryCode("NO"), b -> b.cultureCode("sv-SE"),
        b -> b.dateOfBirth(LocalDate.of(1980, 2, 2)), b -> b.startDate(LocalDate.of(2020, 1, 1)),
        b -> b.terminationDate(LocalDate.of(2030, 1, 1)),
        b -> b.profileImage("https://img.example.com/x.png"), b -> b.unitExternalId("U1"),
        b -> b.customFields(Map.of("costCenter", "CC-X", "site", "Malmö")),
        b -> b.customFields(Map.of("costCenter", "CC-13")),
        b -> b.absences(List.of()), b -> b.autoSyncEmployee(true));
    for (UnaryOperator<SourceEmployee.Builder> edit : edits) {
      List<SourceEmployee> edited = new ArrayList<>(rows);
      edited.set(12, edit.apply(rows.get(12).toBuilder()).build());
      assertThat(Roster.of(edited).digest()).as("an edit of row 13").isNotEqualTo(digest);
    }
  }

  @Test
  void sortedIndexOfFindsAnEmployeeInHrIdOrderIgnoringCase() {
    Roster roster = Roster.of(List.of(row(3).build(), row(1).build(),
        SourceEmployee.builder("e002", "F", "L", "x@example.com").build()));

    assertThat(roster.employeesByHrId()).extracting(SourceEmployee::hrId)
        .containsExactly("E001", "E003", "e002");
    assertThat(roster.sortedIndexOf("e003")).isEqualTo(1);
    assertThat(roster.sortedIndexOf("E002")).isEqualTo(2);
    assertThat(roster.sortedIndexOf("E004")).isEqualTo(-1);
    assertThat(roster.indexOf("E001")).isEqualTo(1);
  }

  @Test
  void threadsAskingARosterFirstAtOnceAllGetTheOneOrderMadeOnce() throws Exception {
    Roster roster = Roster.of(rows(2_000));
    String expected = Roster.of(rows(2_000)).digest();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<SourceEmployee>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          assertThat(roster.digest()).isEqualTo(expected);
          // in String order E001 ... E100 come first, then E1000
          assertThat(roster.sortedIndexOf("e1000")).isEqualTo(100);
          return roster.employeesByHrId();
        }));
      }
      start.countDown();
      List<SourceEmployee> first = answers.get(0).get();
      for (Future<List<SourceEmployee>> answer : answers) {
        assertThat(answer.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
