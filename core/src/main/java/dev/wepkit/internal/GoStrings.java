// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

/** Go's view of Java strings, shared by the name helpers and the validation module. */
public final class GoStrings {
  private GoStrings() {}

  /**
   * The length of {@code s} in UTF-8 bytes, which is what Go's {@code len} counts. A lone surrogate
   * counts as the three bytes of U+FFFD, which is what Go's JSON decoder makes of it.
   *
   * @param s the text
   * @return its UTF-8 length
   */
  public static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
