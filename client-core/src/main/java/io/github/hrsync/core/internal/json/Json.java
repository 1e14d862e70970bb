package io.github.hrsync.core.internal.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapper of the SDK: ISO dates as text, unknown properties and enum values
 * tolerated, dates never shifted to a time zone; {@code null} for a primitive field, and a
 * missing field marked {@code required}, are errors rather than 0, and a fraction where a whole
 * number belongs is an error rather than cut down. Thread-safe.
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      // a number the model needs is never made up: null for an int is an error, not 0
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      // nor is an id cut down from a fraction: 4.7 is not employee 4
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  private Json() {}

  /** @return the shared mapper; never reconfigure it */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
