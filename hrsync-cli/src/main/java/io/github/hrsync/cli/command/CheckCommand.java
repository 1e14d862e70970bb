package io.github.hrsync.cli.command;

import io.github.hrsync.cli.config.CliConfig;
import io.github.hrsync.cli.config.ConfigException;
import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.reader.MappedRoster;
import io.github.hrsync.sync.plan.Target;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hrsync check}: reads the config, the roster through its mapping and each target with
 * one read, and reports every problem at once, without planning. Prints the effective
 * configuration, credentials as ***.
 */
@Command(name = "check", description = "Checks the config, the roster and its mapping, and "
    + "reaches each target with one read; plans nothing. Exit 0 all well, 2 a config or "
    + "roster problem, 1 a target not reached.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable HrsyncCommand hrsync;

  @Mixin
  SyncOptions options = new SyncOptions();

  @Override
  public Integer call() {
    HrsyncCommand parent = PlanCommand.parent(hrsync);
    Console console = parent.console();
    PrintStream out = parent.text();
    CliConfig config = options.config(console);
    out.print(config.describe());
    List<String> problems = new ArrayList<>();
    List<String> unreached = new ArrayList<>();
    check(problems, "roster", () -> {
      MappedRoster roster = Wiring.roster(config);
      return roster.roster().size() + " rows read and valid"
          + (roster.outOfScope(Target.JOBTICKET) + roster.outOfScope(Target.HR_FEED) > 0
              ? " (out of scope: " + roster.outOfScope(Target.JOBTICKET) + " for JobTicket, "
                  + roster.outOfScope(Target.HR_FEED) + " for the HR Feed)" : "");
    }, out);
    if (config.jobTicket() == null && config.hrFeed() == null) {
      problems.add("no target: configure jobticket and/or hrfeed in hrsync.yaml (or pass "
          + "--jobticket-url/--hrfeed-url)");
    }
    RateBudgetStore budgets = FileRateBudgetStore.in(config.rateBudgetDir());
    CliConfig.JobTicketTarget jobTicket = config.jobTicket();
    if (jobTicket != null) {
      check(problems, "jobticket", () -> {
        var client = Wiring.jobTicket(jobTicket, console, budgets);
        return reach(unreached, "jobticket", () -> "integration " + jobTicket.integrationId()
            + " reached: " + client.getHrIntegration(jobTicket.integrationId()).status());
      }, out);
    }
    CliConfig.HrFeedTarget hrFeed = config.hrFeed();
    if (hrFeed != null) {
      check(problems, "hrfeed", () -> {
        var client = Wiring.hrFeed(hrFeed, console, budgets);
        return reach(unreached, "hrfeed", () -> "reached: "
            + client.listUsers(1).pages().iterator().next().totalItems() + " users");
      }, out);
    }
    problems.forEach(problem -> console.err().println("error: " + problem));
    unreached.forEach(problem -> console.err().println("error: " + problem));
    return !problems.isEmpty() ? ExitCode.USAGE
        : !unreached.isEmpty() ? ExitCode.FAILED : ExitCode.OK;
  }

  /** One check: its line when it passes, its problems kept when its input is wrong. */
  private static void check(List<String> problems, String what,
      Supplier<@Nullable String> step, PrintStream out) {
    try {
      String passed = step.get();
      if (passed != null) {
        out.println("ok " + what + ": " + passed);
      }
    } catch (ConfigException e) {
      problems.addAll(e.problems());
    } catch (HrSyncException e) {
      problems.add(what + ": " + e.getMessage());
    }
  }

  /** A read of a target: a failure to reach it is kept apart from a wrong input. */
  private static @Nullable String reach(List<String> unreached, String what,
      Supplier<String> read) {
    try {
      return read.get();
    } catch (HrSyncException e) {
      unreached.add(what + ": " + e.getMessage());
      return null;
    }
  }
}
