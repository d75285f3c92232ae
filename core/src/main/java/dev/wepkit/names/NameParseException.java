// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

/**
 * Thrown when a WorkloadEndpoint name cannot be parsed or split as Calico requires.
 *
 * <p>{@link #getMessage()} is Calico's own error text, for example {@code Cannot parse empty
 * string} or {@code Error parsing a-b-c-d-e, verify that WorkloadEndpoint name is correct}.
 *
 * @since 0.1.0
 */
public final class NameParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name that could not be parsed. */
  private final String name;

  /**
   * Creates the exception.
   *
   * @param name the name that could not be parsed
   * @param message Calico's error text
   */
  public NameParseException(String name, String message) {
    super(message);
    this.name = name;
  }

  /**
   * The name that could not be parsed.
   *
   * @return the name as given
   */
  public String name() {
    return name;
  }
}
