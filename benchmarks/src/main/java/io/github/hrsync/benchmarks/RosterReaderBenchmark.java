package io.github.hrsync.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.hrsync.reader.CsvSource;
import io.github.hrsync.reader.RosterMapping;
import io.github.hrsync.reader.RowMapper;
import io.github.hrsync.reader.SourceRow;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading an HR export of 100,000 rows through a mapping (German headers, {@code ;}, dotted
 * dates, a lower-cased e-mail, a value table, a custom field, a scope), beside reading the same
 * file with jackson-dataformat-csv into one map per row: what any program of its own would do
 * before mapping anything. {@code readAndMap} maps every row to its targets and its employee
 * (the mapping's whole work, through {@code RowMapper}); {@code readMapValidateAndScope} is
 * {@code read}: the same, then the roster's validation and each target's scope, whose
 * validation share {@code rosterOf} measures alone on the same rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RosterReaderBenchmark {
  /** The mapping of {@link #writeExport}'s file, as an operator writes it. */
  static final String MAPPING = """
      fields:
        hrId: Personalnummer
        firstName: Vorname
        lastName: Nachname
        email: { column: E-Mail, case: lower }
        dateOfBirth: { column: Geburtsdatum, date: dd.MM.yyyy }
        startDate: { column: Eintritt, date: dd.MM.yyyy }
        countryCode: Land
        gender: { column: Anrede, values: { Herr: male, Frau: female } }
      customFields:
        costCentre: Kostenstelle
      scopes:
        jobticket: { include: [ { column: Land, equals: DE } ] }
      """;

  @Param({"100000"})
  int rows;

  private Path file;
  private RosterMapping mapping;
  private List<SourceEmployee> mapped;

  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("hrsync-export", ".csv");
    writeExport(file, rows);
    mapping = RosterMapping.load("mapping.yaml", new StringReader(MAPPING));
    try (CsvSource source = CsvSource.open(file, mapping.encoding())) {
      mapped = mapping.read(source).roster().employees();
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Writes an export of German headers and {@code rows} people.
   *
   * @param file where
   * @param rows how many
   */
  static void writeExport(Path file, int rows) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Personalnummer;Nachname;Vorname;E-Mail;Geburtsdatum;Eintritt;Land;Anrede;"
          + "Kostenstelle\n");
      for (int i = 0; i < rows; i++) {
        out.write(i + 1 + ";Nachname" + i + ";Vorname" + i + ";Person" + i + "@Beispiel.de;"
            + String.format("%02d.%02d.%d", i % 28 + 1, i % 12 + 1, 1950 + i % 50) + ";01.04."
            + (2000 + i % 25) + ";" + (i % 5 == 0 ? "AT" : "DE") + ";" + (i % 2 == 0 ? "Herr"
            : "Frau") + ";CC-" + i % 40 + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the rows mapped: the file read, every scope and rule applied to every row */
  @Benchmark
  public int readAndMap() {
    List<SourceEmployee> employees = new ArrayList<>(rows);
    try (CsvSource source = CsvSource.open(file, mapping.encoding())) {
      RowMapper mapper = mapping.mapper(source);
      for (SourceRow row = source.next(); row != null; row = source.next()) {
        if (!mapper.targets(row).isEmpty()) {
          employees.add(mapper.employee(row));
        }
      }
    }
    return employees.size();
  }

  /** @return the validated roster's size: the file read, mapped, validated and scoped */
  @Benchmark
  public int readMapValidateAndScope() {
    try (CsvSource source = CsvSource.open(file, mapping.encoding())) {
      return mapping.read(source).roster().size();
    }
  }

  /** @return the size of a roster validated from the same rows, already mapped */
  @Benchmark
  public int rosterOf() {
    return Roster.of(mapped).size();
  }

  /** @return the rows read with jackson-dataformat-csv, one map each, kept as the roster is */
  @Benchmark
  public int baselineJacksonMaps() throws IOException {
    CsvMapper csv = new CsvMapper();
    CsvSchema header = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
    List<Map<String, String>> read = new ArrayList<>(rows);
    try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> maps = csv.readerForMapOf(String.class)
            .with(header).readValues(text)) {
      while (maps.hasNextValue()) {
        read.add(maps.nextValue());
      }
    }
    return read.size();
  }
}
