package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.internal.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.core.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads error bodies leniently: neither API documents one shape for all errors, so the message
 * is taken from the first of {@code message}, {@code error} (text or {@code error.message}),
 * {@code detail}, {@code title}, and field errors from {@code errors}, {@code details},
 * {@code fieldErrors} or {@code error.details}, as arrays of objects or as objects of field to
 * message(s). Anything else leaves the raw body as the only detail.
 */
final class ErrorBodies {
  private static final String[] FIELD_KEYS = {"field", "path", "property", "name", "key"};
  private static final String[] MESSAGE_KEYS = {"message", "msg", "error", "detail", "reason"};

  private ErrorBodies() {}

  static @Nullable JsonNode parse(@Nullable String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = Json.mapper().readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  static @Nullable String message(@Nullable JsonNode body) {
    if (body == null) {
      return null;
    }
    JsonNode error = body.path("error");
    for (JsonNode candidate : List.of(body.path("message"), error, error.path("message"),
        body.path("detail"), body.path("title"))) {
      if (candidate.isTextual() && !candidate.asText().isBlank()) {
        return candidate.asText();
      }
    }
    return null;
  }

  static List<FieldError> fieldErrors(@Nullable JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    if (body == null) {
      return errors;
    }
    for (JsonNode container : List.of(body.path("errors"), body.path("details"),
        body.path("fieldErrors"), body.path("error").path("details"))) {
      if (container.isArray()) {
        container.forEach(item -> addItem(item, errors));
      } else if (container.isObject()) {
        container.properties().forEach(entry -> addMessages(entry.getKey(),
            entry.getValue(), errors));
      }
    }
    return errors;
  }

  private static void addItem(JsonNode item, List<FieldError> errors) {
    if (item.isTextual()) {
      errors.add(new FieldError("", item.asText()));
      return;
    }
    String field = firstText(item, FIELD_KEYS);
    String message = firstText(item, MESSAGE_KEYS);
    if (message != null || field != null) {
      errors.add(new FieldError(field == null ? "" : field, message == null ? "" : message));
    }
  }

  private static void addMessages(String field, JsonNode value, List<FieldError> errors) {
    if (value.isArray()) {
      value.forEach(message -> errors.add(new FieldError(field, message.asText())));
    } else if (value.isValueNode()) {
      errors.add(new FieldError(field, value.asText()));
    } else {
      String message = firstText(value, MESSAGE_KEYS);
      errors.add(new FieldError(field, message == null ? value.toString() : message));
    }
  }

  private static @Nullable String firstText(JsonNode node, String[] keys) {
    for (String key : keys) {
      JsonNode value = node.path(key);
      if (value.isValueNode() && !value.isNull()) {
        return value.asText();
      }
    }
    return null;
  }
}
