// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exact wording of the details that print numbers and addresses: QoS range warnings name the
 * documented range and unit, and addresses are printed as Go prints them.
 */
class MessageTextTest {
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  private static final String CLAMP_NOTE =
      " (0 means unset); Calico's validator does not check it, but Calico clamps values from Pod"
          + " annotations to this range";

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
  void qosWarningsNameTheRangeAndTheUnit() {
    QoSControls qos =
        QoSControls.builder()
            .ingressBandwidth(999)
            .ingressBurst(34_359_738_361L)
            .ingressPeakrate(1009)
            .ingressMinburst(100_000_001L)
            .egressPacketRate(10_001)
            .egressPacketBurst(-1)
            .egressMaxConnections(4_294_967_296L)
            .build();

    ValidationResult result =
        VALIDATOR.validate(base().addIpNetwork("10.0.0.1/32").qosControls(qos).build());

    assertThat(result.errors()).isEmpty();
    assertThat(details(result.warnings()))
        .containsExactly(
            "spec.qosControls.ingressBandwidth: outside the documented range 1000 to"
                + " 1000000000000000 bits per second"
                + CLAMP_NOTE,
            "spec.qosControls.ingressBurst: outside the documented range 1000 to 34359738360 bits"
                + CLAMP_NOTE,
            "spec.qosControls.ingressPeakrate: outside the documented range 1010 to"
                + " 1010000000000000 bits per second"
                + CLAMP_NOTE,
            "spec.qosControls.ingressMinburst: outside the documented range 1000 to 100000000"
                + " bytes"
                + CLAMP_NOTE,
            "spec.qosControls.egressPacketRate: outside the documented range 1 to 10000 packets"
                + " per second"
                + CLAMP_NOTE,
            "spec.qosControls.egressPacketBurst: outside the documented range 1 to 10000 packets"
                + CLAMP_NOTE,
            "spec.qosControls.egressMaxConnections: outside the documented range 1 to 4294967295"
                + " connections"
                + CLAMP_NOTE);
    assertThat(result.warnings().get(1).value()).isEqualTo("34359738361");
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
