package com.example.consumer;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.List;

/** Builds both clients and a validated roster through the exported API only. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Roster roster = Roster.of(List.of(
        SourceEmployee.builder("E1", "Anna", "Andersson", "anna@example.com").build()));
    JobTicketClient jobTicket = JobTicketClient.builder()
        .credentials("key-id", Secret.of("key-secret")).build();
    HrFeedClient hrFeed = HrFeedClient.builder().agencyDomain("agency.example")
        .token(Secret.of("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")).build();
    System.out.println("module path OK: " + roster + ", " + jobTicket + ", " + hrFeed + ", "
        + PlanOptions.defaults().describe());
  }
}
