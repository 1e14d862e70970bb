package io.github.hrsync.examples;

import io.github.hrsync.reader.CsvSource;
import io.github.hrsync.reader.MappingException;
import io.github.hrsync.reader.RosterMapping;
import io.github.hrsync.reader.RosterReadException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Shows what a mapping file makes of an export's first rows, field by field, with the targets
 * each row goes to and every problem, without any request:
 * {@code --roster=FILE --mapping=FILE [--rows=N]} (10 rows by default). Exit 0 when every row
 * shown maps, 1 when one does not, 2 for bad input.
 */
public final class PreviewMapping {
  private PreviewMapping() {}

  /**
   * Prints the preview.
   *
   * @param args {@code --roster=FILE --mapping=FILE [--rows=N]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    Map<String, String> flags;
    try {
      flags = Flags.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
      return Program.USAGE;
    }
    String roster = flags.get("roster");
    String mapping = flags.get("mapping");
    if (roster == null || mapping == null) {
      out.println("usage: PreviewMapping --roster=FILE --mapping=FILE [--rows=N]");
      return Program.USAGE;
    }
    try {
      RosterMapping rules = RosterMapping.load(Path.of(mapping));
      try (CsvSource rows = CsvSource.open(Path.of(roster), rules.encoding())) {
        var preview = rules.preview(rows, Math.max(1, Flags.number(flags, "rows", 10)));
        out.print(preview.render());
        return preview.rows().stream().allMatch(row -> row.problems().isEmpty()) ? 0
            : Program.FAILED;
      }
    } catch (MappingException | RosterReadException | IllegalArgumentException
        | UncheckedIOException e) {
      out.println("error: " + e.getMessage());
      return Program.USAGE;
    }
  }
}
