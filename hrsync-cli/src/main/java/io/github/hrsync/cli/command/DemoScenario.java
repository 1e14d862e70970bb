package io.github.hrsync.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Seeds the sandbox with what a real company's platforms look like before a sync: mostly in step
 * with the roster, with a little drift of every kind.
 *
 * <ul>
 *   <li>JobTicket: all but the last four roster rows, one with an old last name, and two
 *       leavers who are no longer in the roster.
 *   <li>HR Feed: all but the last six rows; a changed first name, mobile, unit and custom field;
 *       one inactive user who is back (rehire); one user without externalId matched by e-mail;
 *       the roster's leaver still active; two leavers missing from the roster; and an agency
 *       admin the sync must leave alone.
 * </ul>
 */
final class DemoScenario {
  private DemoScenario() {}

  static void seed(Sandbox sandbox, List<SourceEmployee> rows) {
    int n = rows.size();
    for (int i = 0; i < n - 4; i++) {
      SourceEmployee row = rows.get(i);
      sandbox.jobTicket().seed(row.hrId(), row.firstName(),
          i == 2 ? row.lastName() + "-Old" : row.lastName(), row.email(), row.dateOfBirth());
    }
    sandbox.jobTicket().seed("EMP-0901", "Left", "Company", "left.company@example.com", null);
    sandbox.jobTicket().seed("EMP-0902", "Moved", "Away", "moved.away@example.com", null);

    for (int i = 0; i < n - 6; i++) {
      ObjectNode user = user(rows.get(i));
      switch (i) {
        case 1 -> user.put("firstName", "Bjorn");
        case 4 -> user.put("mobile", "+46 70 000 00 00");
        case 6 -> user.putObject("unit").put("externalId", "DEPT-OLD");
        case 8 -> user.putArray("customFields").addObject().put("costCenter", "CC-999");
        case 11 -> user.put("isActive", false);
        default -> { }
      }
      seed(sandbox, user);
    }
    if (n >= 6) {
      SourceEmployee unlinked = rows.get(n - 6);
      seed(sandbox, user(unlinked).putNull("externalId")
          .put("email", unlinked.email().toUpperCase(Locale.ROOT)));
      seed(sandbox, user(rows.get(n - 1)));
    }
    seed(sandbox, leaver("EMP-0901", "Left", "Company", "left.company@example.com"));
    seed(sandbox, leaver("EMP-0902", "Moved", "Away", "moved.away@example.com"));
    seed(sandbox, leaver(null, "Agency", "Admin", "admin@travel-agency.example"));
  }

  @SuppressWarnings("unchecked")
  private static void seed(Sandbox sandbox, ObjectNode user) {
    sandbox.hrFeed().seed(new ObjectMapper().convertValue(user, java.util.Map.class));
  }

  /**
   * Seeds both APIs in step with the roster: every row on JobTicket and as an active HR Feed
   * user (what {@code hrsync sandbox --seed} starts from).
   */
  static void inStep(Sandbox sandbox, List<SourceEmployee> rows) {
    for (SourceEmployee row : rows) {
      sandbox.jobTicket().seed(row.hrId(), row.firstName(), row.lastName(), row.email(),
          row.dateOfBirth());
      seed(sandbox, user(row));
    }
  }

  private static ObjectNode user(SourceEmployee row) {
    ObjectNode user = JsonNodeFactory.instance.objectNode()
        .put("externalId", row.hrId()).put("firstName", row.firstName())
        .put("lastName", row.lastName()).put("middleName", row.middleName())
        .put("email", row.email()).put("mobile", row.mobile()).put("gender", row.gender())
        .put("countryCode", row.countryCode()).put("cultureCode", row.cultureCode())
        .put("isActive", true);
    if (row.unitExternalId() != null) {
      user.putObject("unit").put("externalId", row.unitExternalId());
    }
    var fields = user.putArray("customFields");
    row.customFields().forEach((name, value) -> fields.addObject().put(name, value));
    return user;
  }

  private static ObjectNode leaver(@Nullable String externalId, String first, String last, String email) {
    return JsonNodeFactory.instance.objectNode().put("externalId", externalId)
        .put("firstName", first).put("lastName", last).put("email", email).put("isActive", true);
  }
}
