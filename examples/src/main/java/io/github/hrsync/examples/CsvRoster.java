package io.github.hrsync.examples;

import io.github.hrsync.sync.SourceEmployee;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster from CSV (RFC 4180: a header row, commas, double-quoted fields with {@code ""}
 * for a quote). Columns by header name: {@code hrId, firstName, middleName, lastName, email,
 * mobile, gender, countryCode, cultureCode, dateOfBirth, startDate, terminationDate,
 * unitExternalId}; any other column becomes a custom field. Dates are ISO {@code yyyy-MM-dd}.
 */
public final class CsvRoster {
  private static final List<String> REQUIRED = List.of("hrId", "firstName", "lastName", "email");
  private static final List<String> KNOWN = List.of("hrId", "firstName", "middleName", "lastName",
      "email", "mobile", "gender", "countryCode", "cultureCode", "dateOfBirth", "startDate",
      "terminationDate", "unitExternalId");

  private CsvRoster() {}

  /**
   * Reads every row.
   *
   * @param source the CSV text
   * @return the employees, in file order (validate them with {@code Roster.of})
   * @throws IllegalArgumentException naming the line and column of a malformed row
   * @throws IOException when reading fails
   */
  public static List<SourceEmployee> read(Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    List<String> header = parse(reader.readLine(), 1);
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        throw new IllegalArgumentException("line 1: the header has no '" + column + "' column");
      }
    }
    List<SourceEmployee> employees = new ArrayList<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = parse(line, number);
      if (cells.size() != header.size()) {
        throw new IllegalArgumentException("line " + number + ": " + cells.size()
            + " columns, the header has " + header.size());
      }
      Map<String, String> row = new HashMap<>();
      Map<String, String> customFields = new java.util.LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
        if (!KNOWN.contains(header.get(i)) && !cells.get(i).isBlank()) {
          customFields.put(header.get(i), cells.get(i));
        }
      }
      employees.add(SourceEmployee.builder(row.get("hrId"), row.get("firstName"),
              row.get("lastName"), row.get("email"))
          .middleName(row.get("middleName")).mobile(row.get("mobile"))
          .gender(row.get("gender")).countryCode(row.get("countryCode"))
          .cultureCode(row.get("cultureCode"))
          .dateOfBirth(date(row, "dateOfBirth", number))
          .startDate(date(row, "startDate", number))
          .terminationDate(date(row, "terminationDate", number))
          .unitExternalId(row.get("unitExternalId"))
          .customFields(customFields)
          .build());
    }
    return employees;
  }

  private static @Nullable LocalDate date(Map<String, String> row, String column, int line) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("line " + line + ", column " + column + ": '" + value
          + "' is not a date (yyyy-MM-dd)", e);
    }
  }

  private static List<String> parse(@Nullable String line, int number) {
    if (line == null) {
      throw new IllegalArgumentException("line " + number + ": the file is empty");
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + number + ": a quoted field is not closed");
    }
    cells.add(cell.toString());
    return cells;
  }
}
