// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Kubernetes' {@code resource.ParseQuantity(s).Value()}, which Calico applies to the QoS
 * annotations: {@code 10M} is 10000000, {@code 4Gi} is 4294967296, {@code 1.5} is 2 (fractions
 * round up), {@code 1e3} is 1000.
 *
 * <p>The parse follows apimachinery's scanner and suffix table exactly. The value follows its two
 * code paths, including their overflow behaviour, because Calico compares the result with its
 * limits: a value that overflows the int64 fast path comes out as 0 (or wrapped, for the {@code k},
 * {@code M} and {@code G} scales), and the slow path keeps the low 64 bits.
 */
final class GoQuantity {
  private static final long NANO_DIVISOR = 1_000_000_000L;
  private static final BigInteger BIG_NANO = BigInteger.valueOf(NANO_DIVISOR);
  private static final BigInteger MAX_INT64 = BigInteger.valueOf(Long.MAX_VALUE);
  private static final String SUFFIX_CHARS = "eEinumkKMGTP";

  private enum Format {
    DECIMAL_SI,
    BINARY_SI,
    DECIMAL_EXPONENT
  }

  private GoQuantity() {}

  /**
   * {@code ParseQuantity(text).Value()}.
   *
   * @throws IllegalArgumentException when {@code ParseQuantity} returns an error
   */
  static long value(String text) {
    if (text.isEmpty()) {
      throw formatWrong(text);
    }
    if (text.equals("0")) {
      return 0;
    }
    int end = text.length();
    int pos = 0;
    boolean positive = true;
    if (text.charAt(0) == '-') {
      positive = false;
      pos++;
    } else if (text.charAt(0) == '+') {
      pos++;
    }
    while (pos < end && text.charAt(pos) == '0') {
      pos++;
    }
    if (pos >= end) {
      return 0;
    }
    int numStart = pos;
    while (pos < end && isDigit(text.charAt(pos))) {
      pos++;
    }
    String num = text.substring(numStart, pos);
    if (num.isEmpty()) {
      num = "0";
    }
    String denom = "";
    String value = text;
    String suffix = "";
    boolean done = pos >= end;
    if (!done && text.charAt(pos) == '.') {
      int denomStart = ++pos;
      while (pos < end && isDigit(text.charAt(pos))) {
        pos++;
      }
      denom = text.substring(denomStart, pos);
      done = pos >= end;
    }
    if (!done) {
      value = text.substring(0, pos);
      int suffixStart = pos;
      while (pos < end && SUFFIX_CHARS.indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos < end && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
        pos++;
      }
      while (pos < end && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos < end) {
        throw formatWrong(text);
      }
      suffix = text.substring(suffixStart);
    }

    // quantitySuffixer.interpret
    int base = 10;
    int exponent;
    Format format = Format.DECIMAL_SI;
    switch (suffix) {
      case "":
        exponent = 0;
        break;
      case "n":
        exponent = -9;
        break;
      case "u":
        exponent = -6;
        break;
      case "m":
        exponent = -3;
        break;
      case "k":
        exponent = 3;
        break;
      case "M":
        exponent = 6;
        break;
      case "G":
        exponent = 9;
        break;
      case "T":
        exponent = 12;
        break;
      case "P":
        exponent = 15;
        break;
      case "E":
        exponent = 18;
        break;
      case "Ki":
      case "Mi":
      case "Gi":
      case "Ti":
      case "Pi":
      case "Ei":
        base = 2;
        exponent = 10 * (1 + "KMGTPE".indexOf(suffix.charAt(0)));
        format = Format.BINARY_SI;
        break;
      default:
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
          // strconv.ParseInt(s, 10, 64), then int32(...): Go keeps the low 32 bits.
          exponent = (int) parseInt64(suffix.substring(1), text);
          format = Format.DECIMAL_EXPONENT;
        } else {
          throw new IllegalArgumentException("'" + text + "': unable to parse quantity's suffix");
        }
    }

