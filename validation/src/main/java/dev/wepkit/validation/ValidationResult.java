// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.codec.SourcePosition;
import dev.wepkit.codec.SourcePositions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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
 *
 * @since 0.1.0
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
   * The same result with each violation placed at the value it names in the text the endpoint was
   * read from (or at the nearest enclosing value, when the field was absent).
   *
   * <pre>{@code
   * WorkloadEndpointYaml yaml = WorkloadEndpointYaml.builder().keepPositions(true).build();
   * for (DecodedResource r : yaml.decodeAll(text)) {
   *   r.endpoint().ifPresent(wep -> {
   *     for (Violation v : validator.validate(wep).locate(r.positions()).errors()) {
   *       System.out.println(v.position().map(p -> p + ": ").orElse("") + v);
   *     }
   *   });
   * }
   * }</pre>
   *
   * @param positions the positions of the endpoint's values
   * @return the result with positions; this result when there are none
   */
  public ValidationResult locate(SourcePositions positions) {
    if (positions.isEmpty() || this == VALID) {
      return this;
    }
    return new ValidationResult(locate(errors, positions), locate(warnings, positions));
  }

  private static List<Violation> locate(List<Violation> violations, SourcePositions positions) {
    List<Violation> placed = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      Optional<SourcePosition> at = positions.find(v.path());
      placed.add(at.isPresent() ? v.at(at.get()) : v);
    }
    return Collections.unmodifiableList(placed);
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
