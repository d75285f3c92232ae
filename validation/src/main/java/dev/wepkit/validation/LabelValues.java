// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.internal.GoStrings;

/**
 * Kubernetes' {@code IsValidLabelValue}, which Calico applies to label values: empty, or at most
 * {@value #MAX_LENGTH} bytes that start and end with a letter or digit, with {@code -}, {@code _}
 * and {@code .} allowed in between.
 *
 * <pre>{@code
 * LabelValues.isValid("");            // true
 * LabelValues.isValid("frontend");    // true
 * LabelValues.isValid("x".repeat(64)); // false: too long
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LabelValues {
  /** The longest label value, in bytes. */
  public static final int MAX_LENGTH = 63;

  private LabelValues() {}

  /**
   * Tells whether {@code value} is a valid label value.
   *
   * @param value the text, may be null
   * @return true when valid (the empty string is valid)
   */
  public static boolean isValid(String value) {
    if (value == null) {
      return false;
    }
    int n = value.length();
    return n == 0 || (n <= MAX_LENGTH && LabelKeys.isQualifiedPart(value, 0, n));
  }

  /**
   * Returns {@code value} if it is a valid label value.
   *
   * @param value the text
   * @return {@code value}
   * @throws IllegalArgumentException naming the input and the reason when it is not
   */
  public static String checkValid(String value) {
    if (!isValid(value)) {
      throw Texts.invalid("a valid label value", value, value == null ? null : explain(value));
    }
    return value;
  }

  /** Whether the value is longer than {@value #MAX_LENGTH} bytes, as Go counts. */
  static boolean isTooLong(String value) {
    return value.length() > MAX_LENGTH
        || (!Texts.isAscii(value) && GoStrings.utf8Length(value) > MAX_LENGTH);
  }

  static String explain(String value) {
    return LabelKeys.explainPart(value, 0, value.length(), "the value", MAX_LENGTH, true);
  }
}
