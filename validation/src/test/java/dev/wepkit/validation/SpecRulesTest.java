// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.wepkit.Dscp;
import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableWorkloadEndpointPort;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One spec rule at a time: a valid spec, one change, and exactly the violations (path and type)
 * Calico's rules call for, one per offending value.
 */
class SpecRulesTest {
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  static final ImmutableWorkloadEndpointSpec BASE =
      ImmutableWorkloadEndpointSpec.copyOf(
          WorkloadEndpointSpec.builder()
              .node("node1")
              .orchestrator("k8s")
              .pod("pod1")
              .endpoint("eth0")
              .interfaceName("cali0ef24ba")
              .addIpNetwork("10.65.0.2/32")
              .addIpNetwork("fd00::2/128")
              .build());

  private static ImmutableWorkloadEndpointPort port(String name, Protocol protocol, int port) {
    return WorkloadEndpointPort.builder().name(name).protocol(protocol).port(port).build();
  }

  private static Arguments spec(
      String what, UnaryOperator<ImmutableWorkloadEndpointSpec> change, String... expected) {
    return arguments(what, change, List.of(expected));
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        spec("the base spec is valid", s -> s),
        // names
        spec(
            "orchestrator with _", s -> s.withOrchestrator("my_orch"), "spec.orchestrator Invalid"),
        spec("upper-case workload", s -> s.withWorkload("W"), "spec.workload Invalid"),
        spec("node with a leading dash", s -> s.withNode("-n"), "spec.node Invalid"),
        spec("pod with a trailing dot", s -> s.withPod("pod."), "spec.pod Invalid"),
        spec("dotted pod is fine", s -> s.withPod("my.pod-1")),
        spec("endpoint with a space", s -> s.withEndpoint("eth 0"), "spec.endpoint Invalid"),
        spec(
            "service account in upper case",
            s -> s.withServiceAccountName("Default"),
            "spec.serviceAccountName Invalid"),
        spec("long names have no limit", s -> s.withPod("p".repeat(300))),
        spec(
            "profiles",
            s -> s.withProfiles("kns.default", ".fun", "", "Profile1"),
            "spec.profiles[1] Invalid",
            "spec.profiles[2] Invalid",
            "spec.profiles[3] Invalid"),
        spec(
            "containerID with a dot",
            s -> s.withContainerID("abcde-j.g"),
            "spec.containerID Invalid"),
        spec("containerID mixed case", s -> s.withContainerID("Cath01234-G")),
        // interfaceName
        spec("no interface name", s -> s.withInterfaceName(""), "spec.interfaceName Required"),
        spec(
            "16-character interface name",
            s -> s.withInterfaceName("interfaceTooLong"),
            "spec.interfaceName TooLong"),
        spec(
            "interface name with a colon",
            s -> s.withInterfaceName("Invalid:Intface"),
            "spec.interfaceName Invalid"),
        spec(
            "long interface name with a bad character",
            s -> s.withInterfaceName("Invalid:InterfaceName"),
            "spec.interfaceName Invalid"),
        spec("interface name *", s -> s.withInterfaceName("*")),
        // mac
        spec("mac without separators", s -> s.withMac("cafe1d52bbe9"), "spec.mac Invalid"),
        spec("EUI-64 mac", s -> s.withMac("ca:fe:1d:52:bb:e9:00:01")),
        // ipNetworks
        spec("unparsable network", s -> s.withIpNetworks("garbage"), "spec.ipNetworks[0] Invalid"),
        spec(
            "host bits and a /24: one violation",
            s -> s.withIpNetworks("10.0.0.1/24"),
            "spec.ipNetworks[0] Invalid"),
        spec("a /26", s -> s.withIpNetworks("1.2.3.0/26"), "spec.ipNetworks[0] Invalid"),
        spec("a /122", s -> s.withIpNetworks("aabb:aabb::0000/122"), "spec.ipNetworks[0] Invalid"),
        spec(
            "several bad networks",
            s -> s.withIpNetworks("10.0.0.1", "1.2.3.4/33", "aabb::/64"),
            "spec.ipNetworks[1] Invalid",
            "spec.ipNetworks[2] Invalid"),
        spec("bare addresses", s -> s.withIpNetworks("10.0.0.1", "aabb::1")),
        spec("empty entry (Calico quirk)", s -> s.withIpNetworks("")),
        spec("IPv4-mapped /128", s -> s.withIpNetworks("::ffff:1.2.3.4/128")),
        // ipNATs (networks 10.65.0.2/32 and fd00::2/128)
        spec("covered v4 NAT", s -> s.withIpNATs(IPNAT.of("10.65.0.2", "1.2.3.4"))),
        spec("covered v6 NAT", s -> s.withIpNATs(IPNAT.of("fd00::2", "fd00::99"))),
        spec(
            "uncovered NAT",
            s -> s.withIpNATs(IPNAT.of("10.65.0.3", "1.2.3.4")),
            "spec.ipNATs[0].internalIP Invalid"),
        spec(
            "every uncovered NAT is reported",
            s ->
                s.withIpNATs(
                    IPNAT.of("10.65.0.3", "1.2.3.4"),
                    IPNAT.of("10.65.0.2", "1.2.3.5"),
                    IPNAT.of("fd00::3", "fd00::4")),
            "spec.ipNATs[0].internalIP Invalid",
            "spec.ipNATs[2].internalIP Invalid"),
        spec(
            "NATs but no networks",
            s -> s.withIpNetworks(List.of()).withIpNATs(IPNAT.of("100.200.0.0", "1.2.3.4")),
            "spec.ipNATs[0].internalIP Invalid"),
        spec(
            "unparsable internalIP (Go panics)",
            s -> s.withIpNATs(IPNAT.of("garbage", "1.2.3.4")),
            "spec.ipNATs[0].internalIP Invalid"),
        spec(
            "unparsable externalIP (Go panics)",
            s -> s.withIpNATs(IPNAT.of("10.65.0.2", "garbage")),
            "spec.ipNATs[0].externalIP Invalid"),
        spec(
            "CIDR internalIP",
            s -> s.withIpNATs(IPNAT.of("10.65.0.2/32", "1.2.3.4")),
            "spec.ipNATs[0].internalIP Invalid"),
        spec(
            "mixed versions",
            s -> s.withIpNATs(IPNAT.of("fd00::2", "1.2.3.4")),
            "spec.ipNATs[0].externalIP Invalid"),
        spec(
            "both empty, not covered",
            s -> s.withIpNATs(IPNAT.of("", "")),
            "spec.ipNATs[0].internalIP Invalid"),
        spec(
            "both empty, covered by an empty network (Go's nil network contains the nil IP)",
            s -> s.withIpNetworks("").withIpNATs(IPNAT.of("", ""))),
        spec(
            "empty internal, set external: version mismatch, then coverage",
            s -> s.withIpNATs(IPNAT.of("", "1.2.3.4")),
            "spec.ipNATs[0].externalIP Invalid",
            "spec.ipNATs[0].internalIP Invalid"),
        spec(
            "NAT inside a network entry that is itself invalid (a /24) still counts as covered",
            s -> s.withIpNetworks("10.0.0.0/24").withIpNATs(IPNAT.of("10.0.0.7", "1.2.3.4")),
            "spec.ipNetworks[0] Invalid"),
        // gateways
        spec("v4 gateway", s -> s.withIpv4Gateway("10.65.0.1")),
        spec("mapped v4 gateway", s -> s.withIpv4Gateway("::ffff:10.65.0.1")),
        spec("v6 in ipv4Gateway", s -> s.withIpv4Gateway("aabb::1"), "spec.ipv4Gateway Invalid"),
        spec(
            "garbage gateway (Go panics)",
            s -> s.withIpv4Gateway("garbage"),
            "spec.ipv4Gateway Invalid"),
        spec("CIDR gateway", s -> s.withIpv4Gateway("10.0.0.1/32"), "spec.ipv4Gateway Invalid"),
        spec("v6 gateway", s -> s.withIpv6Gateway("fd00::1")),
        spec("v4 in ipv6Gateway", s -> s.withIpv6Gateway("10.0.0.1"), "spec.ipv6Gateway Invalid"),
        spec(
            "mapped v4 in ipv6Gateway",
            s -> s.withIpv6Gateway("::ffff:10.0.0.1"),
            "spec.ipv6Gateway Invalid"),
        // allowSpoofedSourcePrefixes and awsElasticIPs
        spec(
            "spoofed prefixes",
            s -> s.withAllowSpoofedSourcePrefixes("10.0.0.1/8", "", "1.2.3.4/33", "10.abcd"),
            "spec.allowSpoofedSourcePrefixes[2] Invalid",
            "spec.allowSpoofedSourcePrefixes[3] Invalid"),
        spec(
            "elastic IPs are plain addresses",
            s -> s.withAwsElasticIPs("1.2.3.4", "1.2.3.4/32", ""),
            "spec.awsElasticIPs[1] Invalid",
            "spec.awsElasticIPs[2] Invalid"),
        // ports
        spec("named TCP port", s -> s.withPorts(port("http", Protocol.TCP, 80))),
        spec(
            "protocol numbers 6, 17, 132",
            s ->
                s.withPorts(
                    port("a", Protocol.of(6), 1),
                    port("b", Protocol.of(17), 1),
                    port("c", Protocol.of("132"), 1))),
        spec(
            "port 0",
            s -> s.withPorts(port("http", Protocol.TCP, 0)),
            "spec.ports[0].port Required"),
        spec(
            "upper-case name",
            s -> s.withPorts(port("HTTP", Protocol.TCP, 80)),
            "spec.ports[0].name Invalid"),
        spec(
            "16-character name",
            s -> s.withPorts(port("abcdefghijklmnop", Protocol.TCP, 80)),
            "spec.ports[0].name TooLong"),
        spec(
            "no name and no host port",
            s -> s.withPorts(port("", Protocol.UDP, 1234)),
            "spec.ports[0].name Required"),
        spec(
            "no name but a host port",
            s ->
                s.withPorts(
                    WorkloadEndpointPort.builder()
                        .protocol(Protocol.TCP)
                        .port(1234)
                        .hostPort(2345)
                        .build())),
        spec(
            "no protocol: one violation",
            s -> s.withPorts(port("http", Protocol.NONE, 80)),
            "spec.ports[0].protocol Required"),
        spec(
            "lower-case tcp",
            s -> s.withPorts(port("http", Protocol.of("tcp"), 80)),
            "spec.ports[0].protocol NotSupported"),
        spec(
            "ICMP has no ports",
            s -> s.withPorts(port("x", Protocol.of("ICMP"), 1)),
            "spec.ports[0].protocol NotSupported"),
        spec(
            "protocol 123",
            s -> s.withPorts(port("x", Protocol.of(123), 1)),
            "spec.ports[0].protocol NotSupported"),
        spec(
            "host IP with host bits",
            s ->
                s.withPorts(
                    port("h", Protocol.TCP, 80).withHostPort(8080).withHostIP("10.0.0.1/8")),
            "spec.ports[0].hostIP Invalid"),
        spec(
            "host IP as a network",
            s ->
                s.withPorts(
                    port("h", Protocol.TCP, 80).withHostPort(8080).withHostIP("10.0.0.0/8"))),
        spec(
            "host IP 999.999.999.999",
            s -> s.withPorts(port("h", Protocol.TCP, 80).withHostIP("999.999.999.999")),
            "spec.ports[0].hostIP Invalid"),
        spec(
            "everything wrong in one port, in field order",
            s -> s.withPorts(port("", Protocol.NONE, 0).withHostIP("x")),
            "spec.ports[0].name Required",
            "spec.ports[0].protocol Required",
            "spec.ports[0].port Required",
            "spec.ports[0].hostIP Invalid"),
        // qosControls are never errors
        spec(
            "QoS out of range is only a warning",
            s -> s.withQosControls(QoSControls.builder().ingressBandwidth(1).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reportsExactlyCalicosErrors(
      String what, UnaryOperator<ImmutableWorkloadEndpointSpec> change, List<String> expected) {
    ValidationResult result = VALIDATOR.validate(change.apply(BASE));
    assertThat(describe(result.errors())).as("%s", result).isEqualTo(expected);
    assertThat(result.isValid()).isEqualTo(expected.isEmpty());
    for (Violation v : result.errors()) {
      assertThat(v.detail()).isNotBlank();
    }
  }

  static Stream<Arguments> warnings() {
    return Stream.of(
        spec(
            "duplicate port names",
            s ->
                s.withPorts(
                    port("http", Protocol.TCP, 80),
                    port("http", Protocol.UDP, 80),
                    port("dns", Protocol.UDP, 53),
                    port("http", Protocol.SCTP, 80)),
            "spec.ports[1].name Duplicate",
            "spec.ports[3].name Duplicate"),
        spec(
            "many ports take the map path",
            s -> {
              WorkloadEndpointPort[] ports = new WorkloadEndpointPort[40];
              for (int i = 0; i < ports.length; i++) {
                ports[i] = port(i == 39 ? "p0" : "p" + i, Protocol.TCP, i + 1);
              }
              return s.withPorts(ports);
            },
            "spec.ports[39].name Duplicate"),
        spec(
            "duplicates in a very long port list",
            s -> s.withPorts(numberedPorts(100, 70, 99)),
            "spec.ports[70].name Duplicate",
            "spec.ports[99].name Duplicate"),
        spec(
            "empty names are not duplicates",
            s ->
                s.withPorts(
                    port("", Protocol.TCP, 80).withHostPort(1),
                    port("", Protocol.TCP, 81).withHostPort(2))),
        spec(
            "QoS limits outside the documented ranges",
            s ->
                s.withQosControls(
                    QoSControls.builder()
                        .ingressBandwidth(999)
                        .ingressBurst(0)
                        .egressBandwidth(1_000_000_000_000_001L)
                        .ingressMinburst(1000)
                        .egressPacketRate(10_001)
                        .ingressMaxConnections(4_294_967_296L)
                        .egressMaxConnections(4_294_967_295L)
                        .ingressPeakrate(-5)
                        .build()),
            "spec.qosControls.ingressBandwidth Invalid",
            "spec.qosControls.ingressPeakrate Invalid",
            "spec.qosControls.egressBandwidth Invalid",
            "spec.qosControls.egressPacketRate Invalid",
            "spec.qosControls.ingressMaxConnections Invalid"),
        spec(
            "QoS values inside the ranges",
            s ->
                s.withQosControls(
                    QoSControls.builder()
                        .ingressBandwidth(1000)
                        .ingressBurst(34_359_738_360L)
                        .ingressPeakrate(1010)
                        .egressPacketBurst(10_000)
                        .dscp(Dscp.of("af11"))
                        .build())),
        spec("dscp 63", s -> s.withQosControls(QoSControls.builder().dscp(Dscp.of(63)).build())),
        spec("dscp EF", s -> s.withQosControls(QoSControls.builder().dscp(Dscp.of("EF")).build())),
        spec(
            "dscp CS6", s -> s.withQosControls(QoSControls.builder().dscp(Dscp.of("CS6")).build())),
        spec(
            "dscp 64",
            s -> s.withQosControls(QoSControls.builder().dscp(Dscp.of(64)).build()),
            "spec.qosControls.dscp Invalid"),
        spec(
            "dscp AF44",
            s -> s.withQosControls(QoSControls.builder().dscp(Dscp.of("AF44")).build()),
            "spec.qosControls.dscp Invalid"),
        spec(
            "dscp CS7",
            s -> s.withQosControls(QoSControls.builder().dscp(Dscp.of("CS7")).build()),
            "spec.qosControls.dscp Invalid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("warnings")
  void warnsWithoutMakingItInvalid(
      String what, UnaryOperator<ImmutableWorkloadEndpointSpec> change, List<String> expected) {
    ValidationResult result = VALIDATOR.validate(change.apply(BASE));
    assertThat(result.errors()).as("%s", result).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(describe(result.warnings())).as("%s", result).isEqualTo(expected);
  }

  /** {@code count} ports named p0, p1, ..., except that the given indexes reuse the name p5. */
  private static WorkloadEndpointPort[] numberedPorts(int count, int... copiesOfP5) {
    WorkloadEndpointPort[] ports = new WorkloadEndpointPort[count];
    for (int i = 0; i < count; i++) {
      ports[i] = port("p" + i, Protocol.TCP, i + 1);
    }
    for (int i : copiesOfP5) {
      ports[i] = port("p5", Protocol.TCP, i + 1);
    }
    return ports;
  }

  @ParameterizedTest(name = "{0} ports")
  @ValueSource(ints = {8, 20, 64, 65, 100})
  void aDuplicateNamesTheFirstPortWithItsName(int count) {
    ValidationResult result =
        VALIDATOR.validate(BASE.withPorts(numberedPorts(count, count - 1, count - 2)));
    assertThat(result.warnings()).hasSize(2);
    for (Violation v : result.warnings()) {
      assertThat(v.value()).isEqualTo("p5");
      assertThat(v.detail()).startsWith("the name is also used by ports[5];");
    }
  }

  static List<String> describe(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.path() + " " + v.type().jsonName())
        .collect(Collectors.toList());
  }
}
