// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.internal.GoStrings;

/**
 * Kubernetes' {@code IsValidPortName}, which Calico applies to {@code ports[].name}: an IANA
 * service name of 1 to {@value #MAX_LENGTH} characters from {@code [-a-z0-9]}, with at least one
 * letter, no {@code --}, and no {@code -} at either end.
 *
 * <pre>{@code
 * PortNames.isValid("http-alt");   // true
 * PortNames.isValid("HTTP");       // false: upper case
 * PortNames.isValid("8080");       // false: needs a letter
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PortNames {
  /** The longest port name. */
  public static final int MAX_LENGTH = 15;

  private PortNames() {}

  /**
   * Tells whether {@code name} is a valid port name.
   *
   * @param name the text, may be null
   * @return true when valid; false for null or empty text
   */
  public static boolean isValid(String name) {
    if (name == null) {
      return false;
    }
    int n = name.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c == '-') {
        if (i == 0 || i == n - 1 || name.charAt(i - 1) == '-') {
          return false;
        }
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return letter;
  }

  /**
   * Returns {@code name} if it is a valid port name.
   *
   * @param name the text
   * @return {@code name}
   * @throws IllegalArgumentException naming the input and the reason when it is not
   */
  public static String checkValid(String name) {
    if (!isValid(name)) {
      throw Texts.invalid("a valid port name", name, name == null ? null : explain(name));
    }
    return name;
  }

  static String explain(String name) {
    if (name.isEmpty()) {
      return "must not be empty";
    }
    StringBuilder reasons = new StringBuilder();
    long length = GoStrings.utf8Length(name);
    if (length > MAX_LENGTH) {
      reasons
          .append("is ")
          .append(length)
          .append(" characters long (at most ")
          .append(MAX_LENGTH)
          .append(')');
    }
    boolean letter = false;
    char bad = 0;
    boolean upper = false;
    for (int i = 0, n = name.length(); i < n; i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c != '-' && (c < '0' || c > '9') && bad == 0) {
        bad = c;
      }
    }
    if (upper) {
      append(reasons, "must be lower case");
    }
    if (bad != 0) {
      append(
          reasons,
          "contains " + DnsNames.describeChar(bad) + " (only a-z, 0-9 and '-' are allowed)");
    }
    if (!letter && !upper) {
      append(reasons, "must contain at least one letter (a-z)");
    }
    if (name.contains("--")) {
      append(reasons, "must not contain \"--\"");
    }
    if (name.charAt(0) == '-' || name.charAt(name.length() - 1) == '-') {
      append(reasons, "must not begin or end with '-'");
    }
    return reasons.toString();
  }

  private static void append(StringBuilder reasons, String reason) {
    if (reasons.length() > 0) {
      reasons.append(" and ");
    }
    reasons.append(reason);
  }
}
