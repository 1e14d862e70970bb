package io.github.hrsync.reader.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A YAML (or JSON, which is YAML) document read into a small tree whose every node knows the
 * line it was written on, so that a mapping's errors can name it. A key written twice in one
 * object is an error naming its line.
 */
public final class LocatedYaml {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final int MAX_DEPTH = 16;
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  private LocatedYaml() {}

  /**
   * A node: text (a scalar, {@code null} for YAML null), a list or a map, and its line.
   *
   * @param value a {@code String}, a {@code List<Node>}, a {@code Map<String, Node>} or null
   * @param line the line it starts on, from 1
   */
  public record Node(@Nullable Object value, int line) {

    /** @return the map, or null when this is not one */
    @SuppressWarnings("unchecked")
    public @Nullable Map<String, Node> map() {
      return value instanceof Map<?, ?> map ? (Map<String, Node>) map : null;
    }

    /** @return the list, or null when this is not one */
    @SuppressWarnings("unchecked")
    public @Nullable List<Node> list() {
      return value instanceof List<?> list ? (List<Node>) list : null;
    }

    /** @return the text, or null when this is not a scalar */
    public @Nullable String text() {
      return value instanceof String text ? text : null;
    }
  }

  /**
   * @param text the document
   * @return its root node
   * @throws IllegalArgumentException naming the line, when the text is not YAML or repeats a key
   * @throws IOException when reading fails
   */
  public static Node read(Reader text) throws IOException {
    try (JsonParser parser = YAML.createParser(text)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (parser.nextToken() == null) {
        return new Node(new LinkedHashMap<String, Node>(), 1);
      }
      return node(parser, 0);
    } catch (JsonParseException e) {
      String why = e.getOriginalMessage().lines().findFirst().orElse("not YAML");
      Matcher duplicate = DUPLICATE.matcher(why);
      throw new IllegalArgumentException("line " + e.getLocation().getLineNr() + ": "
          + (duplicate.find() ? "'" + duplicate.group(1) + "' is written twice in one place "
              + "(a field mapped twice?); keep one" : why));
    }
  }

  private static Node node(JsonParser parser, int depth) throws IOException {
    int line = parser.currentLocation().getLineNr();
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("line " + line + ": nested deeper than " + MAX_DEPTH);
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Node> map = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        map.put(key, node(parser, depth + 1));
      }
      return new Node(Collections.unmodifiableMap(map), line);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> list = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        list.add(node(parser, depth + 1));
      }
      return new Node(Collections.unmodifiableList(list), line);
    }
    return new Node(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
  }
}
