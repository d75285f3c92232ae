// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

/**
 * Calico's {@code interface} rule for {@code spec.interfaceName}: the literal {@code *}, or 1 to
 * {@value #MAX_LENGTH} characters from {@code [a-zA-Z0-9_.-]}.
 *
 * <p>The name is required: an empty one fails. The {@code *} is accepted because Calico shares the
 * rule with host endpoints, although it means nothing for a workload endpoint.
 *
 * <pre>{@code
 * InterfaceNameRule.isValid("cali0ef24ba");       // true
 * InterfaceNameRule.isValid("interfaceTooLong");  // false: 16 characters
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InterfaceNameRule {
  /** The longest interface name Linux accepts, and so Calico. */
  public static final int MAX_LENGTH = 15;

  private InterfaceNameRule() {}

  /**
   * Tells whether {@code name} is a valid interface name.
   *
   * @param name the text, may be null
   * @return true when valid
   */
  public static boolean isValid(String name) {
    if (name == null) {
      return false;
    }
    int n = name.length();
    if (n == 1 && name.charAt(0) == '*') {
      return true;
    }
    return n >= 1 && n <= MAX_LENGTH && hasOnlyAllowedChars(name);
  }

  /**
   * Returns {@code name} if it is a valid interface name.
   *
   * @param name the text
   * @return {@code name}
   * @throws IllegalArgumentException naming the input and the reason when it is not
   */
  public static String checkValid(String name) {
    if (!isValid(name)) {
      throw Texts.invalid("a valid interface name", name, name == null ? null : explain(name));
    }
    return name;
  }

  /** Whether every character is one of {@code [a-zA-Z0-9_.-]}. */
  static boolean hasOnlyAllowedChars(String name) {
    for (int i = 0, n = name.length(); i < n; i++) {
      char c = name.charAt(i);
      if (!Texts.isAlnum(c) && c != '_' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  static String explain(String name) {
    if (name.isEmpty()) {
      return "an interface name is required";
    }
    for (int i = 0, n = name.length(); i < n; i++) {
      char c = name.charAt(i);
      if (!Texts.isAlnum(c) && c != '_' && c != '.' && c != '-') {
        return "contains "
            + DnsNames.describeChar(c)
            + ": use only letters, digits, '_', '.' and '-'";
      }
    }
    return "is "
        + name.length()
        + " characters long; Linux interface names have at most "
        + MAX_LENGTH;
  }
}
