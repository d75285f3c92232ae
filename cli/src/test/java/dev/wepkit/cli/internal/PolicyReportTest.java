// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Orders print as Go's %v prints ordinary float64 values: no ".0", no exponent for whole numbers.
 */
class PolicyReportTest {
  @Test
  void ordersPrintWithoutNeedlessDigits() {
    assertThat(PolicyReport.order(null)).isEqualTo("-");
    assertThat(PolicyReport.order(10.0)).isEqualTo("10");
    assertThat(PolicyReport.order(1_000_000.0)).isEqualTo("1000000");
    assertThat(PolicyReport.order(999.5)).isEqualTo("999.5");
    assertThat(PolicyReport.order(0.25)).isEqualTo("0.25");
    assertThat(PolicyReport.order(-3.0)).isEqualTo("-3");
  }
}
