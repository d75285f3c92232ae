// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's {@code strconv.FormatFloat(f, 'g', -1, bitSize)} on values whose Go text follows by hand
 * from the rule: the shortest digits that read back, {@code %e} when the exponent is below -4 or at
 * least 6, two exponent digits at least.
 */
class GoFloatFormatTest {
  static Stream<Arguments> float32() {
    return Stream.of(
        Arguments.of(0.0, "0"),
        Arguments.of(-0.0, "-0"),
        Arguments.of(Double.NaN, "NaN"),
        Arguments.of(Double.POSITIVE_INFINITY, "+Inf"),
        Arguments.of(Double.NEGATIVE_INFINITY, "-Inf"),
        Arguments.of(1.0, "1"),
        Arguments.of(-1.0, "-1"),
        Arguments.of(1.5, "1.5"),
        Arguments.of(0.1, "0.1"),
        Arguments.of(100000.0, "100000"),
        Arguments.of(123456.0, "123456"),
        Arguments.of(999999.0, "999999"),
        Arguments.of(1e6, "1e+06"),
        Arguments.of(1234567.0, "1.234567e+06"),
        Arguments.of(16777216.0, "1.6777216e+07"),
        Arguments.of(1e21, "1e+21"),
        Arguments.of(0.0001, "0.0001"),
        Arguments.of(0.00012, "0.00012"),
        Arguments.of(0.00001, "1e-05"),
        Arguments.of(1.2345e-5, "1.2345e-05"),
        Arguments.of(1e-10, "1e-10"),
        Arguments.of((double) Float.MAX_VALUE, "3.4028235e+38"),
        Arguments.of((double) Float.MIN_NORMAL, "1.1754944e-38"),
        Arguments.of((double) Float.MIN_VALUE, "1e-45"),
        Arguments.of(2 * (double) Float.MIN_VALUE, "3e-45"),
        // Rounded to a float32 first.
        Arguments.of(1e39, "+Inf"),
        Arguments.of(-1e39, "-Inf"),
        Arguments.of(1e-46, "0"),
        Arguments.of(-1e-46, "-0"),
        Arguments.of(0.1 + 0.2, "0.3"),
        Arguments.of(1.3374955569420314e24, "1.3374956e+24"),
        // 2^21 + 0.25: 2097152.2 and 2097152.3 are equally near and both read back; 2 is even.
        Arguments.of(2097152.25, "2.0971522e+06"),
        // Float32 values 16 apart, with the half-way point 134219000 between them: it reads back as
        // the one with the even mantissa (134219008, which may use it), not the odd one
        // (134218992).
        Arguments.of(134219008.0, "1.34219e+08"),
        Arguments.of(134218992.0, "1.3421899e+08"),
        // Powers of two, whose gap below is half the gap above.
        Arguments.of(8388608.0, "8.388608e+06"),
        // 2^25: 3.355443e+07 lies within half the gap above but not within half the gap below.
        Arguments.of(33554432.0, "3.3554432e+07"),
        Arguments.of(0.5, "0.5"),
        Arguments.of(0.125, "0.125"),
        Arguments.of(9.5367431640625e-7, "9.536743e-07"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("float32")
  void formatsFloat32(double value, String expected) {
    assertThat(GoFloatFormat.formatG(value, 32)).isEqualTo(expected);
  }

  static Stream<Arguments> float64() {
    return Stream.of(
        Arguments.of(0.0, "0"),
        Arguments.of(-0.0, "-0"),
        Arguments.of(0.1, "0.1"),
        Arguments.of(0.1 + 0.2, "0.30000000000000004"),
        // The float32 nearest 0.1, printed as a float64.
        Arguments.of((double) 0.1f, "0.10000000149011612"),
        Arguments.of(100.0, "100"),
        Arguments.of(123456.0, "123456"),
        Arguments.of(1234567.0, "1.234567e+06"),
        Arguments.of(1e20, "1e+20"),
        Arguments.of(1e21, "1e+21"),
        Arguments.of(1e23, "1e+23"),
        Arguments.of(1e100, "1e+100"),
        Arguments.of(1e-5, "1e-05"),
        Arguments.of(1.3374955569420314e24, "1.3374955569420314e+24"),
        Arguments.of(Double.MAX_VALUE, "1.7976931348623157e+308"),
        Arguments.of(Double.MIN_NORMAL, "2.2250738585072014e-308"),
        Arguments.of(Double.MIN_VALUE, "5e-324"),
        Arguments.of(9007199254740993.0, "9.007199254740992e+15"),
        Arguments.of(Double.POSITIVE_INFINITY, "+Inf"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("float64")
  void formatsFloat64(double value, String expected) {
    assertThat(GoFloatFormat.formatG(value, 64)).isEqualTo(expected);
  }

  @Test
  void refusesOtherBitSizes() {
    assertThatThrownBy(() -> GoFloatFormat.formatG(1, 16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16");
  }
}
