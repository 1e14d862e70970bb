package io.github.hrsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's promise, held over the sources of every published module: everything thrown on
 * purpose extends {@code HrSyncException}, but the two programming errors ({@code
 * NullPointerException} for a null argument, {@code IllegalArgumentException} for an argument or
 * builder setting no call could accept). Read from the sources, so that a new {@code throw} or a
 * new {@code @throws} fails here before it reaches a user.
 *
 * <p>The test kit is left out on purpose: it is a stand-alone server for tests that depends on
 * nothing of the SDK, so its failures are the JDK's own.
 */
class ExceptionRootTest {
  private static final List<String> PUBLISHED = List.of("client-core", "jobticket-client",
      "hrfeed-client", "sync-core", "hrsync-ratebudget-jdbc", "hrsync-opentelemetry",
      "hrsync-roster-reader", "hrsync-cli", "hrsync-spring-boot-starter");
  /** The programming errors the README allows outside the root. */
  private static final Set<String> PROGRAMMING_ERRORS =
      Set.of("NullPointerException", "IllegalArgumentException");
  private static final Pattern THROW = Pattern.compile("throw new ([\\w.]+)\\s*\\(");
  private static final Pattern TYPE = Pattern.compile(
      "\\b(?:class|record)\\s+(\\w+)\\b[^{;]*?\\bextends\\s+([\\w.]+)");
  private static final Pattern THROWS_TAG = Pattern.compile("@throws\\s+([\\w.]+)");
  private static final Pattern METHOD = Pattern.compile("\\b(\\w+)\\s*\\([^;]*\\)\\s*"
      + "(?:throws [\\w., ]+)?\\{\\s*$");
  private static final Set<String> STATEMENTS =
      Set.of("if", "for", "while", "switch", "catch", "synchronized", "try");
  /** Checked exceptions: the compiler holds every method that lets one out to declaring it. */
  private static final Set<String> CHECKED =
      Set.of("IOException", "EOFException", "HttpTimeoutException", "SQLException");
  private static final Pattern PUBLIC_THROWS = Pattern.compile(
      "^\\s*public .*\\b(\\w+)\\s*\\([^)]*\\)\\s*throws ([\\w., ]+)\\{");

  private static final Map<String, String> SUPERCLASS = new HashMap<>();
  private static final List<Path> SOURCES = new ArrayList<>();

