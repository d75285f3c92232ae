// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JacksonModuleExampleTest {
  @Test
  void bindsEndpointsInsideTheApplicationsOwnTypes() throws Exception {
    String out = ExampleOutput.of(JacksonModuleExample::run);
    assertThat(out).contains("cluster prod-eu: node1-k8s-web-eth0\n");
    assertThat(out).contains("protocol: tcp\n");
    // Go prints every port field, hostPort 0 and hostIP "" included, in struct order.
    assertThat(out)
        .contains(
            "\"ports\":[{\"name\":\"http\",\"protocol\":\"tcp\",\"port\":80,\"hostPort\":0,"
                + "\"hostIP\":\"\"}]");
    assertThat(out).containsPattern("strict: spec\\.nodee: .*line 1, column \\d+");
  }
}
