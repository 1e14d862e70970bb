package io.github.hrsync.jobticket;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JobTicket employee with subscription, plan, current ticket and HR-integration links.
 *
 * @param id the JobTicket employee id; required (a record without it, or with {@code null},
 *     is an {@code UnexpectedResponseException} naming it, never employee 0)
 * @param firstName first name
 * @param lastName last name
 * @param email e-mail address
 * @param dateOfBirth date of birth
 * @param profileImage profile image, if any
 * @param resource the resource discriminator, {@code employee}
 * @param subscription the subscription, if any
 * @param plan the plan, if any
 * @param ticket the current ticket, if any
 * @param hrIntegrationLinks the HR-integration links; read from the API's key
 *     {@code hrIntergartionLinks} (sic), or {@code hrIntegrationLinks} should the API correct it
 * @param links HAL links by relation ({@code self}, {@code employeeDocuments})
 */
public record Employee(
    @JsonProperty(required = true) long id,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String email,
    @Nullable LocalDate dateOfBirth,
    @Nullable String profileImage,
    @Nullable String resource,
    @Nullable Subscription subscription,
    @Nullable Plan plan,
    @Nullable Ticket ticket,
    @JsonProperty("hrIntergartionLinks") @JsonAlias("hrIntegrationLinks")
        List<HrIntegrationLink> hrIntegrationLinks,
    @JsonProperty("_links") Map<String, Link> links) {

  /**
   * Treats missing lists and maps as empty.
   *
   * @param id the JobTicket employee id; required (a record without it, or with {@code null}, is an
   *     {@code UnexpectedResponseException} naming it, never employee 0)
   * @param firstName first name
   * @param lastName last name
   * @param email e-mail address
   * @param dateOfBirth date of birth
   * @param profileImage profile image, if any
   * @param resource the resource discriminator, {@code employee}
   * @param subscription the subscription, if any
   * @param plan the plan, if any
   * @param ticket the current ticket, if any
   * @param hrIntegrationLinks the HR-integration links; read from the API's key {@code
   *     hrIntergartionLinks} (sic), or {@code hrIntegrationLinks} should the API correct it
   * @param links HAL links by relation ({@code self}, {@code employeeDocuments})
   */
  public Employee {
    hrIntegrationLinks = hrIntegrationLinks == null ? List.of() : List.copyOf(hrIntegrationLinks);
    links = links == null ? Map.of() : Map.copyOf(links);
  }

  /**
   * The link of this employee to one HR integration.
   *
   * @param hrIntegrationId the integration id
   * @return the link, if the employee is linked to that integration
   */
  public Optional<HrIntegrationLink> hrIntegrationLink(long hrIntegrationId) {
    // a loop, not a stream: a preview asks this of every one of 100,000s of employees
    for (int i = 0; i < hrIntegrationLinks.size(); i++) {
      HrIntegrationLink link = hrIntegrationLinks.get(i);
      Long id = link.hrIntegrationId();
      if (id != null && id == hrIntegrationId) {
        return Optional.of(link);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether JobTicket has already offboarded this employee, so that a roster replace leaving
   * them out removes nobody: the subscription's status is one that ends it
   * ({@link SubscriptionStatus#isEnded()}), or its {@code cancelledAt} is on or before
   * {@code today}. An employee with no subscription, or one in a status the SDK does not know, is
   * taken as current: the strict reading for a removal guard.
   *
   * @param today the current date
   * @return whether the employee is offboarded
   */
  public boolean isOffboarded(LocalDate today) {
    Subscription current = subscription;
    if (current == null) {
      return false;
    }
    if (current.status() != null && current.status().isEnded()) {
      return true;
    }
    return current.cancelledAt() != null && !current.cancelledAt().isAfter(today);
  }

  /**
   * @return the id and HR ids; never a person's name, e-mail, date of birth, mobile or field
   *     value
   */
  @Override
  public String toString() {
    return "Employee[id=" + id + ", hrIds=" + hrIntegrationLinks.stream()
        .map(HrIntegrationLink::hrId).toList() + "]";
  }
}
