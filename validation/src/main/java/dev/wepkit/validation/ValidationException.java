// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

/**
 * Thrown by {@link ValidationResult#throwIfInvalid()}: the message lists every error, one per line,
 * and {@link #result()} gives the whole result, warnings included.
 *
 * @since 0.1.0
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationResult result;

  /**
   * Creates the exception for an invalid result.
   *
   * @param result a result with at least one error
   */
  public ValidationException(ValidationResult result) {
    super(message(result));
    this.result = result;
  }

  private static String message(ValidationResult result) {
    StringBuilder out =
        new StringBuilder("validation failed with ")
            .append(ValidationResult.count(result.errors().size(), "error"));
    for (Violation v : result.errors()) {
      out.append("\n  - ").append(v);
    }
    return out.toString();
  }

  /**
   * The result that failed.
   *
   * @return the result
   */
  public ValidationResult result() {
    return result;
  }
}
