// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildAndNameExampleTest {
  @Test
  void printsTheDerivedNameAndTheEndpoint() throws Exception {
    String out = ExampleOutput.of(BuildAndNameExample::run);
    // Calico's name for rack1-host1/k8s/frontend-5gs43/eth0 (calicoctl convert test data).
    assertThat(out).startsWith("name: rack1--host1-k8s-frontend--5gs43-eth0\n");
    // cali + the first 11 hex characters of SHA-1("default.frontend-5gs43").
    assertThat(out)
        .contains("interface: cali" + sha1Hex("default.frontend-5gs43").substring(0, 11));
    assertThat(out)
        .contains("\"kind\": \"WorkloadEndpoint\"")
        .contains("\"name\": \"rack1--host1-k8s-frontend--5gs43-eth0\"")
        .contains("\"hostPort\": 0");
  }

  private static String sha1Hex(String text) throws Exception {
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-1")
            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
