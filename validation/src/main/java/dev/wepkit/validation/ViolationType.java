// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

/**
 * The kind of a {@link Violation}, modelled on Kubernetes field errors.
 *
 * <p>{@link #jsonName()} is the stable name used in JSON reports ({@code Required}, {@code
 * Invalid}, {@code NotSupported}, {@code TooLong}, {@code Duplicate}).
 *
 * @since 0.1.0
 */
public enum ViolationType {
  /** A required value is missing. */
  REQUIRED("Required", "required value"),
  /** The value has the wrong form or breaks a rule. */
  INVALID("Invalid", "invalid value"),
  /** The value is well-formed but not one of the supported values. */
  NOT_SUPPORTED("NotSupported", "unsupported value"),
  /** The value is longer than allowed. */
  TOO_LONG("TooLong", "too long"),
  /** The value repeats one given earlier. */
  DUPLICATE("Duplicate", "duplicate value");

  private final String jsonName;
  private final String phrase;

  ViolationType(String jsonName, String phrase) {
    this.jsonName = jsonName;
    this.phrase = phrase;
  }

  /**
   * The name used in JSON reports.
   *
   * @return for example {@code NotSupported}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The short phrase used by {@link Violation#toString()}.
   *
   * @return for example {@code unsupported value}
   */
  public String phrase() {
    return phrase;
  }

  /**
   * Returns the type with this JSON name.
   *
   * @param jsonName for example {@code TooLong}
   * @return the type
   * @throws IllegalArgumentException for an unknown name
   */
  public static ViolationType fromJsonName(String jsonName) {
    for (ViolationType type : values()) {
      if (type.jsonName.equals(jsonName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("not a violation type: " + jsonName);
  }
}
