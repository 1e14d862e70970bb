package io.github.hrsync.cli;

import io.github.hrsync.cli.command.Console;
import io.github.hrsync.cli.command.HrsyncCommand;

/**
 * {@code hrsync}, the operator's tool: {@code plan}, {@code apply}, {@code history},
 * {@code check}, {@code sandbox}, {@code demo}, configured by {@code hrsync.yaml}. Run it from the
 * distribution ({@code bin/hrsync}) or as {@code java -cp ... io.github.hrsync.cli.Hrsync}.
 * Exit codes: 0 done or no changes, 1 a target failed or a plan was stale, 2 bad input, 3 a guard
 * refused.
 */
public final class Hrsync {
  private Hrsync() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line ({@code hrsync help} lists the commands)
   */
  public static void main(String[] args) {
    System.exit(HrsyncCommand.run(Console.system(), args));
  }
}
