// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConvertExampleTest {
  @Test
  void convertsBothWaysWithoutChangingTheResources() throws Exception {
    String out = ExampleOutput.of(ConvertExample::run);
    assertThat(out).startsWith("documents: 2\n{\n  \"kind\": \"WorkloadEndpoint\",\n");
    assertThat(out).contains("\"enabled\": \"on\"").contains("\"mac\": \"52:54:00:44:49:56\"");
    // YAML 1.1 readers would turn these into a boolean and a base-60 number: they stay quoted.
    assertThat(out)
        .containsPattern("enabled: [\"']on[\"']")
        .containsPattern("mac: [\"']52:54:00:44:49:56[\"']");
    assertThat(out).contains("\n---\n");
    assertThat(out).endsWith("same resources: true\n");
  }
}
