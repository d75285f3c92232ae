// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which strings must be written quoted because a YAML reader would otherwise resolve them
 * to something that is not a string.
 *
 * <p>The rule is the union of what YAML 1.1 readers (SnakeYAML 1.x and 2.x, PyYAML, go-yaml v2,
 * which calicoctl and kubectl use) and YAML 1.2 core-schema readers resolve: booleans ({@code
 * y/n/yes/no/on/off/true/false} in any case), nulls ({@code ~}, {@code null}, the empty string),
 * integers in any base ({@code 0x1F}, {@code 0o17}, {@code 0b101}, {@code 010}, {@code 1_000}),
 * base-60 numbers ({@code 1:20}, and so all-digit MACs such as {@code 52:54:00:44:49:56}), floats
 * ({@code 1e3}, {@code 1.10}, {@code .inf}, {@code .nan}), timestamps ({@code 2024-01-02}), the
 * merge key {@code <<} and the value key {@code =}. Such strings are double-quoted, as go-yaml
 * does: {@code resourceVersion: "1234"}.
 *
 * <p>Everything else is written plain when YAML's syntax allows it; strings that need quoting for
 * syntax alone (a leading {@code *}, a {@code ": "} inside) are single-quoted by the emitter, again
 * as go-yaml does.
 */
final class YamlQuoting extends StringQuotingChecker {
  private static final long serialVersionUID = 1L;

  static final YamlQuoting INSTANCE = new YamlQuoting();

  private YamlQuoting() {}

  @Override
  public boolean needToQuoteName(String name) {
    return needsQuotes(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return needsQuotes(value);
  }

  /**
   * Whether a plain scalar with this text would be read as anything but a string.
   *
   * @param s the text
   * @return true if it must be quoted
   */
  static boolean needsQuotes(String s) {
    int length = s.length();
    if (length == 0) {
      return true;
    }
    if (length <= 5 && isReservedWord(s)) {
      return true;
    }
    if (hasSpecialCharacters(s, false)) {
      return true;
    }
    char first = s.charAt(0);
    if (first == '.' || first == '+' || first == '-') {
      return isSpecialFloat(s) || looksNumeric(s);
    }
    if (first >= '0' && first <= '9') {
      return looksNumeric(s) || looksLikeTimestamp(s);
    }
    return false;
  }

  /**
   * Whether the text holds a character that only a double-quoted scalar keeps exactly: a control
   * character other than tab (a line feed inside a plain or single-quoted scalar folds), a YAML 1.1
   * line break (NEL, LS, PS), a byte order mark, a non-character, or a lone surrogate.
   *
   * @param s the text
   * @param lineFeeds whether line feeds are allowed (in a literal block they are)
   * @return true if only double quotes with escapes represent it faithfully
   */
  static boolean hasSpecialCharacters(String s, boolean lineFeeds) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' && lineFeeds) {
        continue;
      }
      if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
        return true;
      }
      if (c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Booleans and nulls of YAML 1.1 and 1.2, in any letter case; the merge and value keys. */
  private static boolean isReservedWord(String s) {
    switch (s.length()) {
      case 1:
        return "yYnN~=".indexOf(s.charAt(0)) >= 0;
      case 2:
        return s.equalsIgnoreCase("on") || s.equalsIgnoreCase("no") || s.equals("<<");
      case 3:
        return s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("off");
      case 4:
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("null");
      default:
        return s.equalsIgnoreCase("false");
    }
  }

  /** {@code .inf}, {@code +.inf}, {@code -.inf} and {@code .nan}, in any letter case. */
  private static boolean isSpecialFloat(String s) {
    int i = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
    String rest = s.substring(i);
    return rest.equalsIgnoreCase(".inf") || i == 0 && rest.equalsIgnoreCase(".nan");
  }

  /**
   * Integers and floats as any of the readers resolve them, deliberately generous: after an
   * optional sign, a {@code 0x}, {@code 0o} or {@code 0b} number; or digits and underscores with at
   * most one dot and an optional exponent; or colon-separated groups of digits (base 60) with an
   * optional fraction.
   */
  private static boolean looksNumeric(String s) {
    int length = s.length();
    int i = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
    if (i == length) {
      return false;
    }
    if (length - i > 2 && s.charAt(i) == '0') {
      char radix = Character.toLowerCase(s.charAt(i + 1));
      if (radix == 'x' || radix == 'o' || radix == 'b') {
        return allDigitsOrUnderscores(s, i + 2, radix == 'x' ? 16 : radix == 'o' ? 8 : 2);
      }
    }
    boolean digit = false;
    boolean dot = false;
    boolean colon = false;
    for (; i < length; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c == '_') {
        digit = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else if (c == ':' && !dot && digit) {
        // Base 60: each group must hold a digit.
        colon = true;
        digit = false;
      } else if ((c == 'e' || c == 'E') && digit && !colon) {
        return isExponent(s, i + 1);
      } else {
        return false;
      }
    }
    return digit || dot && !colon && length > 1 && s.charAt(length - 1) == '.';
  }

  private static boolean allDigitsOrUnderscores(String s, int from, int radix) {
    boolean digit = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        continue;
      }
      if (Character.digit(c, radix) < 0) {
        return false;
      }
      digit = true;
    }
    return digit;
  }

  private static boolean isExponent(String s, int from) {
    int i = from;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (i == s.length()) {
      return false;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The YAML 1.1 timestamp and go-yaml's: {@code YYYY-M-D}, alone or followed by a time after
   * {@code T}, {@code t} or blanks. Anything starting with such a date is quoted.
   */
  private static boolean looksLikeTimestamp(String s) {
    int length = s.length();
    if (length < 8) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    if (s.charAt(4) != '-') {
      return false;
    }
    int i = digits(s, 5);
    if (i == 5 || i > 7 || i >= length || s.charAt(i) != '-') {
      return false;
    }
    int day = i + 1;
    i = digits(s, day);
    if (i == day || i > day + 2) {
      return false;
    }
    if (i == length) {
      return true;
    }
    char c = s.charAt(i);
    return c == 'T' || c == 't' || c == ' ' || c == '\t';
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
