package io.github.hrsync.jobticket;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON envelopes of the API: {@code {data: ...}} and {@code {data: {data: [...], ...}}}. */
final class Envelopes {
  private Envelopes() {}

  record Single<T>(T data) {}

  record Listing<T>(ListData<T> data) {}

  /**
   * One page of a listing. The fields the completeness checks rely on ({@code page},
   * {@code totalPages}, {@code total}) are required and never null: a page without them is an
   * {@code UnexpectedResponseException} naming the field, never read as 0 (a listing that stopped
   * after page 1 would make a roster replace offboard everybody on the pages not read).
   */
  record ListData<T>(
      List<T> data,
      @JsonProperty(required = true) int page,
      @Nullable Integer perPage,
      @JsonProperty(required = true) int totalPages,
      @JsonProperty(required = true) long total) {
    ListData {
      data = data == null ? List.of() : data;
    }
  }
}
