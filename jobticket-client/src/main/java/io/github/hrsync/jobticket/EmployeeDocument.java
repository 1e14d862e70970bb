package io.github.hrsync.jobticket;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of an employee document, such as a monthly transit invoice. The file itself comes from
 * {@link JobTicketClient#downloadDocument(long)}, and only when {@link #downloadable()} is true.
 *
 * @param id the document id
 * @param employeeId the id of the employee it belongs to
 * @param documentName the display name
 * @param documentFileType the file type, such as {@code pdf}
 * @param downloadable whether the file can be downloaded
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param resource the resource discriminator, {@code employee-document}
 * @param links HAL links by relation ({@code self}, {@code employee})
 */
public record EmployeeDocument(
    @JsonProperty(required = true) long id,
    @JsonProperty(required = true) long employeeId,
    @Nullable String documentName,
    @Nullable String documentFileType,
    boolean downloadable,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable String resource,
    @JsonProperty("_links") Map<String, Link> links) {

  /**
   * Treats missing links as none.
   *
   * @param id the document id
   * @param employeeId the id of the employee it belongs to
   * @param documentName the display name
   * @param documentFileType the file type, such as {@code pdf}
   * @param downloadable whether the file can be downloaded
   * @param createdAt when it was created
   * @param updatedAt when it was last updated
   * @param resource the resource discriminator, {@code employee-document}
   * @param links HAL links by relation ({@code self}, {@code employee})
   */
  public EmployeeDocument {
    links = links == null ? Map.of() : Map.copyOf(links);
  }

  /**
   * @return the ids and the file type; never a person's name, e-mail, date of birth, mobile or
   *     field value
   */
  @Override
  public String toString() {
    return "EmployeeDocument[id=" + id + ", employeeId=" + employeeId + ", type="
        + documentFileType + ", downloadable=" + downloadable + "]";
  }
}
