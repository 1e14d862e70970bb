package io.github.hrsync.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows of text by column name, read one at a time: a CSV file ({@link CsvSource}) or a query
 * ({@link JdbcSource}). Close it when done. Not thread-safe.
 */
public interface RowSource extends AutoCloseable {

  /** @return what the rows come from, for messages (a file name, "query") */
  String name();

  /** @return the column names, in order, as the header or the query names them */
  List<String> columns();

  /**
   * @return the next row, or {@code null} after the last
   * @throws RosterReadException when the source cannot be read on (malformed CSV, a row with
   *     another number of cells than the header, bytes not in the encoding, a failed query)
   */
  @Nullable SourceRow next();

  /** Releases the file or the connection. */
  @Override
  void close();
}
