// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

/**
 * Calico's {@code numorstring.Uint8OrString} text rule, shared by {@code Protocol} and {@code
 * Dscp}.
 *
 * <p>A string that is a base-10 number from 0 to 255 is that number; any other string is kept as it
 * is. Go's {@code strconv.ParseUint(s, 10, 8)} accepts only ASCII digits (no sign, no spaces), and
 * so does this.
 */
public final class Uint8OrString {
  private Uint8OrString() {}

  /**
   * Returns the number that {@code text} spells, or -1 when Go would keep it as a string.
   *
   * @param text the text to look at
   * @return 0 to 255, or -1
   */
  public static int parseUint8(String text) {
    int length = text.length();
    if (length == 0 || length > 3 && !allZeroPrefix(text)) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
      if (value > 255) {
        return -1;
      }
    }
    return value;
  }

  // "0006" is 6 for ParseUint; only a long run of leading zeros can make a long text small.
  private static boolean allZeroPrefix(String text) {
    return text.charAt(0) == '0';
  }
}
