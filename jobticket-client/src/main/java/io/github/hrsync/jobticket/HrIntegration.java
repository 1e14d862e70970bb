package io.github.hrsync.jobticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An HR integration: the target of {@link JobTicketClient#triggerSync}. The documentation does
 * not publish its schema, so besides the id every field the API sends is kept in
 * {@link #attributes()}; {@link #status()} reads a {@code status} field when there is one (the
 * portal shows states such as {@code INITIAL SYNC PENDING}).
 *
 * @param id the integration id, the {@code {id}} of the sync endpoint
 * @param attributes every field of the resource as sent, in order (JSON objects as maps, arrays
 *     as lists, numbers as {@code Long}/{@code Integer} or {@code BigDecimal})
 */
public record HrIntegration(long id, Map<String, @Nullable Object> attributes) {

  /**
   * Copies the attributes, keeping their order.
   *
   * @param id the integration id, the {@code {id}} of the sync endpoint
   * @param attributes every field of the resource as sent, in order (JSON objects as maps, arrays
   *     as lists, numbers as {@code Long}/{@code Integer} or {@code BigDecimal})
   */
  public HrIntegration {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static HrIntegration fromJson(Map<String, @Nullable Object> fields) {
    Object id = fields.get("id");
    if (!(id instanceof Number) && !(id instanceof String)) {
      throw new IllegalArgumentException("HR integration without an id: " + fields.keySet());
    }
    return new HrIntegration(Long.parseLong(id.toString()), fields);
  }

  /** @return the {@code status} field as text, if the API sends one */
  public @Nullable String status() {
    Object status = attributes.get("status");
    return status == null ? null : status.toString();
  }

  /** @return the {@code name} field as text, if the API sends one */
  public @Nullable String name() {
    Object name = attributes.get("name");
    return name == null ? null : name.toString();
  }
}
