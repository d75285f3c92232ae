// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code resource.ParseQuantity(s).Value()}: suffixes from apimachinery's suffix table, values
 * rounded up (ceil) as Value() documents, and the overflow results of its two code paths.
 */
class GoQuantityTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "00, 0",
    "1, 1",
    "+1, 1",
    "-1, -1",
    "1n, 1",
    "1u, 1",
    "1m, 1",
    "100m, 1",
    "1500m, 2",
    "1.5, 2",
    "0.1, 1",
    "1k, 1000",
    "1.01k, 1010",
    "10M, 10000000",
    "1G, 1000000000",
    "1T, 1000000000000",
    "1P, 1000000000000000",
    "1.01P, 1010000000000000",
    "1E, 1000000000000000000",
    "9E, 9000000000000000000",
    "1Ki, 1024",
    "1Mi, 1048576",
    "4Gi, 4294967296",
    "1Ti, 1099511627776",
    "1Pi, 1125899906842624",
    "1Ei, 1152921504606846976",
    "0.5Gi, 536870912",
    "1.5Gi, 1610612736",
    "1e3, 1000",
    "1E3, 1000",
    "1e+3, 1000",
    "1e-3, 1",
    "12e6, 12000000",
    "1.e3, 1000",
    "34359738360, 34359738360",
    "4294967295, 4294967295",
    "9223372036854775807, 9223372036854775807",
    "7Ei, 8070450532247928832",
    "8Ei, 9223372036854775807",
  })
  void valueRoundsUp(String text, long value) {
    assertThat(GoQuantity.value(text)).isEqualTo(value);
  }

  @Test
  void fastPathOverflowGivesZeroOrWraps() {
    // positiveScaleInt64: the generic loop returns 0 on overflow ...
    assertThat(GoQuantity.value("10E")).isZero();
    assertThat(GoQuantity.value("10000P")).isZero();
    // ... but the k, M and G scales multiply once and keep the wrapped product.
    assertThat(GoQuantity.value("10000000000000G")).isEqualTo(10_000_000_000_000L * 1_000_000_000L);
  }

  @Test
  void slowPathKeepsTheLowSixtyFourBits() {
    // More than 18 digits: the inf.Dec path, then big.Int.Int64().
    assertThat(GoQuantity.value("12345678901234567890"))
        .isEqualTo(new BigInteger("12345678901234567890").longValue());
    assertThat(
            GoQuantity.value(
                "1000000000000000000000000000000000000000000000000000000000000000000000e9"))
        .isZero();
    assertThat(GoQuantity.value("0.0000000000000000001")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1x",
        "1K",
        "1ki",
        "1kk",
        "1.5.5",
        "1e",
        "1e+",
        "1Ki3",
        "abc",
        "1 ",
        " 1",
        "1e1.5",
        "--1",
        "1e99999999999999999999"
      })
  void parseErrors(String text) {
    assertThatThrownBy(() -> GoQuantity.value(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLoneSignPointOrSuffixIsZero() {
    // parseQuantityString finds no digits and reports the number 0.
    assertThat(GoQuantity.value("-")).isZero();
    assertThat(GoQuantity.value("+")).isZero();
    assertThat(GoQuantity.value(".")).isZero();
    assertThat(GoQuantity.value("k")).isZero();
    assertThat(GoQuantity.value("Gi")).isZero();
  }
}
