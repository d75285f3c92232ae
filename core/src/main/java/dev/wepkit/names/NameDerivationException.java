// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

/**
 * Thrown when a WorkloadEndpoint name cannot be derived, with the field and Calico's reason.
 *
 * <p>{@link #getMessage()} reads as Calico's error does, for example {@code error with field pod =
 * '' (field should be assigned)} or {@code error with field node (field should be assigned)}.
 *
 * @since 0.1.0
 */
public final class NameDerivationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Calico's reason for an empty segment. */
  public static final String SHOULD_BE_ASSIGNED = "field should be assigned";

  /** Calico's reason for a segment that starts with {@code -}. */
  public static final String MUST_NOT_BEGIN_WITH_DASH = "field must not begin with a '-'";

  /** Calico's reason for a segment that ends with {@code -}. */
  public static final String MUST_NOT_END_WITH_DASH = "field must not end with a '-'";

  /** The JSON name of the field at fault. */
  private final String field;

  /** The offending value, or null for the missing node. */
  private final String value;

  /** Calico's reason. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param field the JSON name of the field, for example {@code node} or {@code containerID}
   * @param value the offending value, or null when Calico reports none (the missing node)
   * @param reason Calico's reason
   */
  public NameDerivationException(String field, String value, String reason) {
    super(
        "error with field "
            + field
            + (value == null ? "" : " = '" + value + "'")
            + " ("
            + reason
            + ")");
    this.field = field;
    this.value = value;
    this.reason = reason;
  }

  /**
   * The JSON name of the field at fault.
   *
   * @return for example {@code pod}
   */
  public String field() {
    return field;
  }

  /**
   * The offending value.
   *
   * @return the value, or null for the missing node
   */
  public String value() {
    return value;
  }

  /**
   * Calico's reason, one of the constants of this class.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