    // The int64 fast path.
    int precision;
    int scale = 0;
    long mantissa = 1;
    if (format == Format.BINARY_SI) {
      if (exponent >= 0 && denom.isEmpty()) {
        mantissa = 1L << exponent;
        precision = 15 - num.length() - exponent * 3 / 10 - 1;
      } else {
        precision = -1;
      }
    } else {
      scale = exponent;
      precision = 18 - (num.length() + denom.length());
    }
    if (precision >= 0) {
      scale -= denom.length();
      if (scale >= -9) {
        long shifted = Long.parseLong(num + denom);
        long result = shifted * mantissa;
        if (multiplyOk(shifted, mantissa, result)) {
          return scaledToInt64(positive ? result : -result, scale);
        }
      }
    }
    return slowValue(value, base, exponent, format);
  }

  /**
   * {@code int64Amount.AsScaledInt64(0)} with its overflow results, as {@code Value()} sees them.
   */
  private static long scaledToInt64(long value, int scale) {
    if (scale < 0) {
      return negativeScale(value, -scale);
    }
    switch (scale) {
      case 0:
        return value;
      case 1:
        return multiplyWrapping(value, 10);
      case 2:
        return multiplyWrapping(value, 100);
      case 3:
        return multiplyWrapping(value, 1000);
      case 6:
        return multiplyWrapping(value, 1_000_000);
      case 9:
        return multiplyWrapping(value, NANO_DIVISOR);
      default:
        long result = value;
        // Zero stays zero; Go would still loop up to 2^31 times to find that out.
        for (int i = 0; i < scale && result != 0; i++) {
          long next = result * 10;
          if (!multiplyOk(result, 10, next)) {
            return 0;
          }
          result = next;
        }
        return result;
    }
  }

  /** Go's {@code int64MultiplyScale}: the product, wrapped on overflow (0 for MinInt64). */
  private static long multiplyWrapping(long a, long b) {
    return a == Long.MIN_VALUE ? 0 : a * b;
  }

  /** Go's {@code int64Multiply} success test. */
  private static boolean multiplyOk(long a, long b, long product) {
    if (a == 0 || b == 0 || a == 1 || b == 1) {
      return true;
    }
    if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
      return false;
    }
    return product / b == a;
  }

  /** Go's {@code negativeScaleInt64}: divides by 10^scale, rounding away from zero. */
  private static long negativeScale(long base, int scale) {
    long value = base;
    boolean fraction = false;
    for (int i = 0; i < scale; i++) {
      if (!fraction && value % 10 != 0) {
        fraction = true;
      }
      value /= 10;
      if (value == 0) {
        if (fraction) {
          return base > 0 ? 1 : -1;
        }
        return 0;
      }
    }
    if (fraction) {
      value += base > 0 ? 1 : -1;
    }
    return value;
  }

  /** The {@code inf.Dec} path: exact, rounded up to nanos, then {@code scaledValue(.., 9, 0)}. */
  private static long slowValue(String value, int base, int exponent, Format format) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + value + "': unable to parse numeric part of quantity", e);
    }
    if (amount.signum() == 0) {
      return 0;
    }
    // The decimal exponent moves the scale; keep it in a long so that it cannot overflow.
    long effectiveScale = (long) amount.scale() - (base == 10 ? exponent : 0);
    if (base == 10 && effectiveScale <= -64) {
      // An integer times 10^64 or more: 2^64 divides it, so the low 64 bits Go keeps are 0.
      return 0;
    }
    if (base == 10 && effectiveScale - amount.precision() > 9) {
      // Below one nano: rounded up to 1n, which Value() turns into 1 whatever the sign.
      return 1;
    }
    if (base == 10) {
      amount = amount.scaleByPowerOfTen(exponent);
    } else {
      amount = new BigDecimal(amount.unscaledValue().shiftLeft(exponent), amount.scale());
    }
    int sign = amount.signum();
    BigDecimal magnitude = amount.abs().setScale(9, RoundingMode.UP);
    if (format == Format.BINARY_SI && magnitude.compareTo(new BigDecimal(MAX_INT64)) > 0) {
      return sign < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE;
    }
    BigInteger unscaled = magnitude.unscaledValue();
    if (sign < 0) {
      unscaled = unscaled.negate();
    }
    if (unscaled.compareTo(MAX_INT64) < 0) {
      long u = unscaled.longValue();
      long result = u / NANO_DIVISOR;
      return u % NANO_DIVISOR != 0 ? result + 1 : result;
    }
    BigInteger[] quotientAndRemainder = unscaled.divideAndRemainder(BIG_NANO);
    long result = quotientAndRemainder[0].longValue();
    return quotientAndRemainder[1].signum() != 0 ? result + 1 : result;
  }

  /** Go's {@code strconv.ParseInt(s, 10, 64)}. */
  private static long parseInt64(String s, String text) {
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      i = 1;
    }
    if (i == s.length()) {
      throw new IllegalArgumentException("'" + text + "': unable to parse quantity's suffix");
    }
    for (int j = i; j < s.length(); j++) {
      if (!isDigit(s.charAt(j))) {
        throw new IllegalArgumentException("'" + text + "': unable to parse quantity's suffix");
      }
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "': unable to parse quantity's suffix", e);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException formatWrong(String text) {
    return new IllegalArgumentException(
        "'"
            + text
            + "': quantities must match the regular expression "
            + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }
}
