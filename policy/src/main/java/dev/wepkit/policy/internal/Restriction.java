// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one node requires of one label while Calico's restrictions are being combined: present,
 * absent, and the values it may have ({@code null} when the values are not restricted; an empty set
 * when no value can match).
 */
public final class Restriction {
  boolean mustBePresent;
  boolean mustBeAbsent;
  Set<String> values;

  Restriction(boolean mustBePresent, boolean mustBeAbsent, Set<String> values) {
    this.mustBePresent = mustBePresent;
    this.mustBeAbsent = mustBeAbsent;
    this.values = values;
  }

  static Set<String> newValueSet() {
    return new TreeSet<>(GoText.UTF8_ORDER);
  }

  /**
   * Whether the label must be present.
   *
   * @return true when it must
   */
  public boolean mustBePresent() {
    return mustBePresent;
  }

  /**
   * Whether the label must be absent.
   *
   * @return true when it must
   */
  public boolean mustBeAbsent() {
    return mustBeAbsent;
  }

  /**
   * The values the label may have, in Go order, or null when they are not restricted.
   *
   * @return the values or null
   */
  public Set<String> values() {
    return values;
  }
}
