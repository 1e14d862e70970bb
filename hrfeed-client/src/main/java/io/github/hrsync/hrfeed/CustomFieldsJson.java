package io.github.hrsync.hrfeed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that converts custom fields between the SDK's name-to-value map and the wire's
 * array of single-key objects: {@code [{"costCenter":"CC-100"},{"employeeNumber":"12345"}]}.
 * Values are text; numbers and booleans the server sends are read as their text. When the server
 * repeats a name, the last value wins.
 */
final class CustomFieldsJson {
  private CustomFieldsJson() {}

  /** The wire array of a name-to-value map, in map order. */
  static List<Map<String, String>> toWire(Map<?, ?> fields) {
    List<Map<String, String>> wire = new ArrayList<>(fields.size());
    fields.forEach((name, value) -> wire.add(Map.of(name.toString(), value.toString())));
    return wire;
  }

  /** Reads the wire array (or {@code null}) as an ordered, unmodifiable map. */
  static final class Reader extends StdDeserializer<Map<String, String>> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Map.class);
    }

    @Override
    public Map<String, String> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonNode array = parser.readValueAsTree();
      Map<String, String> fields = new LinkedHashMap<>();
      if (array != null && array.isArray()) {
        for (JsonNode item : array) {
          item.properties().forEach(field -> {
            if (!field.getValue().isNull()) {
              fields.put(field.getKey(), field.getValue().asText());
            }
          });
        }
      }
      return Collections.unmodifiableMap(fields);
    }

    @Override
    public Map<String, String> getNullValue(DeserializationContext context) {
      return Map.of();
    }
  }
}
