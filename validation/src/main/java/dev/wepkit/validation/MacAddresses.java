// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.internal.GoNet;

/**
 * MAC addresses as Go's {@code net.ParseMAC} reads them, which is Calico's {@code mac} rule.
 *
 * <p>Accepted forms, hex in either case:
 *
 * <ul>
 *   <li>two hex digits per octet separated by {@code :} or {@code -}, the same separator
 *       throughout: {@code ca:fe:1d:52:bb:e9}, {@code ca-fe-1d-52-bb-e9};
 *   <li>four hex digits per group separated by {@code .}: {@code cafe.1d52.bbe9};
 * </ul>
 *
 * <p>with 6 (EUI-48), 8 (EUI-64) or 20 (IP over InfiniBand) octets. Anything else, including
 * surrounding spaces, single-digit octets and no separators, is rejected.
 *
 * <pre>{@code
 * byte[] mac = MacAddresses.parse("ca:fe:1d:52:bb:e9");   // 6 bytes
 * MacAddresses.isValid("cafe1d52bbe9");                   // false
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MacAddresses {
  private MacAddresses() {}

  /**
   * Parses a MAC address.
   *
   * @param text the text
   * @return a new array of 6, 8 or 20 bytes
   * @throws IllegalArgumentException naming the input when Go's {@code net.ParseMAC} would reject
   *     it
   */
  public static byte[] parse(String text) {
    byte[] mac = text == null ? null : parseOrNull(text);
    if (mac == null) {
      throw Texts.invalid(
          "a MAC address",
          text,
          "use 6, 8 or 20 octets as two hex digits separated by ':' or '-', or four-digit groups"
              + " separated by '.'");
    }
    return mac;
  }

  /**
   * Tells whether {@code text} is a MAC address Go accepts.
   *
   * @param text the text, may be null
   * @return true when valid
   */
  public static boolean isValid(String text) {
    return text != null && parseOrNull(text) != null;
  }

  /** Go's net.ParseMAC, returning null where Go returns an error. */
  static byte[] parseOrNull(String s) {
    int len = s.length();
    if (len < 14) {
      return null;
    }
    char sep2 = s.charAt(2);
    if (sep2 == ':' || sep2 == '-') {
      if ((len + 1) % 3 != 0) {
        return null;
      }
      int n = (len + 1) / 3;
      if (n != 6 && n != 8 && n != 20) {
        return null;
      }
      byte[] hw = new byte[n];
      for (int x = 0, i = 0; i < n; i++, x += 3) {
        int b = hexPair(s, x, sep2);
        if (b < 0) {
          return null;
        }
        hw[i] = (byte) b;
      }
      return hw;
    }
    if (s.charAt(4) == '.') {
      if ((len + 1) % 5 != 0) {
        return null;
      }
      int n = 2 * (len + 1) / 5;
      if (n != 6 && n != 8 && n != 20) {
        return null;
      }
      byte[] hw = new byte[n];
      for (int x = 0, i = 0; i < n; i += 2, x += 5) {
        int hi = hexPair(s, x, '\0');
        int lo = hexPair(s, x + 2, '.');
        if (hi < 0 || lo < 0) {
          return null;
        }
        hw[i] = (byte) hi;
        hw[i + 1] = (byte) lo;
      }
      return hw;
    }
    return null;
  }

  // Go's xtoi2: two hex digits at s[x], then (if the text goes on) the separator e.
  private static int hexPair(String s, int x, char e) {
    if (x + 2 < s.length() && e != '\0' && s.charAt(x + 2) != e) {
      return -1;
    }
    if (x + 2 > s.length()) {
      return -1;
    }
    int hi = GoNet.hexValue(s.charAt(x));
    int lo = GoNet.hexValue(s.charAt(x + 1));
    return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
  }
}
