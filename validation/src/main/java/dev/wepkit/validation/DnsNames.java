// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

/**
 * Calico's {@code name} rule: a lower-case DNS-1123 subdomain such as {@code my-pod.v1}.
 *
 * <p>Calico checks spec names (orchestrator, workload, node, pod, endpoint, service account) and
 * profile names with the pattern {@code
 * [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*} and <em>no</em> length limit;
 * {@code metadata.name} must also be at most 253 bytes. Both checks are loops, not regular
 * expressions.
 *
 * <pre>{@code
 * DnsNames.isValidName("kns.default");        // true
 * DnsNames.isValidName("Node1");              // false: upper case
 * DnsNames.isValidObjectName("a".repeat(254)); // false: longer than 253
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DnsNames {
  /** The longest {@code metadata.name} Kubernetes and Calico accept, in bytes. */
  public static final int MAX_OBJECT_NAME_LENGTH = 253;

  private DnsNames() {}

  /**
   * Tells whether {@code name} passes Calico's {@code name} rule (no length limit).
   *
   * @param name the text, may be null
   * @return true when valid; false for null or empty text
   */
  public static boolean isValidName(String name) {
    return name != null && isSubdomain(name, 0, name.length());
  }

  /**
   * Tells whether {@code name} is a valid {@code metadata.name}: the {@code name} rule and at most
   * {@value #MAX_OBJECT_NAME_LENGTH} bytes.
   *
   * @param name the text, may be null
   * @return true when valid
   */
  public static boolean isValidObjectName(String name) {
    return isValidName(name) && name.length() <= MAX_OBJECT_NAME_LENGTH;
  }

  /**
   * Returns {@code name} if it passes Calico's {@code name} rule.
   *
   * @param name the text
   * @return {@code name}
   * @throws IllegalArgumentException naming the input and the reason when it does not
   */
  public static String checkValidName(String name) {
    if (!isValidName(name)) {
      throw Texts.invalid("a valid name", name, name == null ? null : explainName(name));
    }
    return name;
  }

  /**
   * Returns {@code name} if it is a valid {@code metadata.name}.
   *
   * @param name the text
   * @return {@code name}
   * @throws IllegalArgumentException naming the input and the reason when it is not
   */
  public static String checkValidObjectName(String name) {
    if (!isValidObjectName(name)) {
      String reason = null;
      if (name != null) {
        reason =
            name.length() > MAX_OBJECT_NAME_LENGTH
                ? "longer than " + MAX_OBJECT_NAME_LENGTH + " characters"
                : explainName(name);
      }
      throw Texts.invalid("a valid object name", name, reason);
    }
    return name;
  }

  /** The lower-case DNS-1123 subdomain pattern over {@code s[from, to)}; empty fails. */
  static boolean isSubdomain(String s, int from, int to) {
    return isSubdomain(s, from, to, false);
  }

  /**
   * As {@link #isSubdomain(String, int, int)}, optionally reading A-Z as a-z, so that a key can be
   * checked as if lower-cased without making the copy.
   */
  static boolean isSubdomain(String s, int from, int to, boolean upperAsLower) {
    if (from >= to) {
      return false;
    }
    int labelStart = from;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Texts.isLowerAlnum(c)) {
        continue; // the usual char, tested first
      }
      if (c == '.') {
        if (i == labelStart || s.charAt(i - 1) == '-') {
          return false;
        }
        labelStart = i + 1;
      } else if (c == '-') {
        if (i == labelStart) {
          return false;
        }
      } else if (!(upperAsLower && c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return labelStart < to && s.charAt(to - 1) != '-';
  }

  /**
   * Says what is wrong with a name that fails the rule, in words a person can act on.
   *
   * @param s a name that fails {@link #isValidName}
   * @return the first problem found
   */
  static String explainName(String s) {
    return explainSubdomain(s, 0, s.length());
  }

  static String explainSubdomain(String s, int from, int to) {
    if (from >= to) {
      return "must not be empty";
    }
    int labelStart = from;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (i == labelStart) {
          return i == from
              ? "must start with a lower-case letter or digit, not '.'"
              : "must not contain an empty part between dots";
        }
        if (s.charAt(i - 1) == '-') {
          return "a part must not end with '-' before '.'";
        }
        labelStart = i + 1;
      } else if (c == '-') {
        if (i == labelStart) {
          return i == from
              ? "must start with a lower-case letter or digit, not '-'"
              : "a part must not start with '-' after '.'";
        }
      } else if (c >= 'A' && c <= 'Z') {
        return "contains the upper-case letter '" + c + "': use lower case";
      } else if (!Texts.isLowerAlnum(c)) {
        return "contains " + describeChar(c) + ": use only lower-case letters, digits, '-' and '.'";
      }
    }
    if (labelStart == to) {
      return "must not end with '.'";
    }
    return "must end with a lower-case letter or digit, not '-'";
  }

  static String describeChar(char c) {
    if (c < 0x20 || c == 0x7f) {
      return String.format("the control character U+%04X", (int) c);
    }
    if (c == ' ') {
      return "a space";
    }
    if (c >= 0x80) {
      return String.format("the non-ASCII character U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
