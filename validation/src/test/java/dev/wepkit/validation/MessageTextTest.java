// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exact wording of the details that print addresses: addresses are printed as Go prints them.
 */
class MessageTextTest {
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  private static ImmutableWorkloadEndpointSpec.Builder base() {
    return WorkloadEndpointSpec.builder()
        .node("node1")
        .orchestrator("k8s")
        .pod("pod1")
        .endpoint("eth0")
        .interfaceName("cali0ef24ba");
  }

  private static List<String> details(List<Violation> violations) {
    return violations.stream().map(v -> v.path() + ": " + v.detail()).collect(Collectors.toList());
  }

  @Test
  void networksWithHostBitsArePrintedAsGoPrintsThem() {
    ValidationResult result =
        VALIDATOR.validate(
            base()
                .addIpNetwork("10.0.0.1/24")
                .addIpNetwork("2001:0DB8:0:0:0:0:0:1/64")
                .addIpNetwork("::FFFF:1.2.3.4/80")
                .build());

    assertThat(details(result.errors()))
        .containsExactly(
            "spec.ipNetworks[0]: 10.0.0.1/24 has host bits set (its network is 10.0.0.0/24) and"
                + " covers 256 addresses; an endpoint network must be a single address, such as"
                + " 10.0.0.1/32",
            "spec.ipNetworks[1]: 2001:0DB8:0:0:0:0:0:1/64 has host bits set (its network is"
                + " 2001:db8::/64) and covers 2^64 addresses; an endpoint network must be a single"
                + " address, such as 2001:db8::1/128",
            "spec.ipNetworks[2]: ::FFFF:1.2.3.4/80 has host bits set (its network is ::/80) and"
                + " covers 281474976710656 addresses; an endpoint network must be a single address, such as"
                + " ::ffff:1.2.3.4/128");
  }

  @Test
  void hostIpWithHostBitsNamesItsNetwork() {
    ValidationResult result =
        VALIDATOR.validate(
            base()
                .addIpNetwork("10.0.0.1/32")
                .addPort(
                    WorkloadEndpointPort.builder()
                        .name("http")
                        .protocol(Protocol.TCP)
                        .port(80)
                        .hostPort(8080)
                        .hostIP("FD00:0:0:0:0:0:0:1/16")
                        .build())
                .build());

    assertThat(details(result.errors()))
        .containsExactly(
            "spec.ports[0].hostIP: host bits are set: use an IP address or a network address such"
                + " as fd00::/16");
  }
}
