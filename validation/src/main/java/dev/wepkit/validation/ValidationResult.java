// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@link WorkloadEndpointValidator} found: errors (Calico's rules, which decide validity) and
 * warnings (rules the documentation states but Calico does not enforce).
 *
 * <p>Both lists are unmodifiable and in a deterministic order: metadata first, then the spec fields
 * in Calico's struct order, then cross-field rules.
 *
 * <pre>{@code
 * ValidationResult result = validator.validate(wep);
 * if (!result.isValid()) {
 *   result.errors().forEach(v -> log.warn(v.toString()));
 * }
 * result.throwIfInvalid();   // or throw, listing every error
 * }</pre>
 */
public final class ValidationResult {
  private static final ValidationResult VALID =
      new ValidationResult(Collections.emptyList(), Collections.emptyList());

  private final List<Violation> errors;
  private final List<Violation> warnings;

  private ValidationResult(List<Violation> errors, List<Violation> warnings) {
    this.errors = errors;
    this.warnings = warnings;
  }

  /**
   * Creates a result.
   *
   * @param errors the errors, in order
   * @param warnings the warnings, in order
   * @return the result, holding copies of the lists
   */
  public static ValidationResult of(List<Violation> errors, List<Violation> warnings) {
    if (errors.isEmpty() && warnings.isEmpty()) {
      return VALID;
    }
    return new ValidationResult(
        Collections.unmodifiableList(new ArrayList<>(errors)),
        Collections.unmodifiableList(new ArrayList<>(warnings)));
  }

  /**
   * The result with no errors and no warnings.
   *
   * @return the shared empty result
   */
  public static ValidationResult valid() {
    return VALID;
  }

  // Takes ownership of the lists, which the validator built and never touches again.
  static ValidationResult wrap(List<Violation> errors, List<Violation> warnings) {
    if (errors == null && warnings == null) {
      return VALID;
    }
    return new ValidationResult(
        errors == null ? Collections.emptyList() : Collections.unmodifiableList(errors),
        warnings == null ? Collections.emptyList() : Collections.unmodifiableList(warnings));
  }

  /**
   * The errors: every Calico rule that the input breaks.
   *
   * @return an unmodifiable list, empty when valid
   */
  public List<Violation> errors() {
    return errors;
  }

  /**
   * The warnings: documented rules Calico does not enforce (duplicate port names, QoS ranges). They
   * never make a result invalid.
   *
   * @return an unmodifiable list
   */
  public List<Violation> warnings() {
    return warnings;
  }

  /**
   * Tells whether there are no errors; warnings do not count.
   *
   * @return true when Calico would accept the input
   */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /**
   * Throws when there are errors.
   *
   * @return this result, when valid
   * @throws ValidationException listing every error, when there is at least one
   */
  public ValidationResult throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationException(this);
    }
    return this;
  }

  /**
   * Returns {@code valid} or a summary line followed by one line per violation.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (errors.isEmpty() && warnings.isEmpty()) {
      return "valid";
    }
    StringBuilder out =
        new StringBuilder(errors.isEmpty() ? "valid" : "invalid")
            .append(": ")
            .append(count(errors.size(), "error"))
            .append(", ")
            .append(count(warnings.size(), "warning"));
    for (Violation v : errors) {
      out.append("\n  error: ").append(v);
    }
    for (Violation v : warnings) {
      out.append("\n  warning: ").append(v);
    }
    return out.toString();
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
