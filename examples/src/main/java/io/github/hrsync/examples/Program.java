package io.github.hrsync.examples;

import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.sync.audit.RunLogException;
import io.github.hrsync.reader.MappingException;
import io.github.hrsync.reader.RosterReadException;
import io.github.hrsync.sync.roster.RosterValidationException;
import java.io.PrintStream;
import java.util.Arrays;

/** Runs an example: opens the targets, maps failures to a message and an exit code. */
final class Program {
  /** Exit code: done. */
  static final int OK = 0;
  /** Exit code: some operation failed. */
  static final int FAILED = 1;
  /** Exit code: bad arguments, roster or configuration. */
  static final int USAGE = 2;
  /** Exit code: the safety guard refused. */
  static final int REFUSED = 3;
  /** Exit code of a dry run with {@code --detailed-exitcode}: changes are present. */
  static final int CHANGES = 2;

  /** The body of an example. */
  @FunctionalInterface
  interface Body {
    int run(Targets targets, PrintStream out);
  }

  private Program() {}

  static int run(String title, String[] args, PrintStream out, Body body) {
    try (Targets targets = Targets.open(args, System.getenv())) {
      return run(title, targets, out, body);
    } catch (RosterReadException | MappingException e) {
      out.println("error: " + e.getMessage());
      return USAGE;
    } catch (IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
      return Arrays.asList(args).contains("--detailed-exitcode") ? FAILED : USAGE;
    }
  }

  @SuppressWarnings("try") // the SDK's log lines go to the output while the body runs
  static int run(String title, Targets targets, PrintStream out, Body body) {
    boolean verbose = targets.flag("verbose") != null;
    try (SdkLog log = SdkLog.to(out, verbose)) {
      out.println(title + " " + targets.describe());
      return body.run(targets, out);
    } catch (RosterValidationException e) {
      out.println("error: the roster has " + e.issues().size() + " problem(s); nothing was sent:");
      e.issues().forEach(issue -> out.println("  " + targets.where(issue.row())
          + (issue.hrId() == null || issue.hrId().isBlank() ? "" : ", hrId " + issue.hrId())
          + ": " + issue.field() + ": " + issue.message()));
      return USAGE;
    } catch (ApiException | RateBudgetException | RunLogException e) {
      out.println("error: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      out.println("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + (verbose ? "" : " (run again with --verbose for the details)"));
      if (verbose) {
        e.printStackTrace(out);
      }
      return FAILED;
    }
  }
}
