package io.github.hrsync.jobticket;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Page size, sorting and filters of a list call. {@code perPage} is the size of each page (1 to
 * 100, default 100: the largest page spends the fewest requests of the rate limit), never a total.
 *
 * <p>The allowed {@code sortField} values and the filter parameter names are not published; they
 * are passed to the API exactly as given. Immutable.
 */
public final class ListOptions {
  /** The largest page the API serves. */
  public static final int MAX_PER_PAGE = 100;

  private static final ListOptions DEFAULTS = builder().build();

  private final int perPage;
  private final @Nullable String sortField;
  private final @Nullable SortOrder sortOrder;
  private final Map<String, String> filters;

  private ListOptions(Builder builder) {
    this.perPage = builder.perPage;
    this.sortField = builder.sortField;
    this.sortOrder = builder.sortOrder;
    this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.filters));
  }

  /** @return 100 items per page, server order, no filters */
  public static ListOptions defaults() {
    return DEFAULTS;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the page size */
  public int perPage() {
    return perPage;
  }

  /** @return the sort field, if set */
  public @Nullable String sortField() {
    return sortField;
  }

  /** @return the sort order, if set */
  public @Nullable SortOrder sortOrder() {
    return sortOrder;
  }

  /** @return extra query parameters, in order */
  public Map<String, String> filters() {
    return filters;
  }

  Map<String, String> query(int page) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("page", Integer.toString(page));
    query.put("perPage", Integer.toString(perPage));
    if (sortField != null) {
      query.put("sortField", sortField);
    }
    if (sortOrder != null) {
      query.put("sortOrder", sortOrder.wireValue());
    }
    query.putAll(filters);
    return query;
  }

  @Override
  public String toString() {
    return "ListOptions[perPage=" + perPage + ", sortField=" + sortField + ", sortOrder="
        + sortOrder + ", filters=" + filters + "]";
  }

  /** Builds {@link ListOptions}. Not thread-safe. */
  public static final class Builder {
    private int perPage = MAX_PER_PAGE;
    private @Nullable String sortField;
    private @Nullable SortOrder sortOrder;
    private final Map<String, String> filters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param perPage items per page, 1 to 100
     * @return this builder
     * @throws IllegalArgumentException outside 1 to 100
     */
    public Builder perPage(int perPage) {
      if (perPage < 1 || perPage > MAX_PER_PAGE) {
        throw new IllegalArgumentException(
            "perPage must be between 1 and " + MAX_PER_PAGE + ", was " + perPage);
      }
      this.perPage = perPage;
      return this;
    }

    /**
     * @param sortField the field to sort by, as the API names it
     * @return this builder
     */
    public Builder sortField(String sortField) {
      this.sortField = requireText(sortField, "sortField");
      return this;
    }

    /**
     * @param sortOrder the direction
     * @return this builder
     */
    public Builder sortOrder(SortOrder sortOrder) {
      this.sortOrder = Objects.requireNonNull(sortOrder, "sortOrder");
      return this;
    }

    /**
     * Adds a filter query parameter (for example an e-mail filter of List Employees).
     *
     * @param name the parameter name
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException for a name the client sets itself
     */
    public Builder filter(String name, String value) {
      requireText(name, "filter name");
      if (name.equals("page") || name.equals("perPage") || name.equals("sortField")
          || name.equals("sortOrder")) {
        throw new IllegalArgumentException("'" + name + "' is not a filter; use its own option");
      }
      filters.put(name, Objects.requireNonNull(value, "filter value"));
      return this;
    }

    /** @return the options */
    public ListOptions build() {
      return new ListOptions(this);
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
