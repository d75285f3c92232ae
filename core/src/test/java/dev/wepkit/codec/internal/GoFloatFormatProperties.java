// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties of Go's float formatting and of what calicoctl stores for unquoted numbers, over
 * seeded random values, each checked against the JDK's own parsing and exact decimal rounding.
 * Replay a failure with {@code -Dwepkit.seed=N}; change the number of cases with {@code
 * -Dwepkit.tries=N} (default 1000).
 */
class GoFloatFormatProperties {
  private static final long SEED = Long.getLong("wepkit.seed", new SplittableRandom().nextLong());
  private static final int TRIES = Integer.getInteger("wepkit.tries", 1000);

  // Go's %g: plain digits, or one digit, optional fraction and a signed exponent of two or three.
  private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
  private static final Pattern EXPONENT =
      Pattern.compile("-?[1-9](\\.[0-9]*[1-9])?e[-+]([0-9]{2,3})");

  @Test
  void float32TextReadsBackShortestAndNearest() {
    forAll(
        "float32TextReadsBackShortestAndNearest",
        random -> {
          float f = randomFloat(random);
          String text = GoFloatFormat.formatG(f, 32);
          assertThat(Float.floatToIntBits(Float.parseFloat(text)))
              .as("%s read back (from bits %08x)", text, Float.floatToIntBits(f))
              .isEqualTo(Float.floatToIntBits(f));
          checkLayout(text);
          checkShortestAndNearest(new BigDecimal(f), text, s -> Float.parseFloat(s) == f);
        });
  }

  @Test
  void float64TextReadsBackShortestAndNearest() {
    forAll(
        "float64TextReadsBackShortestAndNearest",
        random -> {
          double d = randomDouble(random);
          String text = GoFloatFormat.formatG(d, 64);
          assertThat(Double.doubleToLongBits(Double.parseDouble(text)))
              .as("%s read back (from bits %016x)", text, Double.doubleToLongBits(d))
              .isEqualTo(Double.doubleToLongBits(d));
          checkLayout(text);
          checkShortestAndNearest(new BigDecimal(d), text, s -> Double.parseDouble(s) == d);
        });
  }

  @Test
  void float32RoundsTheFloat64First() {
    forAll(
        "float32RoundsTheFloat64First",
        random -> {
          double d = randomDouble(random);
          String text = GoFloatFormat.formatG(d, 32);
          float f = (float) d;
          if (Float.isInfinite(f)) {
            assertThat(text).isEqualTo(f > 0 ? "+Inf" : "-Inf");
          } else {
            assertThat(Float.floatToIntBits(Float.parseFloat(text)))
                .as("%s from %s", text, d)
                .isEqualTo(Float.floatToIntBits(f));
          }
        });
  }

  @Test
  void integersAreStoredInDecimalWhateverTheirSpelling() {
    forAll(
        "integersAreStoredInDecimalWhateverTheirSpelling",
        random -> {
          long n = randomLong(random);
          String decimal = Long.toString(n);
          String sign = n < 0 ? "-" : random.nextBoolean() ? "+" : "";
          String magnitude = Long.toString(Math.abs(n)).replace("-", "");
          if (n == Long.MIN_VALUE) {
            magnitude = "9223372036854775808";
          }
          BigInteger abs = new BigInteger(magnitude);
          String[] spellings = {
            sign + magnitude,
            sign + "0x" + abs.toString(16),
            sign + "0X" + abs.toString(16).toUpperCase(Locale.ROOT),
            sign + "0o" + abs.toString(8),
            sign + "0" + abs.toString(8),
            sign + "0b" + abs.toString(2),
            sign + withUnderscores(random, magnitude),
          };
          for (String written : spellings) {
            String stored = CalicoctlScalars.storedValue(written).orElse(written);
            assertThat(stored).as(written).isEqualTo(decimal);
          }
        });
  }

  @Test
  void decimalFloatsAreStoredAsTheNearestFloat32() {
    forAll(
        "decimalFloatsAreStoredAsTheNearestFloat32",
        random -> {
          // d.ddd, .ddd or ddd.ddde±x: always a float to go-yaml (a '.' or an exponent is there).
          String written = randomDecimal(random);
          String stored = CalicoctlScalars.storedValue(written).orElse(written);
          float expected = (float) Double.parseDouble(written);
          if (Float.isInfinite(expected)) {
            assertThat(stored).as(written).isEqualTo(expected > 0 ? "+Inf" : "-Inf");
          } else {
            assertThat(Float.floatToIntBits(Float.parseFloat(stored)))
                .as("%s stored as %s", written, stored)
                .isEqualTo(Float.floatToIntBits(expected));
            assertThat(stored).as(written).doesNotContain("E").doesNotEndWith(".0");
          }
        });
  }

  /** The layout of Go's %g, and the exponent limits that choose between its two forms. */
  private static void checkLayout(String text) {
    String digits = text.startsWith("-") ? text.substring(1) : text;
    if ("0".equals(digits)) {
      return;
    }
    Matcher exponent = EXPONENT.matcher(text);
    if (exponent.matches()) {
      int x = new BigDecimal(digits).precision() - new BigDecimal(digits).scale() - 1;
      assertThat(x < -4 || x >= 6).as("%s in exponent form", text).isTrue();
      return;
    }
    assertThat(PLAIN.matcher(text).matches()).as("%s is neither of Go's forms", text).isTrue();
    BigDecimal value = new BigDecimal(digits);
    int x = value.precision() - value.scale() - 1;
    assertThat(x >= -4 && x < 6).as("%s in plain form", text).isTrue();
  }

