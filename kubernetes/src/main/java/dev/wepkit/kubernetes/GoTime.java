// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Kubernetes' {@code metav1.Time} on the wire: read with Go's {@code time.Parse(time.RFC3339, s)}
 * fast path and written as {@code t.UTC().Format(time.RFC3339)}, so {@code
 * 2024-05-01T12:00:00.5+02:00} becomes {@code 2024-05-01T10:00:00Z}, and the zero time ({@code
 * 0001-01-01T00:00:00Z}) is written as {@code null}.
 *
 * <p>Only the strict RFC 3339 grammar is accepted ({@code YYYY-MM-DDTHH:MM:SS[.digits]} then {@code
 * Z} or {@code ±hh:mm}, upper-case {@code T} and {@code Z}); it is what the Kubernetes API server
 * writes. Go's slower fallback parser also takes a few sloppier forms (a one-digit hour, a comma
 * before the fraction); those are refused here.
 */
final class GoTime {
  private static final LocalDateTime GO_ZERO = LocalDateTime.of(1, 1, 1, 0, 0, 0);
  private static final String GO_ZERO_TEXT = "0001-01-01T00:00:00Z";

  private GoTime() {}

  /** Throws IllegalArgumentException unless the text is an RFC 3339 time Go would parse. */
  static void check(String text) {
    if (!isPlainUtc(text)) {
      parse(text);
    }
  }

  /**
   * The text Go writes back for this timestamp: UTC, whole seconds, {@code Z}; empty for Go's zero
   * time, which {@code metav1.Time} writes as {@code null}.
   */
  static Optional<String> normalize(String text) {
    if (isPlainUtc(text)) {
      // Already UTC in whole seconds, every digit checked: Go writes back this very text.
      return text.equals(GO_ZERO_TEXT) ? Optional.empty() : Optional.of(text);
    }
    LocalDateTime utc = parse(text);
    if (utc.equals(GO_ZERO)) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(20);
    int year = utc.getYear();
    if (year < 0) {
      out.append('-');
      year = -year;
    }
    pad(out, year, 4).append('-');
    pad(out, utc.getMonthValue(), 2).append('-');
    pad(out, utc.getDayOfMonth(), 2).append('T');
    pad(out, utc.getHour(), 2).append(':');
    pad(out, utc.getMinute(), 2).append(':');
    pad(out, utc.getSecond(), 2).append('Z');
    return Optional.of(out.toString());
  }

  /**
   * Whether the text is a valid time in the form the API server writes, {@code
   * YYYY-MM-DDTHH:MM:SSZ}, checked digit by digit without building a date (every Pod of a list has
   * one or two). Any other text is left to {@link #parse}, which refuses an invalid one with the
   * same message.
   */
  private static boolean isPlainUtc(String s) {
    if (s.length() != 20 || s.charAt(19) != 'Z') {
      return false;
    }
    checkDateAndTime(s);
    return true;
  }

  /**
   * Checks {@code YYYY-MM-DDTHH:MM:SS} at the start of the text: separators, digits, ranges and the
   * month's length.
   */
  private static void checkDateAndTime(String s) {
    if (s.length() < 19
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      throw bad(s);
    }
    int year = number(s, 0, 4, 0, 9999);
    int month = number(s, 5, 7, 1, 12);
    number(s, 8, 10, 1, daysInMonth(year, month));
    number(s, 11, 13, 0, 23);
    number(s, 14, 16, 0, 59);
    number(s, 17, 19, 0, 59);
  }

  /** The proleptic Gregorian calendar's month lengths, as Go's (year 0 is a leap year). */
  private static int daysInMonth(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Go's {@code parseRFC3339}, returning the UTC time (nanoseconds kept, for the zero check). */
  private static LocalDateTime parse(String s) {
    checkDateAndTime(s);
    // Checked: read the values without checking them again.
    int year = number(s, 0, 4, 0, Integer.MAX_VALUE);
    int month = number(s, 5, 7, 0, Integer.MAX_VALUE);
    int day = number(s, 8, 10, 0, Integer.MAX_VALUE);
    int hour = number(s, 11, 13, 0, Integer.MAX_VALUE);
    int minute = number(s, 14, 16, 0, Integer.MAX_VALUE);
    int second = number(s, 17, 19, 0, Integer.MAX_VALUE);
    int p = 19;
    int nanos = 0;
    if (p + 1 < s.length() && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
      int end = p + 1;
      while (end < s.length() && isDigit(s.charAt(end))) {
        end++;
      }
      // Go keeps nine digits of the fraction and drops the rest.
      for (int i = p + 1, scale = 100_000_000; i < end && scale > 0; i++, scale /= 10) {
        nanos += (s.charAt(i) - '0') * scale;
      }
      p = end;
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    // The zone: Z, or ±hh:mm.
    if (s.length() == p + 1 && s.charAt(p) == 'Z') {
      return local;
    }
    if (s.length() != p + 6
        || (s.charAt(p) != '+' && s.charAt(p) != '-')
        || s.charAt(p + 3) != ':') {
      throw bad(s);
    }
    int offsetHours = number(s, p + 1, p + 3, 0, 23);
    int offsetMinutes = number(s, p + 4, p + 6, 0, 59);
    int offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60;
    if (s.charAt(p) == '-') {
      offsetSeconds = -offsetSeconds;
    }
    return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offsetSeconds))
        .withOffsetSameInstant(ZoneOffset.UTC)
        .toLocalDateTime();
  }

  private static int number(String s, int start, int end, int min, int max) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        throw bad(s);
      }
      value = value * 10 + (c - '0');
    }
    if (value < min || value > max) {
      throw bad(s);
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  private static IllegalArgumentException bad(String s) {
    return new IllegalArgumentException(
        "'" + s + "' is not an RFC 3339 time (like 2006-01-02T15:04:05Z)");
  }
}
