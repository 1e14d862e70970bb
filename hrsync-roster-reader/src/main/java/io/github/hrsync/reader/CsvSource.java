package io.github.hrsync.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.hrsync.reader.internal.DecodingReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV export, streamed, as spreadsheets and HR systems write them: RFC 4180
 * (double-quoted fields, {@code ""} for a quote, line breaks inside quotes), a header row naming
 * the columns, separated by {@code ,} or {@code ;} (whichever the header uses more), with or
 * without a byte-order mark. A file is decoded in the charset given (UTF-8 unless the mapping
 * names another, such as {@code windows-1252} or {@code ISO-8859-1}); every byte not in it is an
 * error naming its file line. A column named twice, a row with another number of cells than the
 * header and malformed quoting are errors naming the data row and file line.
 */
public final class CsvSource implements RowSource {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
  private static final int MAX_HEADER = 1 << 20;

  private final String name;
  private final Reader text;
  private final @Nullable DecodingReader decoding;
  private final MappingIterator<String[]> records;
  private final List<String> columns;
  private final Map<String, Integer> index;
  private int row;

  private CsvSource(String name, Reader text, @Nullable DecodingReader decoding)
      throws IOException {
    this.name = name;
    this.text = text;
    this.decoding = decoding;
    BufferedReader reader = new BufferedReader(text);
    reader.mark(1);
    int first = reader.read();
    if (first != '\uFEFF' && first != -1) {
      reader.reset();
    }
    reader.mark(MAX_HEADER);
    String headerLine = reader.readLine();
    if (headerLine == null || headerLine.isBlank()) {
      throw new RosterReadException(name + ": file line 1: the file is empty; it needs a header "
          + "row naming the columns", null);
    }
    reader.reset();
    char separator = separator(headerLine);
    records = CSV.readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(reader);
    columns = header(records.next(), separator);
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      positions.put(columns.get(i), i);
    }
    index = Collections.unmodifiableMap(positions);
  }

  /**
   * Opens a UTF-8 file.
   *
   * @param file the CSV file
   * @return the source; close it
   * @throws RosterReadException when the file is empty or its header names a column twice
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static CsvSource open(Path file) {
    return open(file, StandardCharsets.UTF_8);
  }

  /**
   * Opens a file in a charset.
   *
   * @param file the CSV file
   * @param charset its encoding ({@link RosterMapping#encoding()} says which a mapping expects)
   * @return the source; close it
   * @throws RosterReadException when the file is empty or its header names a column twice
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static CsvSource open(Path file, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    try {
      DecodingReader decoding = new DecodingReader(Files.newInputStream(file), charset);
      try {
        return new CsvSource(String.valueOf(file.getFileName()), decoding, decoding);
      } catch (RuntimeException | IOException e) {
        decoding.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text already decoded.
   *
   * @param name what the text is, for messages
   * @param text the CSV text; closed with the source
   * @return the source; close it
   * @throws RosterReadException when the text is empty or its header names a column twice
   */
  public static CsvSource of(String name, Reader text) {
    try {
      return new CsvSource(Objects.requireNonNull(name, "name"), text, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public @Nullable SourceRow next() {
    long line = records.getCurrentLocation().getLineNr();
    try {
      if (!records.hasNextValue()) {
        undecodable();
        return null;
      }
      line = records.getCurrentLocation().getLineNr();
      String[] cells = records.nextValue();
      row++;
      if (cells.length != columns.size()) {
        throw new RosterReadException(name + ": data row " + row + " (file line " + line + ") has "
            + cells.length + " cells, the header has " + columns.size() + " columns", null);
      }
      return new SourceRow(row, line, index, cells);
    } catch (JsonProcessingException e) {
      throw new RosterReadException(name + ": data row " + (row + 1) + " (file line " + line
          + "): malformed CSV (" + e.getOriginalMessage() + ")", null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** Every byte that was not in the file's charset, at the end: all of them, with their lines. */
  private void undecodable() {
    if (decoding != null && decoding.undecodableCount() > 0) {
      throw new RosterReadException(RosterReadException.describe(name,
          decoding.undecodable(), decoding.undecodableCount(), ", nothing was sent")
          + "\n  the file is not " + decoding.charset().name() + ": name its encoding in the "
          + "mapping (encoding: windows-1252, ISO-8859-1, UTF-8) or convert it", null);
    }
  }

  @Override
  public void close() {
    try {
      records.close();
      text.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "CsvSource[" + name + ", " + columns.size() + " columns]";
  }

  /** The separator the header row uses: {@code ;} when it has more of them than commas. */
  private static char separator(String headerLine) {
    long commas = headerLine.chars().filter(c -> c == ',').count();
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }

  private List<String> header(String[] cells, char separator) {
    List<String> names = new ArrayList<>();
    for (String cell : cells) {
      String column = cell.strip();
      if (names.contains(column)) {
        throw new RosterReadException(name + ": file line 1: the header names column '"
            + column + "' twice (columns separated by '" + separator + "')", null);
      }
      names.add(column);
    }
    return List.copyOf(names);
  }
}
