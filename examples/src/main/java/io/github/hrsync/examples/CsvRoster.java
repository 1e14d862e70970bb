package io.github.hrsync.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster from a CSV export as spreadsheets write them: RFC 4180 (double-quoted fields,
 * {@code ""} for a quote, line breaks inside quotes), with or without a UTF-8 byte-order mark
 * (Excel's "CSV UTF-8"), separated by {@code ,} or by {@code ;} (Excel in many European locales),
 * whichever the header row uses. Columns by header name: {@code hrId, firstName, middleName,
 * lastName, email, mobile, gender, countryCode, cultureCode, dateOfBirth, startDate,
 * terminationDate, unitExternalId}; any other column becomes a custom field. Dates are ISO
 * {@code yyyy-MM-dd}. Errors name the data row (counted from 1 after the header, as roster
 * validation counts) and the file line it starts on.
 */
public final class CsvRoster {
  private static final List<String> REQUIRED = List.of("hrId", "firstName", "lastName", "email");
  private static final List<String> KNOWN = List.of("hrId", "firstName", "middleName", "lastName",
      "email", "mobile", "gender", "countryCode", "cultureCode", "dateOfBirth", "startDate",
      "terminationDate", "unitExternalId");
  private static final int MAX_HEADER = 1 << 20;

  private CsvRoster() {}

  /**
   * The rows of a roster file and the file line each starts on.
   *
   * @param employees the employees, in file order (validate them with {@code Roster.of})
   * @param lines the file line of each employee's row, in the same order
   */
  public record Rows(List<SourceEmployee> employees, List<Integer> lines) {}

  /**
   * Reads every row.
   *
   * @param source the CSV text
   * @return the employees, in file order (validate them with {@code Roster.of})
   * @throws IllegalArgumentException naming the data row, file line and column of a problem
   * @throws IOException when reading fails
   */
  public static List<SourceEmployee> read(Reader source) throws IOException {
    return readRows(source).employees();
  }

  /**
   * Reads every row with the file line it starts on.
   *
   * @param source the CSV text
   * @return the rows
   * @throws IllegalArgumentException naming the data row, file line and column of a problem
   * @throws IOException when reading fails
   */
  public static Rows readRows(Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    reader.mark(1);
    int first = reader.read();
    if (first == -1) {
      throw new IllegalArgumentException("file line 1: the file is empty");
    }
    if (first != '\uFEFF') {
      reader.reset();
    }
    reader.mark(MAX_HEADER);
    char separator = separator(reader.readLine());
    reader.reset();
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    try (MappingIterator<String[]> records =
        mapper.readerFor(String[].class).with(schema).readValues(reader)) {
      List<String> header = header(records.next(), separator);
      List<SourceEmployee> employees = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      while (true) {
        int line = records.getCurrentLocation().getLineNr();
        String[] cells;
        try {
          if (!records.hasNextValue()) {
            break;
          }
          line = records.getCurrentLocation().getLineNr();
          cells = records.nextValue();
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(where(employees.size() + 1, line)
              + ": malformed CSV (" + e.getOriginalMessage() + ")");
        }
        String at = where(employees.size() + 1, line);
        if (cells.length != header.size()) {
          throw new IllegalArgumentException(at + ": " + cells.length + " columns, the header "
              + "has " + header.size());
        }
        employees.add(employee(header, cells, at));
        lines.add(line);
      }
      return new Rows(List.copyOf(employees), List.copyOf(lines));
    }
  }

  private static String where(int row, int line) {
    return "data row " + row + " (file line " + line + ")";
  }

  /** The separator the header row uses: {@code ;} when it has more of them than commas. */
  private static char separator(@Nullable String headerLine) {
    if (headerLine == null) {
      throw new IllegalArgumentException("file line 1: the file is empty");
    }
    long commas = headerLine.chars().filter(c -> c == ',').count();
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }

  private static List<String> header(String[] cells, char separator) {
    List<String> header = new ArrayList<>();
    for (String cell : cells) {
      String name = cell.strip();
      if (header.contains(name)) {
        throw new IllegalArgumentException("file line 1: the header names column '" + name
            + "' twice");
      }
      header.add(name);
    }
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        throw new IllegalArgumentException("file line 1: the header has no '" + column
            + "' column (columns separated by '" + separator + "' found: "
            + String.join(", ", header) + ")");
      }
    }
    return header;
  }

  private static SourceEmployee employee(List<String> header, String[] cells, String at) {
    Map<String, String> row = new HashMap<>();
    Map<String, String> customFields = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), cells[i]);
      if (!KNOWN.contains(header.get(i)) && !cells[i].isBlank()) {
        customFields.put(header.get(i), cells[i]);
      }
    }
    return SourceEmployee.builder(row.get("hrId"), row.get("firstName"), row.get("lastName"),
            row.get("email"))
        .middleName(row.get("middleName")).mobile(row.get("mobile"))
        .gender(row.get("gender")).countryCode(row.get("countryCode"))
        .cultureCode(row.get("cultureCode"))
        .dateOfBirth(date(row, "dateOfBirth", at))
        .startDate(date(row, "startDate", at))
        .terminationDate(date(row, "terminationDate", at))
        .unitExternalId(row.get("unitExternalId"))
        .customFields(customFields)
        .build();
  }

  private static @Nullable LocalDate date(Map<String, String> row, String column, String at) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(at + ", column " + column + ": '" + value
          + "' is not a date (yyyy-MM-dd)", e);
    }
  }
}
