package io.github.hrsync.sync.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.JobTicketClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes what the two APIs hold, as the clients list it, into the snapshot format the test kit's
 * {@code Sandbox.load} reads: {@code {"format": "hrsync.sandbox-snapshot.v1", "jobTicket":
 * {"employees": [...]}, "hrFeed": {"users": [...]}}}, each record in the API's own shape. Streamed:
 * one record at a time, whatever the size. With {@link Scrubbing#withSalt}, personal data is
 * replaced by stable fakes; apply the same scrubbing to the roster to reproduce the plan.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("account.snapshot.json"))) {
 *   Snapshot.write(jobTicket, hrFeed, Scrubbing.withSalt(secret), out);
 * }
 * // later, offline: sandbox.load(reader); plan Scrubbing.withSalt(secret).roster(roster)
 * }</pre>
 */
public final class Snapshot {
  /** The format the file names. */
  public static final String FORMAT = "hrsync.sandbox-snapshot.v1";

  private Snapshot() {}

  /**
   * Lists both APIs (either may be left out) and writes the snapshot.
   *
   * @param jobTicket the JobTicket client, or {@code null} for none
   * @param hrFeed the HR Feed client, or {@code null} for none
   * @param scrubbing how personal data is written
   * @param out where to write; not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void write(@Nullable JobTicketClient jobTicket, @Nullable HrFeedClient hrFeed,
      Scrubbing scrubbing, Writer out) {
    Objects.requireNonNull(scrubbing, "scrubbing");
    try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeObjectFieldStart("jobTicket");
      json.writeArrayFieldStart("employees");
      if (jobTicket != null) {
        for (Employee employee : jobTicket.listEmployees()) {
          json.writeObject(scrubbed(employee, scrubbing));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeObjectFieldStart("hrFeed");
      json.writeArrayFieldStart("users");
      if (hrFeed != null) {
        for (User user : hrFeed.listUsers()) {
          json.writeObject(scrubbed(user, scrubbing));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Employee scrubbed(Employee e, Scrubbing scrubbing) {
    if (scrubbing == Scrubbing.none()) {
      return e;
    }
    return new Employee(e.id(), scrubbing.name(e.firstName()), scrubbing.name(e.lastName()),
        scrubbing.email(e.email()), scrubbing.birthDate(e.dateOfBirth()), null, e.resource(),
        e.subscription(), e.plan(), e.ticket(), e.hrIntegrationLinks(), e.links());
  }

  private static User scrubbed(User u, Scrubbing scrubbing) {
    if (scrubbing == Scrubbing.none()) {
      return u;
    }
    return new User(u.id(), u.externalId(), scrubbing.name(u.firstName()),
        scrubbing.name(u.lastName()), scrubbing.name(u.middleName()), scrubbing.email(u.email()),
        scrubbing.mobile(u.mobile()), u.gender(), u.countryCode(), u.cultureCode(), u.isActive(),
        u.unit(), u.customFields());
  }
}
