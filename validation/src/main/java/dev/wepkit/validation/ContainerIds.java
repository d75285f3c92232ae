// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

/**
 * Calico's {@code containerID} rule: letters of either case, digits and {@code -}, starting and
 * ending with a letter or digit ({@code [a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?}), any length.
 *
 * <pre>{@code
 * ContainerIds.isValid("Cath01234-G");   // true
 * ContainerIds.isValid("abcde-j.g");     // false: '.' is not allowed
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ContainerIds {
  private ContainerIds() {}

  /**
   * Tells whether {@code id} is a valid container ID.
   *
   * @param id the text, may be null
   * @return true when valid; false for null or empty text
   */
  public static boolean isValid(String id) {
    if (id == null || id.isEmpty()) {
      return false;
    }
    int last = id.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = id.charAt(i);
      if (!Texts.isAlnum(c) && (c != '-' || i == 0 || i == last)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code id} if it is a valid container ID.
   *
   * @param id the text
   * @return {@code id}
   * @throws IllegalArgumentException naming the input and the reason when it is not
   */
  public static String checkValid(String id) {
    if (!isValid(id)) {
      throw Texts.invalid("a valid container ID", id, id == null ? null : explain(id));
    }
    return id;
  }

  static String explain(String id) {
    if (id.isEmpty()) {
      return "must not be empty";
    }
    int last = id.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = id.charAt(i);
      if (c == '-' && (i == 0 || i == last)) {
        return i == 0 ? "must not start with '-'" : "must not end with '-'";
      }
      if (!Texts.isAlnum(c) && c != '-') {
        return "contains " + DnsNames.describeChar(c) + ": use only letters, digits and '-'";
      }
    }
    return "must be letters, digits and '-'";
  }
}
