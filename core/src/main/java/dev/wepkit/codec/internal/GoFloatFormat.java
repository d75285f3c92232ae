// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat(f, 'g', -1, bitSize)}: the shortest decimal that reads back as
 * the same {@code float32} (bit size 32) or {@code float64} (bit size 64), written in Go's {@code
 * %g} layout.
 *
 * <p>The layout: {@code NaN}, {@code +Inf}, {@code -Inf}; {@code 0} and {@code -0}; otherwise, with
 * the shortest digits {@code d1 d2 ... dn} and the decimal exponent {@code x} of {@code d1}, plain
 * notation when {@code -4 <= x < 6} ({@code 0.0001}, {@code 123456}, {@code 1.1}) and exponent
 * notation otherwise, with a sign and at least two exponent digits ({@code 1e-05}, {@code
 * 1.234567e+06}, {@code 1.3374956e+24}). Java's {@code Float.toString} differs in layout ({@code
 * 1.0}, {@code 1.0E-5}) and, before Java 19, sometimes in digits, so it is not used.
 *
 * <p>For bit size 32 the value is first rounded to the nearest {@code float32}, ties to even, as
 * Go's {@code float32(f)} does; a {@code float64} too large for a {@code float32} becomes {@code
 * +Inf} or {@code -Inf} and one too small becomes {@code 0} or {@code -0}.
 *
 * <p>The digits: among the decimals that read back as the same value (those strictly inside the
 * half-way points to the neighbouring values, the half-way points themselves included when the
 * binary mantissa is even, since reading rounds ties to even), take those with the fewest
 * significant digits, and of these the one nearest the exact value, ties to an even last digit.
 * This is done in exact decimal arithmetic, which is slow beside Go's Ryū but only runs for the
 * rare unquoted number bound to a string.
 *
 * <pre>{@code
 * GoFloatFormat.formatG(1.3374955569420314e24, 32);  // "1.3374956e+24"
 * GoFloatFormat.formatG(0.1, 32);                    // "0.1"
 * GoFloatFormat.formatG(1e-5, 64);                   // "1e-05"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GoFloatFormat {
  // Go's %g with the shortest precision switches to exponent notation from this exponent on.
  private static final int PLAIN_EXPONENT_LIMIT = 6;

  // ... and below this one.
  private static final int PLAIN_EXPONENT_FLOOR = -4;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private GoFloatFormat() {}

  /**
   * Formats {@code value} as Go's {@code strconv.FormatFloat(value, 'g', -1, bitSize)}.
   *
   * @param value the value, as the {@code float64} Go holds
   * @param bitSize 32 to format it as a {@code float32}, 64 as a {@code float64}
   * @return Go's text
   * @throws IllegalArgumentException if {@code bitSize} is neither 32 nor 64
   */
  public static String formatG(double value, int bitSize) {
    if (bitSize != 32 && bitSize != 64) {
      throw new IllegalArgumentException("bitSize must be 32 or 64, not " + bitSize);
    }
    double v = bitSize == 32 ? (double) (float) value : value;
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    boolean negative = (Double.doubleToRawLongBits(v) < 0);
    if (v == 0) {
      return negative ? "-0" : "0";
    }
    Digits digits = bitSize == 32 ? shortest32((float) Math.abs(v)) : shortest64(Math.abs(v));
    return layout(negative, digits);
  }

  /**
   * Significant digits (no leading or trailing zeros) and the value {@code 0.digits × 10^point}.
   */
  static final class Digits {
    final String digits;
    final int point;

    Digits(String digits, int point) {
      this.digits = digits;
      this.point = point;
    }
  }

  /**
   * The shortest digits of a positive finite {@code float32}.
   *
   * @param f the value
   * @return its digits
   */
  static Digits shortest32(float f) {
    double below = f - (double) Math.nextDown(f);
    float up = Math.nextUp(f);
    // Past the largest float32 the gap is the last one, as for a mantissa that would carry on.
    double above = Float.isInfinite(up) ? Math.ulp(f) : (double) up - f;
    boolean evenMantissa = (Float.floatToRawIntBits(f) & 1) == 0;
    return shortest(new BigDecimal(f), new BigDecimal(below), new BigDecimal(above), evenMantissa);
  }

  /**
   * The shortest digits of a positive finite {@code float64}.
   *
   * @param d the value
   * @return its digits
   */
  static Digits shortest64(double d) {
    BigDecimal exact = new BigDecimal(d);
    BigDecimal below = exact.subtract(new BigDecimal(Math.nextDown(d)));
    double up = Math.nextUp(d);
    BigDecimal above =
        Double.isInfinite(up) ? new BigDecimal(Math.ulp(d)) : new BigDecimal(up).subtract(exact);
    boolean evenMantissa = (Double.doubleToRawLongBits(d) & 1) == 0;
    return shortest(exact, below, above, evenMantissa);
  }

  /**
   * The digits with the fewest significant digits inside the reading interval of {@code exact},
   * nearest {@code exact}, ties to even.
   *
   * @param exact the value, positive
   * @param gapBelow the distance to the next smaller value (the interval reaches half of it)
   * @param gapAbove the distance to the next larger value (the interval reaches half of it)
   * @param inclusive whether the half-way points themselves read back as {@code exact}
   */
  private static Digits shortest(
      BigDecimal exact, BigDecimal gapBelow, BigDecimal gapAbove, boolean inclusive) {
    BigDecimal low = exact.subtract(gapBelow.divide(TWO));
    BigDecimal high = exact.add(gapAbove.divide(TWO));
    // The unit 10^q of the last digit: the largest q with a multiple of 10^q in [low, high] gives
    // the fewest significant digits. No multiple of a unit above high's leading digit can be in.
    int q = high.precision() - high.scale() - 1;
    while (true) {
      BigInteger lowK = low.scaleByPowerOfTen(-q).setScale(0, RoundingMode.CEILING).toBigInteger();
      if (!inclusive && isMultiple(low, q)) {
        lowK = lowK.add(BigInteger.ONE);
      }
      BigInteger highK = high.scaleByPowerOfTen(-q).setScale(0, RoundingMode.FLOOR).toBigInteger();
      if (!inclusive && isMultiple(high, q)) {
        highK = highK.subtract(BigInteger.ONE);
      }
      if (lowK.signum() > 0 && lowK.compareTo(highK) <= 0) {
        BigInteger k =
            exact.scaleByPowerOfTen(-q).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        k = k.max(lowK).min(highK);
        return digitsOf(k, q);
      }
      q--;
    }
  }

  /** Whether {@code x} is an integer multiple of {@code 10^q}. */
  private static boolean isMultiple(BigDecimal x, int q) {
    BigDecimal scaled = x.scaleByPowerOfTen(-q);
    return scaled.signum() == 0 || scaled.stripTrailingZeros().scale() <= 0;
  }

  /** The digits of {@code k × 10^q}, trailing zeros removed. */
  private static Digits digitsOf(BigInteger k, int q) {
    String text = k.toString();
    int end = text.length();
    while (end > 1 && text.charAt(end - 1) == '0') {
      end--;
    }
    return new Digits(text.substring(0, end), text.length() + q);
  }

  /** Go's {@code %g} with the shortest precision: {@code %e} or {@code %f} by the exponent. */
  private static String layout(boolean negative, Digits d) {
    StringBuilder out = new StringBuilder(d.digits.length() + 8);
    if (negative) {
      out.append('-');
    }
    int exponent = d.point - 1;
    if (exponent < PLAIN_EXPONENT_FLOOR || exponent >= PLAIN_EXPONENT_LIMIT) {
      out.append(d.digits.charAt(0));
      if (d.digits.length() > 1) {
        out.append('.').append(d.digits, 1, d.digits.length());
      }
      out.append('e').append(exponent < 0 ? '-' : '+');
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        out.append('0');
      }
      out.append(magnitude);
      return out.toString();
    }
    if (d.point <= 0) {
      out.append("0.");
      for (int i = d.point; i < 0; i++) {
        out.append('0');
      }
      out.append(d.digits);
    } else if (d.point >= d.digits.length()) {
      out.append(d.digits);
      for (int i = d.digits.length(); i < d.point; i++) {
        out.append('0');
      }
    } else {
      out.append(d.digits, 0, d.point).append('.').append(d.digits, d.point, d.digits.length());
    }
    return out.toString();
  }
}
