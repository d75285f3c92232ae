// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import org.junit.jupiter.api.Test;

/**
 * The sample of Calico's WorkloadEndpoint reference page ({@code
 * test-fixtures/fixtures/wep-calico-docs-1.yaml}), built by hand.
 *
 * <p>Read against Calico's rules it is valid: the name equals the one derived from node1 / k8s /
 * my-nginx-b1337a / eth0, the labels and profile are well formed, {@code 192.168.0.0/32} is a
 * single address, the MAC is EUI-48, both ports are named with TCP and UDP, and a containerID of
 * digits only passes {@code [a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?}. The duplicate {@code endpoint}
 * key in the YAML holds the same value twice, so it changes nothing here.
 */
class DocsSampleTest {
  static ImmutableWorkloadEndpoint sample(String containerID) {
    return WorkloadEndpoint.builder()
        .metadata(
            ObjectMeta.builder()
                .name("node1-k8s-my--nginx--b1337a-eth0")
                .namespace("default")
                .putLabel("app", "frontend")
                .putLabel("projectcalico.org/namespace", "default")
                .putLabel("projectcalico.org/orchestrator", "k8s")
                .build())
        .spec(
            WorkloadEndpointSpec.builder()
                .node("node1")
                .orchestrator("k8s")
                .endpoint("eth0")
                .containerID(containerID)
                .pod("my-nginx-b1337a")
                .interfaceName("cali0ef24ba")
                .mac("ca:fe:1d:52:bb:e9")
                .addIpNetwork("192.168.0.0/32")
                .addProfile("profile1")
                .addPort(
                    WorkloadEndpointPort.builder()
                        .name("some-port")
                        .port(1234)
                        .protocol(Protocol.TCP)
                        .build())
                .addPort(
                    WorkloadEndpointPort.builder()
                        .name("another-port")
                        .port(5432)
                        .protocol(Protocol.UDP)
                        .build())
                .build())
        .build();
  }

  @Test
  void theDocumentationSampleIsValid() {
    WorkloadEndpoint wep = sample("1337495556942031415926535");
    for (WorkloadEndpointValidator validator :
        new WorkloadEndpointValidator[] {
          WorkloadEndpointValidator.create(),
          WorkloadEndpointValidator.builder().identityCheck(true).build()
        }) {
      ValidationResult result = validator.validate(wep);
      assertThat(result.errors()).as("%s", result).isEmpty();
      assertThat(result.warnings()).as("%s", result).isEmpty();
      assertThat(result.toString()).isEqualTo("valid");
    }
    assertThat(WorkloadEndpointValidator.create().validateForCreate(wep).isValid()).isTrue();
    assertThat(WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(wep.spec())))
        .isEqualTo(wep.metadata().name());
  }

  @Test
  void theContainerIdGoWouldDecodeFromTheUnquotedNumberIsRejected() {
    // calicoctl's sigs.k8s.io/yaml reads the unquoted number as a float, so Calico sees
    // this text, which fails the containerID pattern. wepkit's YAML reader keeps the digits.
    ValidationResult result = WorkloadEndpointValidator.create().validate(sample("1.3374956e+24"));
    assertThat(SpecRulesTest.describe(result.errors())).containsExactly("spec.containerID Invalid");
  }
}