  /**
   * No decimal with fewer significant digits reads back (the nearest ones below and above the exact
   * value stand for all of them), and of those with as many digits the text is the nearest that
   * reads back, an even last digit on a tie.
   */
  private static void checkShortestAndNearest(
      BigDecimal exact, String text, Predicate<String> readsBack) {
    BigDecimal value = new BigDecimal(text).abs();
    BigDecimal magnitude = exact.abs();
    int n = value.stripTrailingZeros().precision();
    if (n > 1) {
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal shorter = magnitude.round(new MathContext(n - 1, mode));
        assertThat(readsBack.test(signed(exact, shorter)))
            .as("%s has %d digits but %s reads back too", text, n, shorter)
            .isFalse();
      }
    }
    BigDecimal below = magnitude.round(new MathContext(n, RoundingMode.FLOOR));
    BigDecimal above = magnitude.round(new MathContext(n, RoundingMode.CEILING));
    boolean belowOk = readsBack.test(signed(exact, below));
    boolean aboveOk = readsBack.test(signed(exact, above));
    BigDecimal nearest;
    if (belowOk && aboveOk) {
      int c = magnitude.subtract(below).compareTo(above.subtract(magnitude));
      if (c == 0) {
        nearest = below.unscaledValue().testBit(0) ? above : below;
      } else {
        nearest = c < 0 ? below : above;
      }
    } else {
      nearest = belowOk ? below : above;
    }
    assertThat(value.compareTo(nearest)).as("%s, the nearest is %s", text, nearest).isZero();
  }

  private static String signed(BigDecimal exact, BigDecimal magnitude) {
    return (exact.signum() < 0 ? "-" : "") + magnitude.toString();
  }

  /** Random float32 values: any bits, and values near powers of two and ten. */
  private static float randomFloat(SplittableRandom random) {
    while (true) {
      float f;
      switch (random.nextInt(4)) {
        case 0:
          f = (float) Math.scalb(1.0, random.nextInt(-149, 128));
          break;
        case 1:
          f = (float) Math.pow(10, random.nextInt(-45, 39)) * (1 + random.nextInt(1000));
          break;
        case 2:
          // Subnormals and the smallest normals.
          f = Float.intBitsToFloat(random.nextInt(1 << 24));
          break;
        default:
          f = Float.intBitsToFloat(random.nextInt());
      }
      if (random.nextInt(4) == 0) {
        f = random.nextBoolean() ? Math.nextUp(f) : Math.nextDown(f);
      }
      if (!Float.isNaN(f) && !Float.isInfinite(f) && f != 0) {
        return f;
      }
    }
  }

  private static double randomDouble(SplittableRandom random) {
    while (true) {
      double d;
      switch (random.nextInt(3)) {
        case 0:
          d = Math.scalb(1.0, random.nextInt(-1074, 1024));
          break;
        case 1:
          d = Math.pow(10, random.nextInt(-323, 309)) * (1 + random.nextInt(1000));
          break;
        default:
          d = Double.longBitsToDouble(random.nextLong());
      }
      if (random.nextInt(4) == 0) {
        d = random.nextBoolean() ? Math.nextUp(d) : Math.nextDown(d);
      }
      if (!Double.isNaN(d) && !Double.isInfinite(d) && d != 0) {
        return d;
      }
    }
  }

  private static long randomLong(SplittableRandom random) {
    switch (random.nextInt(3)) {
      case 0:
        return random.nextLong();
      case 1:
        return random.nextInt(-1000, 1000);
      default:
        return random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(3) : Long.MIN_VALUE;
    }
  }

  private static String withUnderscores(SplittableRandom random, String digits) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      out.append(digits.charAt(i));
      while (random.nextInt(4) == 0) {
        out.append('_');
      }
    }
    return out.toString();
  }

  private static String randomDecimal(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    if (random.nextInt(3) == 0) {
      s.append(random.nextBoolean() ? '-' : '+');
    }
    int intDigits = random.nextInt(0, 12);
    for (int i = 0; i < intDigits; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    boolean exponent = random.nextBoolean();
    if (intDigits == 0 || !exponent || random.nextBoolean()) {
      s.append('.');
      int fraction = random.nextInt(intDigits == 0 ? 1 : 0, 12);
      for (int i = 0; i < fraction; i++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
    }
    if (exponent) {
      s.append(random.nextBoolean() ? 'e' : 'E');
      s.append(random.nextBoolean() ? "-" : random.nextBoolean() ? "+" : "");
      s.append(random.nextInt(0, 60));
    }
    return s.toString();
  }

  private interface Property {
    void check(SplittableRandom random);
  }

  private static void forAll(String name, Property property) {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < TRIES; i++) {
      try {
        property.check(random);
      } catch (AssertionError | RuntimeException e) {
        String replay = name + " failed on try " + i + "; replay with -Dwepkit.seed=" + SEED;
        System.err.println(replay);
        throw new AssertionError(replay + ": " + e.getMessage(), e);
      }
    }
  }
}
