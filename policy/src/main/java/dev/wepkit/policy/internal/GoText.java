// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * Go's view of text where it differs from Java's: string order (UTF-8 bytes, not UTF-16 code
 * units), the UTF-8 bytes themselves, and {@code strings.TrimSpace}.
 */
public final class GoText {
  /**
   * Go's string order: by UTF-8 bytes, which is the order of code points. Java's {@code compareTo}
   * orders by UTF-16 code units and puts U+E000..U+FFFF after the supplementary characters; Go puts
   * them before.
   */
  public static final Comparator<String> UTF8_ORDER = GoText::compareUtf8;

  private GoText() {}

  /**
   * Compares two strings as Go does (by UTF-8 bytes). A lone surrogate compares as U+FFFD, which is
   * what it becomes when Go decodes it.
   *
   * @param a one string
   * @param b the other
   * @return negative, zero or positive
   */
  public static int compareUtf8(String a, String b) {
    int i = 0;
    int j = 0;
    int na = a.length();
    int nb = b.length();
    while (i < na && j < nb) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (ca == cb && !Character.isSurrogate(ca)) {
        i++;
        j++;
        continue;
      }
      int pa = codePoint(a, i);
      int pb = codePoint(b, j);
      if (pa != pb) {
        return Integer.compare(pa, pb);
      }
      i += Character.isSupplementaryCodePoint(pa) ? 2 : 1;
      j += Character.isSupplementaryCodePoint(pb) ? 2 : 1;
    }
    return Boolean.compare(i < na, j < nb);
  }

  private static int codePoint(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      return Character.toCodePoint(c, s.charAt(i + 1));
    }
    return Character.isSurrogate(c) ? 0xFFFD : c;
  }

  /**
   * The UTF-8 bytes Go would hold for this text (a lone surrogate becomes U+FFFD, as Go's decoders
   * make it; Java's encoder would write {@code ?}).
   *
   * @param s the text
   * @return its UTF-8 encoding
   */
  public static byte[] utf8(String s) {
    StringBuilder fixed = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (fixed != null) {
          fixed.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (fixed == null) {
          fixed = new StringBuilder(s.length()).append(s, 0, i);
        }
        fixed.append('\uFFFD');
      } else if (fixed != null) {
        fixed.append(c);
      }
    }
    return (fixed == null ? s : fixed.toString()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Go's {@code strings.TrimSpace}: removes leading and trailing Unicode white space as Go's {@code
   * unicode.IsSpace} defines it (tab, newline, vertical tab, form feed, carriage return, space,
   * U+0085, U+00A0 and the other space separators), which is neither {@link String#trim()} nor
   * {@link String#strip()}.
   *
   * @param s the text
   * @return the text without the surrounding white space
   */
  public static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isGoSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * Go's {@code unicode.IsSpace}. Every such character is in the Basic Multilingual Plane.
   *
   * @param c the character
   * @return true for Go white space
   */
  public static boolean isGoSpace(char c) {
    switch (c) {
      case '\t':
      case '\n':
      case '\u000B':
      case '\f':
      case '\r':
      case ' ':
      case '\u0085':
      case '\u00A0':
      case '\u1680':
      case '\u2028':
      case '\u2029':
      case '\u202F':
      case '\u205F':
      case '\u3000':
        return true;
      default:
        return c >= '\u2000' && c <= '\u200A';
    }
  }
}
