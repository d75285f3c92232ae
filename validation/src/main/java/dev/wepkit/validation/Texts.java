// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

/** Small text helpers shared by the rules: Go-style byte lengths, quoting and checks. */
final class Texts {
  private Texts() {}

  /** Whether every char is ASCII, so that chars and Go bytes count alike. */
  static boolean isAscii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Quotes a value for a message, escaping quotes, backslashes and control characters, so that
   * {@code "eth0\n"} shows its newline.
   */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Builds the {@link IllegalArgumentException} that {@code parse} and {@code checkValid} methods
   * throw, naming the input.
   *
   * @param what what the input should have been, for example "a port name"
   * @param input the input
   * @param reason why it is not, or null
   * @return the exception to throw
   */
  static IllegalArgumentException invalid(String what, String input, String reason) {
    String shown = input == null ? "null" : quote(Violation.truncate(input));
    return new IllegalArgumentException(
        "not " + what + ": " + shown + (reason == null ? "" : " (" + reason + ")"));
  }
}
