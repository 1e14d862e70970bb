package io.github.hrsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a README's code blocks and the tests that compile and run them from drifting apart: the
 * lines of a test's source between {@code // --- the README's code, as written ---} and
 * {@code // --- end ---}, their common indentation removed, must stand in the README exactly
 * (a block in a list item may be indented as a whole).
 */
public final class ReadmeSnippets {
  private static final String BEGIN = "// --- the README's code, as written ---";
  private static final String END = "// --- end ---";

  private ReadmeSnippets() {}

  /**
   * Asserts that every marked region of {@code test}'s source stands in {@code readme}.
   *
   * @param test the test class, whose source is under {@code src/test/java} of the module the
   *     tests run in
   * @param readme the README, relative to that module
   */
  public static void assertInReadme(Class<?> test, Path readme) {
    Path source = Path.of("src/test/java", test.getName().replace('.', '/') + ".java");
    try {
      String text = Files.readString(readme).replace("\r\n", "\n");
      List<String> regions = regions(Files.readAllLines(source));
      assertThat(regions).as("marked regions in %s", source).isNotEmpty();
      for (String region : regions) {
        // a block inside a list item stands indented as a whole
        assertThat(List.of(text, outdented(text, 2), outdented(text, 4)))
            .as("%s holds the code of %s as written:%n%s", readme, source, region)
            .anyMatch(candidate -> candidate.contains(region));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> regions(List<String> lines) {
    List<String> regions = new ArrayList<>();
    List<String> region = null;
    for (String line : lines) {
      if (line.strip().equals(BEGIN)) {
        region = new ArrayList<>();
      } else if (line.strip().equals(END) && region != null) {
        regions.add(dedent(region));
        region = null;
      } else if (region != null) {
        region.add(line);
      }
    }
    return regions;
  }

  /** The text with up to {@code spaces} leading spaces taken off every line. */
  private static String outdented(String text, int spaces) {
    return text.replaceAll("(?m)^ {1," + spaces + "}", "");
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
