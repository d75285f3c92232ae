// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a selector requires of one label for it to match, as Calico computes it to index selectors:
 * the label must be present, must be absent, or must have one of some values. These are lower
 * bounds: a label with no restriction may still matter ({@code !=}, {@code not in} and negations
 * give none).
 *
 * <pre>{@code
 * LabelRestriction r = Selector.parse("app in {'a', 'b'} && has(tier)").labelRestrictions().get("app");
 * r.mustBePresent();          // true
 * r.mustHaveOneOfValues();    // Optional[[a, b]]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LabelRestriction {
  private final boolean mustBePresent;
  private final boolean mustBeAbsent;
  private final Set<String> values;

  LabelRestriction(boolean mustBePresent, boolean mustBeAbsent, Set<String> values) {
    this.mustBePresent = mustBePresent;
    this.mustBeAbsent = mustBeAbsent;
    this.values = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  /**
   * Whether the label must be present ({@code has(k)}, {@code ==}, {@code in}, {@code contains},
   * {@code starts with}, {@code ends with}).
   *
   * @return true when it must
   */
  public boolean mustBePresent() {
    return mustBePresent;
  }

  /**
   * Whether the label must be absent ({@code !has(k)}). Both this and {@link #mustBePresent()} may
   * be true, for a selector that can never match ({@code has(k) && !has(k)}).
   *
   * @return true when it must
   */
  public boolean mustBeAbsent() {
    return mustBeAbsent;
  }

  /**
   * The values the label must have one of, in Go's (UTF-8 byte) order; empty when the values are
   * not restricted. A present but empty set means no value can match ({@code a == 'x' && a ==
   * 'y'}).
   *
   * @return the allowed values, if restricted
   */
  public Optional<Set<String>> mustHaveOneOfValues() {
    return Optional.ofNullable(values);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LabelRestriction)) {
      return false;
    }
    LabelRestriction other = (LabelRestriction) o;
    return mustBePresent == other.mustBePresent
        && mustBeAbsent == other.mustBeAbsent
        && Objects.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mustBePresent, mustBeAbsent, values);
  }

  @Override
  public String toString() {
    return "LabelRestriction{mustBePresent="
        + mustBePresent
        + ", mustBeAbsent="
        + mustBeAbsent
        + ", mustHaveOneOfValues="
        + (values == null ? "any" : values)
        + "}";
  }
}
