package io.github.hrsync.jobticket;

import java.util.List;

/** The JSON envelopes of the API: {@code {data: ...}} and {@code {data: {data: [...], ...}}}. */
final class Envelopes {
  private Envelopes() {}

  record Single<T>(T data) {}

  record Listing<T>(ListData<T> data) {}

  record ListData<T>(List<T> data, int page, int perPage, int totalPages, long total) {
    ListData {
      data = data == null ? List.of() : data;
    }
  }
}
