package io.github.hrsync.benchmarks;

import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.jobticket.SyncEmployee;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Deterministic rosters and platform users for the benchmarks. */
final class BenchmarkData {
  private BenchmarkData() {}

  static String hrId(int i) {
    return "EMP-" + String.format("%07d", i);
  }

  static List<SourceEmployee> roster(int size) {
    List<SourceEmployee> rows = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      rows.add(employee(i));
    }
    return rows;
  }

  /** The roster's row {@code i}. */
  static SourceEmployee employee(int i) {
    return SourceEmployee.builder(hrId(i), "First" + i, "Lästname" + i,
            "employee" + i + "@example.com")
        .mobile("+46 70 " + (1000000 + i)).gender(i % 2 == 0 ? "Ms" : "Mr").countryCode("SE")
        .cultureCode("sv-SE").dateOfBirth(LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28))
        .startDate(LocalDate.of(2015 + i % 10, 1 + i % 12, 1))
        .unitExternalId("DEPT-" + i % 50).customFields(Map.of("costCenter", "CC-" + i % 100))
        .build();
  }

  /**
   * Writes {@link #roster}'s rows as a CSV export in hrsync's column names, row by row.
   *
   * @param file where
   * @param size how many rows
   */
  static void writeExport(Path file, int size) {
    try (java.io.Writer out = Files.newBufferedWriter(file)) {
      out.write("hrId,firstName,lastName,email,mobile,gender,countryCode,cultureCode,"
          + "dateOfBirth,startDate,unitExternalId,costCenter\n");
      for (int i = 0; i < size; i++) {
        SourceEmployee e = employee(i);
        out.write(String.join(",", e.hrId(), e.firstName(), e.lastName(), e.email(),
            e.mobile(), e.gender(), e.countryCode(), e.cultureCode(),
            String.valueOf(e.dateOfBirth()), String.valueOf(e.startDate()), e.unitExternalId(),
            e.customFields().get("costCenter")) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The platform's users for {@code roster}, with every 20th (5 %) differing in one field. */
  static List<User> users(List<SourceEmployee> roster) {
    List<User> users = new ArrayList<>(roster.size());
    for (int i = 0; i < roster.size(); i++) {
      SourceEmployee e = roster.get(i);
      String mobile = i % 20 == 0 ? "+46 70 0000000" : e.mobile();
      users.add(new User("u" + i, e.hrId(), e.firstName(), e.lastName(), null, e.email(),
          mobile, e.gender(), e.countryCode(), e.cultureCode(), true,
          new Unit("unit-" + i % 50, e.unitExternalId()), CustomFields.of(e.customFields())));
    }
    return users;
  }

  static List<SyncEmployee> syncEmployees(int size) {
    List<SyncEmployee> employees = new ArrayList<>(size);
    for (SourceEmployee e : roster(size)) {
      employees.add(SyncEmployee.builder(e.hrId()).firstName(e.firstName())
          .lastName(e.lastName()).email(e.email()).dateOfBirth(e.dateOfBirth())
          .startDate(e.startDate()).build());
    }
    return employees;
  }

  /**
   * Deletes a directory a benchmark wrote to, with everything in it.
   *
   * @param directory the directory
   * @throws IOException when it cannot be listed
   */
  static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.delete(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
