package io.github.hrsync.examples;

import io.github.hrsync.core.Page;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.ListOptions;
import java.io.PrintStream;

/** Lists JobTicket employees and HR Feed users page by page, then item by item as a stream. */
public final class ListRecords {
  private ListRecords() {}

  /**
   * Lists the records.
   *
   * @param args optional flags (see {@link Targets})
   */
  public static void main(String[] args) {
    System.exit(Program.run("hrsync list", args, System.out, ListRecords::run));
  }

  static int run(Targets targets, PrintStream out) {
    if (targets.jobTicket() != null) {
      out.println("\n== JobTicket employees, 20 per page ==");
      for (Page<Employee> page : targets.jobTicket()
          .listEmployees(ListOptions.builder().perPage(20).build()).pages()) {
        out.println("page " + page.number() + ": " + page.items().size() + " of "
            + page.totalItems());
      }
      targets.jobTicket().listEmployees().stream().limit(5).forEach(e -> out.println("  "
          + e.id() + " " + e.firstName() + " " + e.lastName() + " <" + e.email() + ">"));
    }
    if (targets.hrFeed() != null) {
      out.println("\n== HR Feed users, 20 per page ==");
      for (Page<User> page : targets.hrFeed().listUsers(20).pages()) {
        out.println("page " + page.number() + ": " + page.items().size() + " of "
            + page.totalItems());
      }
      targets.hrFeed().listUsers().stream().limit(5).forEach(u -> out.println("  " + u.id()
          + " " + u.externalId() + " " + u.firstName() + " " + u.lastName()
          + (u.active() ? "" : " (inactive)")));
    }
    return Program.OK;
  }
}
