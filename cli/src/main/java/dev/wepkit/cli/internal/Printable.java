// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

/**
 * Text from input files made safe for a terminal: control characters escaped as in JSON, so a file
 * name, a value or a message stays on one line and cannot drive the terminal.
 *
 * <pre>{@code
 * Printable.escapeControls("a\nb");        // a\nb (a backslash and an n)
 * Printable.quote(new StringBuilder(), "x\"y"); // "x\"y"
 * }</pre>
 */
public final class Printable {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Printable() {}

  /**
   * Returns text with its control characters escaped as in JSON, without quotes.
   *
   * @param value the text
   * @return the text, itself when it has no control characters
   */
  public static String escapeControls(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isControl(value.charAt(i))) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        quote(out, value);
        return out.substring(1, out.length() - 1);
      }
    }
    return value;
  }

  /**
   * Appends a quoted string for people: quotes, backslashes and control characters escaped as in
   * JSON, every other character as it is.
   *
   * @param out where to append
   * @param value the text
   * @return {@code out}
   */
  public static StringBuilder quote(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
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
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (isControl(c)) {
            out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"');
  }

  /** C0 and C1 controls and DEL: what a terminal may act on. */
  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }
}
