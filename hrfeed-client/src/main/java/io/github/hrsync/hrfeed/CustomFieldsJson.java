package io.github.hrsync.hrfeed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads the wire's custom-field array (or {@code null}) into {@link CustomFields}, losslessly. */
final class CustomFieldsJson {
  private CustomFieldsJson() {}

  /** The deserializer for {@link User#customFields()}. */
  static final class Reader extends StdDeserializer<CustomFields> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(CustomFields.class);
    }

    @Override
    public CustomFields deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Object wire = parser.readValueAs(Object.class);
      if (wire instanceof List<?> list) {
        return CustomFields.fromWire(list);
      }
      if (wire instanceof Map<?, ?> single) {
        return CustomFields.fromWire(List.of(single)); // one object instead of an array of one
      }
      return CustomFields.empty();
    }

    @Override
    public CustomFields getNullValue(DeserializationContext context) {
      return CustomFields.empty();
    }
  }
}
