// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What calicoctl stores for an unquoted scalar bound to a Go string, on a table written by hand
 * from go-yaml v2's resolver and {@code sigs.k8s.io/yaml}'s string-target conversion. {@code SAME}
 * means calicoctl stores the text as written.
 */
class CalicoctlScalarsTest {
  private static final String SAME = "\u0000same";

  private static Arguments row(String written, String stored) {
    return Arguments.of(written, stored);
  }

  private static Arguments same(String written) {
    return Arguments.of(written, SAME);
  }

  static Stream<Arguments> values() {
    return Stream.of(
        // YAML 1.1 booleans, in the three spellings go-yaml knows; Go writes true and false.
        row("yes", "true"),
        row("Yes", "true"),
        row("YES", "true"),
        row("y", "true"),
        row("Y", "true"),
        row("on", "true"),
        row("On", "true"),
        row("ON", "true"),
        row("True", "true"),
        row("TRUE", "true"),
        same("true"),
        row("no", "false"),
        row("No", "false"),
        row("NO", "false"),
        row("n", "false"),
        row("N", "false"),
        row("off", "false"),
        row("Off", "false"),
        row("OFF", "false"),
        row("False", "false"),
        row("FALSE", "false"),
        same("false"),
        // Mixed case is not in the table: a string.
        same("tRUE"),
        same("yES"),
        same("oN"),
        same("nO"),
        // Null is JSON null, which leaves a Go string empty.
        row("~", ""),
        row("null", ""),
        row("Null", ""),
        row("NULL", ""),
        same("nULL"),
        same(""),
        // Integers in Go's base-prefix syntax, printed in decimal.
        row("010", "8"),
        row("0o10", "8"),
        row("0O10", "8"),
        row("0x1F", "31"),
        row("0X1F", "31"),
        row("0b101", "5"),
        row("0B101", "5"),
        row("-0b101", "-5"),
        row("+0b101", "5"),
        row("-0x1F", "-31"),
        row("-0o10", "-8"),
        row("+1", "1"),
        row("-0", "0"),
        row("+0", "0"),
        row("00", "0"),
        row("-00", "0"),
        row("007", "7"),
        same("0"),
        same("100"),
        same("-5"),
        same("123456789"),
        // Underscores are removed before integers and floats are tried, wherever they are.
        row("1_000", "1000"),
        row("-1_000", "-1000"),
        row("0_10", "8"),
        row("1__0", "10"),
        row("1_", "1"),
        row("-_1", "-1"),
        row("0x_1F", "31"),
        row("0x1F_", "31"),
        row("0_x1F", "31"),
        row("0b_101", "5"),
        row("0o_10", "8"),
        // The ends of int64 and uint64.
        same("9223372036854775807"),
        same("-9223372036854775808"),
        same("9223372036854775808"),
        same("18446744073709551615"),
        row("0xFFFFFFFFFFFFFFFF", "18446744073709551615"),
        row("0o777777777777777777777", "9223372036854775807"),
        row("-0x8000000000000000", "-9223372036854775808"),
        row(
            "0b1111111111111111111111111111111111111111111111111111111111111111",
            "18446744073709551615"),
        row(
            "-0b1000000000000000000000000000000000000000000000000000000000000000",
            "-9223372036854775808"),
        // go-yaml's own binary case after a lower-case 0b takes a sign.
        row("0b+101", "5"),
        row("0b-101", "-5"),
        same("0B+11"),
        same("-0b-101"),
        same("-0b+101"),
        // Floats: the shortest text of the nearest float32.
        row("1.0", "1"),
        row("1.10", "1.1"),
        row("1.", "1"),
        row("0.", "0"),
        row("0.0", "0"),
        row("-0.0", "-0"),
        row("0e0", "0"),
        row("-0e0", "-0"),
        same("0.1"),
        same("0.3"),
        same("2.5"),
        same("0.0001"),
        row("1e3", "1000"),
        row("1E3", "1000"),
        row("1e+3", "1000"),
        row("1e2", "100"),
        row("1_0.5", "10.5"),
        row("12e3_4", "1.2e+35"),
        row("1_000e1_0", "1e+13"),
        row("1_e3", "1000"),
        row("+1_000.5_5", "1000.55"),
        // 08 and 09 are not octal, so they are floats.
        row("08", "8"),
        row("09", "9"),
        // Go's %g: exponent notation below 1e-4 and from 1e+06 on, with two exponent digits at
        // least.
        row("0.00001", "1e-05"),
        row("1e-5", "1e-05"),
        row("1e-7", "1e-07"),
        row("1.0e-7", "1e-07"),
        row("0.000012345", "1.2345e-05"),
        row("123456.0", "123456"),
        row("1234567.0", "1.234567e+06"),
        row("1e06", "1e+06"),
        row("1.0e+6", "1e+06"),
        // float32 keeps about seven digits.
        row("123456789.0", "1.2345679e+08"),
        row("16777217.0", "1.6777216e+07"),
        same("16777217"),
        row("1337495556942031415926535", "1.3374956e+24"),
        row("123456789012345678901234567890", "1.2345679e+29"),
        // Integers outside int64 and uint64 are floats.
        row("18446744073709551616", "1.8446744e+19"),
        row("-9223372036854775809", "-9.223372e+18"),
        row("+9223372036854775808", "9.223372e+18"),
        // The text is read as a float64 first, then rounded to a float32: the float64 nearest to
        // this is the exact half-way point between float32 1 and its successor, and the tie goes to
        // the even 1 (reading the text straight as a float32 would give 1.0000001).
        row("1.0000000596046447753906251", "1"),
        // Half-way between two shortest candidates, the even last digit wins.
        row("2097152.25", "2.0971522e+06"),
        row("2097152.75", "2.0971528e+06"),
        // float32's range: overflow is infinite, underflow zero with its sign.
        row("3.4028235e38", "3.4028235e+38"),
        row("3.4028236e38", "+Inf"),
        row("1e300", "+Inf"),
        row("-1e300", "-Inf"),
        row("1.17549435e-38", "1.1754944e-38"),
        same("1e-45"),
        row("1.4e-45", "1e-45"),
        row("2e-45", "1e-45"),
        row("7e-46", "0"),
        row("1e-50", "0"),
        row("-1e-50", "-0"),
        row("5e-324", "0"),
        row("4.9e-324", "0"),
        // float64 underflow is zero without an error, so these are floats too.
        row("1e-400", "0"),
        row("-1e-400", "-0"),
        // float64 overflow is an error: the text stays a string.
        same("1e400"),
        same("-1e400"),
        same(".5e400"),
        // Text starting with '.' goes to Go's ParseFloat as written.
        row(".5", "0.5"),
        row("-.5", "-0.5"),
        row("+.5", "0.5"),
        row(".5e3", "500"),
        row(".5e3_0", "5e+29"),
        row(".5_5", "0.55"),
        row("-.5_5", "-0.55"),
        row(".5e-400", "0"),
        same("._5"),
        same(".5_"),
        same(".5_e3"),
        same(".5e_3"),
        same(".e3"),
        same("."),
        same("+."),
        same("-."),
        // YAML's special floats, and Go's names for them.
        row(".inf", "+Inf"),
        row(".Inf", "+Inf"),
        row(".INF", "+Inf"),
        row("+.inf", "+Inf"),
        row("+.Inf", "+Inf"),
        row("+.INF", "+Inf"),
        row("-.inf", "-Inf"),
        row("-.Inf", "-Inf"),
        row("-.INF", "-Inf"),
        row(".nan", "NaN"),
        row(".NaN", "NaN"),
        row(".NAN", "NaN"),
        same(".Nan"),
        same(".inF"),
        same("inf"),
        same("+inf"),
        same("nan"),
        same("Infinity"),
        // Strings: no base 60, no hexadecimal floats, timestamps keep their text.
        same("1:30"),
        same("190:20:30"),
        same("0x1p3"),
        same("0x1.8p1"),
        same("2001-12-14"),
        same("2001-1-2"),
        same("2001-12-14T21:59:43.10-05:00"),
        same("2001-12-14 21:59:43.10"),
        // Not numbers at all, or out of range in every reading.
        same("0x10000000000000000"),
        same("-0x8000000000000001"),
        same("0b11111111111111111111111111111111111111111111111111111111111111111"),
        same("0b+1111111111111111111111111111111111111111111111111111111111111111"),
        same("0x"),
        same("0xg"),
        same("0x-1"),
        same("0b"),
        same("0b2"),
        same("0o"),
        same("0o8"),
        same("0o18"),
        same("1e"),
        same("1.5e"),
        same("1.5."),
        same("1e3."),
        same("0.1.2"),
        same("1,000"),
        same("_1"),
        same("+"),
        same("<<"),
        same("="),
        // Everyday values.
        same("eth0"),
        same("k8s"),
        same("ca:fe:1d:52:bb:e9"),
        same("52:54:00:44:49:56"),
        same("1.2.3.4"),
        same("10.0.0.1/32"),
        same("kns.default"),
        same("cali0ef24ba"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("values")
  void storedValue(String written, String stored) {
    Optional<String> expected = SAME.equals(stored) ? Optional.empty() : Optional.of(stored);
    assertThat(CalicoctlScalars.storedValue(written)).as(written).isEqualTo(expected);
  }

  static Stream<Arguments> keys() {
    return Stream.of(
        row("yes", "true"),
        row("off", "false"),
        row("1.0", "1"),
        row("010", "8"),
        row("0x1F", "31"),
        row("1337495556942031415926535", "1.3374956e+24"),
        row("18446744073709551616", "1.8446744e+19"),
        // Keys that are not numbers use YAML's names, not Go's.
        same(".inf"),
        row(".Inf", ".inf"),
        row("+.inf", ".inf"),
        row("-.INF", "-.inf"),
        same("-.inf"),
        row(".NaN", ".nan"),
        same(".nan"),
        row("1e300", ".inf"),
        row("-1e300", "-.inf"),
        same("9223372036854775807"),
        same("2001-12-14"),
        same("app.kubernetes.io/name"),
        same("1:30"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("keys")
  void storedKey(String written, String stored) {
    Optional<String> expected = SAME.equals(stored) ? Optional.empty() : Optional.of(stored);
    assertThat(CalicoctlScalars.refusedKey(written)).as(written).isEmpty();
    assertThat(CalicoctlScalars.storedKey(written)).as(written).isEqualTo(expected);
  }

  @Test
  void refusesNullKeysUint64KeysAndMergeKeys() {
    for (String key : new String[] {"~", "null", "Null", "NULL", ""}) {
      assertThat(CalicoctlScalars.refusedKey(key)).as(key).get().asString().contains("null");
      assertThat(CalicoctlScalars.storedKey(key)).as(key).isEmpty();
    }
    for (String key :
        new String[] {"9223372036854775808", "18446744073709551615", "0xFFFFFFFFFFFFFFFF"}) {
      assertThat(CalicoctlScalars.refusedKey(key))
          .as(key)
          .get()
          .asString()
          .contains("9223372036854775807");
      assertThat(CalicoctlScalars.storedKey(key)).as(key).isEmpty();
    }
    assertThat(CalicoctlScalars.refusedKey("<<")).get().asString().contains("merge");
  }

  @Test
  void resolvesToTheKindGoYamlGives() {
    GoYamlScalar octal = GoYamlScalar.resolve("010");
    assertThat(octal.kind()).isEqualTo(GoYamlScalar.Kind.INT);
    assertThat(octal.integer()).isEqualTo(8L);

    GoYamlScalar big = GoYamlScalar.resolve("18446744073709551615");
    assertThat(big.kind()).isEqualTo(GoYamlScalar.Kind.UINT);
    assertThat(big.integer()).isEqualTo(-1L);

    GoYamlScalar bigger = GoYamlScalar.resolve("18446744073709551616");
    assertThat(bigger.kind()).isEqualTo(GoYamlScalar.Kind.FLOAT);
    assertThat(bigger.floatValue()).isEqualTo(18446744073709551616.0);

    assertThat(GoYamlScalar.resolve("on").kind()).isEqualTo(GoYamlScalar.Kind.BOOL);
    assertThat(GoYamlScalar.resolve("on").bool()).isTrue();
    assertThat(GoYamlScalar.resolve("N").bool()).isFalse();
    assertThat(GoYamlScalar.resolve("~").kind()).isEqualTo(GoYamlScalar.Kind.NULL);
    assertThat(GoYamlScalar.resolve("").kind()).isEqualTo(GoYamlScalar.Kind.NULL);
    assertThat(GoYamlScalar.resolve(".NaN").floatValue()).isNaN();
    assertThat(GoYamlScalar.resolve("-.inf").floatValue()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(GoYamlScalar.resolve("2001-12-14").kind()).isEqualTo(GoYamlScalar.Kind.STRING);
    assertThat(GoYamlScalar.resolve("1e400").kind()).isEqualTo(GoYamlScalar.Kind.STRING);
    // Go reads only ASCII digits.
    assertThat(GoYamlScalar.resolve("\u0661\u0662").kind()).isEqualTo(GoYamlScalar.Kind.STRING);
    assertThat(GoYamlScalar.resolve("1\u0662").kind()).isEqualTo(GoYamlScalar.Kind.STRING);
  }
}
