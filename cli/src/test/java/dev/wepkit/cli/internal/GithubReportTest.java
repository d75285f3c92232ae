// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The escaping GitHub's toolkit applies to workflow commands, written out by hand. */
class GithubReportTest {
  @Test
  void messagesEscapePercentAndLineEnds() {
    assertThat(GithubReport.data("50% a\r\nb")).isEqualTo("50%25 a%0D%0Ab");
  }

  @Test
  void propertiesAlsoEscapeColonsAndCommas() {
    assertThat(GithubReport.property("c:\\x,y%")).isEqualTo("c%3A\\x%2Cy%25");
  }
}
