// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

/**
 * Writes the command's JSON lines by hand: one small object per line, in a fixed key order, with
 * {@code ", "} and {@code ": "} separators and every non-ASCII character escaped, so the output is
 * plain ASCII and reads the same as Python's {@code json.dumps} of the same object.
 *
 * <p>A hand-written writer keeps the key order exactly as documented and costs nothing per line.
 */
final class JsonOut {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;
  private boolean first = true;

  private JsonOut(StringBuilder out) {
    this.out = out;
  }

  /** Starts an object. */
  static JsonOut object() {
    StringBuilder out = new StringBuilder(96);
    out.append('{');
    return new JsonOut(out);
  }

  /** Adds a string member; a null value is written as JSON {@code null}. */
  JsonOut string(String key, String value) {
    key(key);
    if (value == null) {
      out.append("null");
    } else {
      quote(out, value);
    }
    return this;
  }

  /** Adds a boolean member. */
  JsonOut bool(String key, boolean value) {
    key(key);
    out.append(value);
    return this;
  }

  /** Adds an integer member. */
  JsonOut number(String key, long value) {
    key(key);
    out.append(value);
    return this;
  }

  /** Adds a member whose value is already JSON text (an object or array). */
  JsonOut raw(String key, String json) {
    key(key);
    out.append(json);
    return this;
  }

  /** Ends the object and returns its text. */
  String end() {
    return out.append('}').toString();
  }

  private void key(String key) {
    if (!first) {
      out.append(", ");
    }
    first = false;
    quote(out, key);
    out.append(": ");
  }

  /** Appends a JSON string literal, every non-ASCII character escaped. */
  static void quote(StringBuilder out, String value) {
    quote(out, value, true);
  }

  /**
   * Appends a string literal for people: quotes, backslashes and control characters escaped as in
   * JSON (so that text from a file cannot drive the terminal), other characters as they are.
   */
  static void quoteForPeople(StringBuilder out, String value) {
    quote(out, value, false);
  }

  /** Returns text with its control characters escaped as in JSON, without quotes. */
  static String escapeControls(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isControl(value.charAt(i))) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        quote(out, value, false);
        return out.substring(1, out.length() - 1);
      }
    }
    return value;
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  private static void quote(StringBuilder out, String value, boolean asciiOnly) {
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
          if (c < 0x20 || (asciiOnly ? c > 0x7f : isControl(c))) {
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
    out.append('"');
  }

  /** Returns a JSON string literal. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2);
    quote(out, value);
    return out.toString();
  }
}