  @BeforeAll
  static void readSources() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    for (String module : PUBLISHED) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        files.filter(file -> file.toString().endsWith(".java")).forEach(SOURCES::add);
      }
    }
    for (Path source : SOURCES) {
      Matcher type = TYPE.matcher(read(source));
      while (type.find()) {
        SUPERCLASS.put(type.group(1), simpleName(type.group(2)));
      }
    }
    assertThat(SOURCES).as("the published modules' sources").hasSizeGreaterThan(150);
  }

  @Test
  void everyExceptionThrownOnPurposeExtendsHrSyncExceptionButTheProgrammingErrors() {
    List<String> outside = new ArrayList<>();
    for (Path source : SOURCES) {
      String text = read(source);
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher thrown = THROW.matcher(lines[i]);
        if (thrown.find() && !allowed(simpleName(thrown.group(1)), text, lines, i)) {
          outside.add(source.getFileName() + ":" + (i + 1) + " throws " + thrown.group(1));
        }
      }
    }
    assertThat(outside).as("throw sites outside HrSyncException").isEmpty();
  }

  @Test
  void everyDocumentedThrowsOfThePublicApiIsInTheRootOrAProgrammingErrorOrTheCallersOwn() {
    List<String> outside = new ArrayList<>();
    for (Path source : SOURCES) {
      if (source.toString().contains("/internal/")) {
        continue; // not an API: what it throws reaches a user only through a public method
      }
      String text = read(source);
      String[] lines = text.split("\n", -1);
      boolean anInterface = text.contains("public interface ");
      for (int i = 0; i < lines.length; i++) {
        Matcher tag = THROWS_TAG.matcher(lines[i]);
        if (tag.find() && api(declarationAfter(lines, i), anInterface)) {
          String type = simpleName(tag.group(1));
          boolean callersOwn = type.equals("InterruptedException") // the caller's interrupt
              || type.equals("UncheckedIOException"); // the caller's own Appendable or Writer
          if (!isHrSyncException(type) && !PROGRAMMING_ERRORS.contains(type) && !callersOwn) {
            outside.add(source.getFileName() + ":" + (i + 1) + " documents " + type);
          }
        }
      }
    }
    assertThat(outside).as("documented exceptions outside HrSyncException").isEmpty();
  }

  @Test
  void noPublicMethodOfTheApiDeclaresACheckedExceptionButAnInterruptOrCloseable() {
    List<String> declared = new ArrayList<>();
    for (Path source : SOURCES) {
      if (source.toString().contains("/internal/")) {
        continue;
      }
      String[] lines = read(source).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher signature = PUBLIC_THROWS.matcher(lines[i]);
        if (signature.find()) {
          for (String type : signature.group(2).split(",")) {
            String name = simpleName(type.strip());
            boolean closeable = signature.group(1).equals("close")
                && name.equals("IOException");
            if (!name.equals("InterruptedException") && !closeable) {
              declared.add(source.getFileName() + ":" + (i + 1) + " declares " + name);
            }
          }
        }
      }
    }
    assertThat(declared).as("checked exceptions a public method lets out").isEmpty();
  }

  @Test
  void theScanKnowsTheRootAndWhatIsOutsideIt() {
    assertThat(isHrSyncException("GuardRefusedException")).isTrue();
    assertThat(isHrSyncException("RateLimitException")).as("through ApiException").isTrue();
    assertThat(isHrSyncException("IllegalStateException")).isFalse();
    assertThat(allowed("IllegalStateException", "", new String[] {"x"}, 0)).isFalse();
    assertThat(allowed("UncheckedIOException", "", new String[] {
        "throw new UncheckedIOException(\"no cause\");"}, 0)).isFalse();
    assertThat(allowed("NoSuchElementException", "", new String[] {
        "  public T next() {", "    if (done) {", "      throw new NoSuchElementException();"}, 2))
        .isTrue();
    assertThat(allowed("NoSuchElementException", "", new String[] {
        "  public T value() {", "    throw new NoSuchElementException();"}, 1)).isFalse();
    Matcher signature = PUBLIC_THROWS.matcher("  public void load(Reader in) throws IOException {");
    assertThat(signature.find()).isTrue();
    assertThat(signature.group(2)).contains("IOException");
  }

  /**
   * Whether a throw site keeps the promise: the root, a programming error, an I/O failure passed
   * on as the JDK wraps it, an iterator's end, or a private signal the same file catches.
   */
  private static boolean allowed(String type, String file, String[] lines, int line) {
    if (isHrSyncException(type) || PROGRAMMING_ERRORS.contains(type)) {
      return true;
    }
    if (CHECKED.contains(type)) {
      return true; // inside the SDK, mapped before it leaves: see the public signatures' test
    }
    return switch (type) {
      // a caught IOException passed on unchanged in meaning (the caller's stream, a file)
      case "UncheckedIOException" -> lines[line].matches(".*\\((?:.*, )?e\\);\\s*$");
      // Iterator.next's own contract, past the end
      case "NoSuchElementException" -> "next".equals(enclosingMethod(lines, line));
      // a date parser's own contract, as java.time's parse (the reader names the row instead)
      case "DateTimeParseException" -> "parse".equals(enclosingMethod(lines, line));
      // the platform lacks what the Java specification guarantees (SHA-256)
      case "AssertionError" -> true;
      // a nested control-flow signal of the same file, caught there
      default -> file.contains("class " + type + " ") && file.contains("catch (" + type);
    };
  }

  private static boolean isHrSyncException(String type) {
    for (String at = type; at != null; at = SUPERCLASS.get(at)) {
      if (at.equals("HrSyncException")) {
        return true;
      }
    }
    return false;
  }

  /** The first line of code after the Javadoc comment a line is in. */
  private static String declarationAfter(String[] lines, int line) {
    int i = line;
    while (i < lines.length && !lines[i].contains("*/")) {
      i++;
    }
    for (i++; i < lines.length; i++) {
      String code = lines[i].strip();
      if (!code.isEmpty() && !code.startsWith("@")) {
        return code;
      }
    }
    return "";
  }

  /** Whether a declaration is part of the API: public, protected, or an interface's member. */
  private static boolean api(String declaration, boolean anInterface) {
    return declaration.startsWith("public ") || declaration.startsWith("protected ")
        || anInterface && !declaration.startsWith("private ") && !declaration.startsWith("static ");
  }

  /** The name of the method a line is in: the nearest declaration indented less. */
  private static String enclosingMethod(String[] lines, int line) {
    int indent = indent(lines[line]);
    for (int i = line - 1; i >= 0; i--) {
      Matcher method = METHOD.matcher(lines[i]);
      if (indent(lines[i]) < indent && method.find()
          && !STATEMENTS.contains(method.group(1))) {
        return method.group(1);
      }
    }
    return "";
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
