package io.github.hrsync.examples;

import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.reader.CsvSource;
import io.github.hrsync.reader.MappingPreview;
import io.github.hrsync.reader.RosterMapping;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What a mapping file makes of an export's first rows, field by field, with the targets each row
 * goes to and every problem, without any request. Args: {@code EXPORT.csv MAPPING.yaml [ROWS]};
 * exit 0 when every row shown maps, 1 when one does not, 2 for bad input.
 */
public final class PreviewMapping {
  private PreviewMapping() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    if (args.length < 2 || args.length > 2 && !args[2].matches("[1-9][0-9]{0,5}")) {
      out.println("usage: PreviewMapping EXPORT.csv MAPPING.yaml [ROWS, 1 to 999999]");
      return 2;
    }
    try {
      RosterMapping mapping = RosterMapping.load(Path.of(args[1]));
      try (CsvSource rows = CsvSource.open(Path.of(args[0]), mapping.encoding())) {
        MappingPreview preview = mapping.preview(rows,
            args.length > 2 ? Integer.parseInt(args[2]) : 10);
        out.print(preview.render());
        return preview.rows().stream().allMatch(row -> row.problems().isEmpty()) ? 0 : 1;
      }
    } catch (HrSyncException | UncheckedIOException e) {
      out.println("error: " + e.getMessage());
      return 2;
    }
  }
}
