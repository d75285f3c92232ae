// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RandomEndpointsExampleTest {
  @Test
  void validEndpointsAreValidAndMutationsAreReportedWhereTheySay() throws Exception {
    String out = ExampleOutput.of(o -> RandomEndpointsExample.run(o, 42L));
    assertThat(out).contains("valid endpoints accepted: 200 of 200\n");
    assertThat(out).containsPattern("sample \\S+: \\d+ bytes of JSON\n");
    assertThat(out).containsPattern("mutation \\S.*: expected \\w+ at \\S+, reported: true\n");
  }

  @Test
  void theSameSeedGivesTheSameEndpoints() throws Exception {
    assertThat(ExampleOutput.of(o -> RandomEndpointsExample.run(o, 7L)))
        .isEqualTo(ExampleOutput.of(o -> RandomEndpointsExample.run(o, 7L)));
  }
}
