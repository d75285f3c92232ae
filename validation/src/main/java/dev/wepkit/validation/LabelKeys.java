// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.internal.GoStrings;

/**
 * Kubernetes' {@code IsQualifiedName}, which Calico applies to label keys (and, after lower-casing,
 * to annotation keys): an optional prefix and {@code /}, then a name.
 *
 * <p>The prefix is a lower-case DNS-1123 subdomain of at most {@value #MAX_PREFIX_LENGTH} bytes.
 * The name is 1 to {@value #MAX_NAME_LENGTH} bytes, starts and ends with a letter or digit, and may
 * contain {@code -}, {@code _} and {@code .} in between; upper case is allowed in the name but not
 * in the prefix.
 *
 * <pre>{@code
 * LabelKeys.isValid("app.kubernetes.io/name");   // true
 * LabelKeys.isValid("ProjectCalico.org/label");  // false: upper-case prefix
 * LabelKeys.isValid("a/b/c");                    // false: two slashes
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LabelKeys {
  /** The longest prefix, in bytes. */
  public static final int MAX_PREFIX_LENGTH = 253;

  /** The longest name part, in bytes. */
  public static final int MAX_NAME_LENGTH = 63;

  private LabelKeys() {}

  /**
   * Tells whether {@code key} is a valid label key (a Kubernetes qualified name).
   *
   * @param key the text, may be null
   * @return true when valid
   */
  public static boolean isValid(String key) {
    return key != null && isValid(key, false);
  }

  /**
   * Whether the ASCII key lower-cased (A-Z to a-z, which is all Go's {@code strings.ToLower} does
   * to ASCII) is valid, without making the lower-case copy: the check of annotation keys.
   *
   * @param key an all-ASCII key
   */
  static boolean isValidAsciiLowered(String key) {
    return isValid(key, true);
  }

  // Lowering ASCII changes neither the length nor '/', '.', '-', '_', and the name part allows
  // both cases anyway, so only the prefix check needs to know.
  private static boolean isValid(String key, boolean upperAsLower) {
    int slash = key.indexOf('/');
    int nameStart = 0;
    if (slash >= 0) {
      if (key.indexOf('/', slash + 1) >= 0) {
        return false;
      }
      if (slash > MAX_PREFIX_LENGTH || !DnsNames.isSubdomain(key, 0, slash, upperAsLower)) {
        return false;
      }
      nameStart = slash + 1;
    }
    int nameLength = key.length() - nameStart;
    return nameLength <= MAX_NAME_LENGTH && isQualifiedPart(key, nameStart, key.length());
  }

  /**
   * Returns {@code key} if it is a valid label key.
   *
   * @param key the text
   * @return {@code key}
   * @throws IllegalArgumentException naming the input and the reason when it is not
   */
  public static String checkValid(String key) {
    if (!isValid(key)) {
      throw Texts.invalid("a valid label key", key, key == null ? null : explain(key));
    }
    return key;
  }

  /**
   * The pattern {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]} over {@code s[from, to)}; empty
   * fails. Label values and the name part of keys share it.
   */
  static boolean isQualifiedPart(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    int last = to - 1;
    for (int i = from; i <= last; i++) {
      char c = s.charAt(i);
      if (!Texts.isAlnum(c)) {
        if (i == from || i == last || (c != '-' && c != '_' && c != '.')) {
          return false;
        }
      }
    }
    return true;
  }

  static String explain(String key) {
    int slash = key.indexOf('/');
    int nameStart = 0;
    if (slash >= 0) {
      if (key.indexOf('/', slash + 1) >= 0) {
        return "the key has more than one '/'";
      }
      if (slash == 0) {
        return "the prefix before '/' must not be empty";
      }
      long prefixBytes = GoStrings.utf8Length(key.substring(0, slash));
      if (prefixBytes > MAX_PREFIX_LENGTH) {
        return "the prefix is " + prefixBytes + " bytes long; the limit is " + MAX_PREFIX_LENGTH;
      }
      if (!DnsNames.isSubdomain(key, 0, slash)) {
        return "the prefix "
            + Texts.quote(key.substring(0, slash))
            + " must be a lower-case DNS subdomain: it "
            + DnsNames.explainSubdomain(key, 0, slash);
      }
      nameStart = slash + 1;
    }
    return explainPart(key, nameStart, key.length(), "the name", MAX_NAME_LENGTH, false);
  }

  static String explainPart(
      String s, int from, int to, String what, int maxLength, boolean emptyAllowed) {
    if (from >= to) {
      return emptyAllowed ? null : what + " must not be empty";
    }
    long bytes = GoStrings.utf8Length(s.substring(from, to));
    if (bytes > maxLength) {
      return what + " is " + bytes + " bytes long; the limit is " + maxLength;
    }
    int last = to - 1;
    for (int i = from; i <= last; i++) {
      char c = s.charAt(i);
      if (Texts.isAlnum(c)) {
        continue;
      }
      if (c == '-' || c == '_' || c == '.') {
        if (i == from) {
          return what + " must start with a letter or digit, not '" + c + "'";
        }
        if (i == last) {
          return what + " must end with a letter or digit, not '" + c + "'";
        }
      } else {
        return what
            + " contains "
            + DnsNames.describeChar(c)
            + ": use only letters, digits, '-', '_' and '.'";
      }
    }
    return what + " must start and end with a letter or digit";
  }
}
