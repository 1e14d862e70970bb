package io.github.hrsync.hrfeed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the wire's custom-field array (or {@code null}) into {@link CustomFields}, losslessly, as
 * long as it stays within {@link CustomFields#MAX_VALUES} values, {@link CustomFields#MAX_DEPTH}
 * levels of nesting and {@link CustomFields#MAX_TEXT} characters of names and text. Past any of
 * them the rest is skipped token by token, keeping nothing, and the user's custom fields read as
 * {@linkplain CustomFields#isUnreadable() unreadable}: one hostile user costs memory in
 * proportion to the limits, not to its size, and cannot fail the page it came on.
 */
final class CustomFieldsJson {
  private CustomFieldsJson() {}

  /**
   * Writes {@link User#customFields()} back as the wire's array (a snapshot of what the server
   * holds). Fields the SDK did not read ({@link CustomFields#isUnreadable()}) are written as
   * {@code null}: nothing of them was kept.
   */
  static final class Writer extends com.fasterxml.jackson.databind.ser.std.StdSerializer<CustomFields> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(CustomFields.class);
    }

    @Override
    public void serialize(CustomFields fields, com.fasterxml.jackson.core.JsonGenerator json,
        com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
      if (fields.isUnreadable()) {
        json.writeNull();
      } else {
        provider.defaultSerializeValue(fields.toWire(), json);
      }
    }
  }

  /** The deserializer for {@link User#customFields()}. */
  static final class Reader extends StdDeserializer<CustomFields> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(CustomFields.class);
    }

    @Override
    public CustomFields deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken first = parser.currentToken();
      if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return CustomFields.empty();
      }
      JsonStreamContext outer = parser.getParsingContext().getParent();
      Limits limits = new Limits();
      try {
        Object wire = read(parser, 0, limits);
        return wire instanceof List<?> list ? CustomFields.fromWire(list)
            : CustomFields.fromWire(List.of(wire)); // one object instead of an array of one
      } catch (TooLarge tooLarge) {
        skipRest(parser, outer);
        return CustomFields.unreadable(tooLarge.limit);
      }
    }

    @Override
    public CustomFields getNullValue(DeserializationContext context) {
      return CustomFields.empty();
    }
  }

  /** What one user's custom fields have used of the limits so far. */
  private static final class Limits {
    private int values;
    private long text;

    void count(int depth, long characters) throws TooLarge {
      if (++values > CustomFields.MAX_VALUES) {
        throw new TooLarge("more than " + CustomFields.MAX_VALUES + " values");
      }
      if (depth > CustomFields.MAX_DEPTH) {
        throw new TooLarge("nested deeper than " + CustomFields.MAX_DEPTH + " levels");
      }
      text += characters;
      if (text > CustomFields.MAX_TEXT) {
        throw new TooLarge("more than " + CustomFields.MAX_TEXT + " characters of text");
      }
    }
  }

  /** A limit was passed; the message says which, and nothing of the content. */
  private static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;
    private final String limit;

    TooLarge(String limit) {
      super(limit, null, false, false);
      this.limit = limit;
    }
  }

  private static @Nullable Object read(JsonParser parser, int depth, Limits limits)
      throws IOException, TooLarge {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_ARRAY -> {
        limits.count(depth, 0);
        List<@Nullable Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(parser, depth + 1, limits));
        }
        return Collections.unmodifiableList(list);
      }
      case START_OBJECT -> {
        limits.count(depth, 0);
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          limits.count(depth + 1, name.length());
          parser.nextToken();
          map.put(name, read(parser, depth + 1, limits));
        }
        return Collections.unmodifiableMap(map);
      }
      case VALUE_STRING -> {
        limits.count(depth, parser.getTextLength());
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        limits.count(depth, 0);
        return parser.getNumberValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        limits.count(depth, 0);
        return parser.getDecimalValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        limits.count(depth, 0);
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        limits.count(depth, 0);
        return null;
      }
      default -> throw new IOException("unexpected " + token + " in customFields");
    }
  }

  /** Skips, keeping nothing, to the end of the custom-field value the reader had started. */
  private static void skipRest(JsonParser parser, JsonStreamContext outer) throws IOException {
    while (true) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
        parser.skipChildren();
      }
      if (parser.getParsingContext() == outer) {
        return;
      }
      if (parser.nextToken() == null) {
        throw new EOFException("the body ended inside customFields");
      }
    }
  }
}
