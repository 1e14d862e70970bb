package io.github.hrsync.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened to each target in one run, said once at the end, and the exit code it makes:
 * 1 when a target failed, else 3 when a guard refused, else 0 (with {@code --detailed-exitcode}
 * a dry run exits 2 when it found changes, like {@code terraform plan}).
 */
final class RunSummary {
  /** The end of one target's part of a run. */
  enum Verdict {
    /** Sent or applied. */
    DONE,
    /** A dry run found changes and the guard would let them through. */
    WOULD_CHANGE,
    /** Nothing to change. */
    NO_CHANGES,
    /** A guard refused; nothing was sent to this target. */
    REFUSED,
    /** A call failed (after the SDK's retries, where a retry was allowed). */
    FAILED,
    /** The target was not configured. */
    SKIPPED
  }

  private record Line(String target, Verdict verdict, String text) {}

  private final List<Line> lines = new ArrayList<>();

  void add(String target, Verdict verdict, String text) {
    lines.add(new Line(target, verdict, text));
  }

  void print(PrintStream out) {
    out.println("\n== Summary ==");
    for (Line line : lines) {
      out.println("  " + line.target() + ": " + line.text());
    }
  }

  int exitCode(boolean detailed) {
    if (has(Verdict.FAILED)) {
      return Program.FAILED;
    }
    if (has(Verdict.REFUSED)) {
      return Program.REFUSED;
    }
    return detailed && has(Verdict.WOULD_CHANGE) ? Program.CHANGES : Program.OK;
  }

  private boolean has(Verdict verdict) {
    return lines.stream().anyMatch(line -> line.verdict() == verdict);
  }
}
