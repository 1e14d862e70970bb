package io.github.hrsync.core.error;

import java.util.List;

/**
 * The server understood the request but its business validation failed (HTTP 422). The field-level
 * details it sent are in {@link #fieldErrors()}; the raw body stays in {@link #responseBody()} for
 * shapes the parser does not know.
 */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The fields the server refused, and why. */
  private final List<FieldError> fieldErrors;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   * @param fieldErrors the field-level errors read from the body (possibly empty)
   */
  public UnprocessableEntityException(ErrorContext context, List<FieldError> fieldErrors) {
    super(context, "Unprocessable Entity" + summary(fieldErrors), null);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /** @return the field-level errors the server reported, in its order */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  private static String summary(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (");
    for (int i = 0; i < errors.size(); i++) {
      FieldError error = errors.get(i);
      text.append(i == 0 ? "" : "; ")
          .append(error.field().isEmpty() ? "" : error.field() + ": ")
          .append(error.message());
    }
    return text.append(')').toString();
  }
}
