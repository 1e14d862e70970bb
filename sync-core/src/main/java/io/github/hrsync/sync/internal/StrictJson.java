package io.github.hrsync.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.sync.plan.InvalidPlanException;
import java.util.Set;

/**
 * The checks a plan file's objects pass when read: exactly the fields they must have, each of its
 * type, every failure an {@link InvalidPlanException} naming where in the file.
 */
public final class StrictJson {
  private StrictJson() {}

  /**
   * Refuses an object with a field it must not have, or without one it must have.
   *
   * @param node the object
   * @param fields its fields
   * @param where where it is in the file
   */
  public static void exactFields(JsonNode node, Set<String> fields, String where) {
    knownFields(node, fields, where);
    for (String name : fields) {
      if (!node.has(name)) {
        throw new InvalidPlanException(where + ": field '" + name + "' is missing");
      }
    }
  }

  /**
   * Refuses an object with a field it must not have.
   *
   * @param node the object
   * @param fields the fields it may have
   * @param where where it is in the file
   */
  public static void knownFields(JsonNode node, Set<String> fields, String where) {
    if (!node.isObject()) {
      throw new InvalidPlanException(where + ": must be an object");
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!fields.contains(name)) {
        throw new InvalidPlanException(where + ": unknown field '" + name + "'");
      }
    });
  }

  /**
   * @param node an object
   * @param name a field it has
   * @param where where the object is in the file
   * @return the field's text
   */
  public static String textual(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new InvalidPlanException(where + "." + name + ": must be text");
    }
    return value.asText();
  }

  /**
   * @param node an object
   * @param name a field it has
   * @param where where the object is in the file
   * @return the field's text, or {@code null} when it is JSON {@code null}
   */
  public static @org.jspecify.annotations.Nullable String textOrNull(JsonNode node, String name,
      String where) {
    JsonNode value = node.get(name);
    if (value != null && value.isNull()) {
      return null;
    }
    return textual(node, name, where);
  }

  /**
   * @param node an object
   * @param name a field it has
   * @param where where the object is in the file
   * @return the field's whole number
   */
  public static int whole(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || !value.isInt()) {
      throw new InvalidPlanException(where + "." + name + ": must be a whole number");
    }
    return value.asInt();
  }
}
