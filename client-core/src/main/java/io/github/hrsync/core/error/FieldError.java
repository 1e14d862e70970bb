package io.github.hrsync.core.error;

/**
 * One field-level validation error reported by a server.
 *
 * @param field the field path as the server wrote it (for example {@code employees[3].email}), or
 *     an empty string when the server named no field
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {}
