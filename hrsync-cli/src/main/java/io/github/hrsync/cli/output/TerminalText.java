package io.github.hrsync.cli.output;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Output for a terminal that shows text read from elsewhere (a run log, a server) as text: a
 * control character, an escape sequence's start, a C1 control or a bidirectional override in it
 * is printed as {@code \\uXXXX}, so that it can neither move the cursor, recolour the screen nor
 * reorder what a person reads. Line breaks the program itself prints stay line breaks.
 */
public final class TerminalText extends PrintStream {

  public TerminalText(PrintStream out) {
    super(out, true, StandardCharsets.UTF_8);
  }

  @Override
  public void print(String text) {
    super.print(escaped(String.valueOf(text)));
  }

  public static String escaped(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f
          || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
      safe.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return safe.toString();
  }
}
