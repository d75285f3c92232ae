// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateDocsSampleExampleTest {
  @Test
  void theDocsSampleIsValidButRepeatsAKey() throws Exception {
    String out = ExampleOutput.of(ValidateDocsSampleExample::run);
    // The sample repeats spec.endpoint on its line 18 (line 16 of the docs, after two comment
    // lines).
    assertThat(out).containsPattern("decode warning: spec\\.endpoint: duplicate .*line 18");
    assertThat(out).contains("containerID: 1337495556942031415926535\n");
    assertThat(out).contains("node1-k8s-my--nginx--b1337a-eth0: valid\n");
    assertThat(out).doesNotContain("  error ");
    assertThat(out)
        .containsPattern("strict: spec\\.endpoint: duplicate field \"endpoint\" .*line 18");
  }
}
