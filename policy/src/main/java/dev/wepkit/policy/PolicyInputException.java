// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.Objects;

/**
 * A resource this module cannot read (a Namespace, ServiceAccount or Profile manifest of the wrong
 * shape): what is wrong and where, as a JSON path into the resource.
 *
 * <pre>{@code
 * try {
 *   Profile.fromResource(new ObjectMapper().readTree("{\"kind\":\"Namespace\"}"));
 * } catch (PolicyInputException e) {
 *   e.path();      // apiVersion
 *   e.getMessage(); // apiVersion: expected "v1" for a Namespace, found nothing
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * @serial where the problem is
   */
  private final String path;

  PolicyInputException(String path, String problem) {
    super((path.isEmpty() ? "" : path + ": ") + Objects.requireNonNull(problem, "problem"));
    this.path = path;
  }

  /**
   * Where the problem is, as a JSON path ({@code metadata.labels[app]}); empty for the resource as
   * a whole.
   *
   * @return the path
   */
  public String path() {
    return path;
  }
}
