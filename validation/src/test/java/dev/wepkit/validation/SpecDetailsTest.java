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
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sentence of every spec violation, one case per branch: a valid spec with one change, and the
 * single violation it must give, with its path, type, value and detail written out in full.
 */
class SpecDetailsTest {
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  private static final String NAME_HINT =
      " (Calico names are lower-case DNS subdomains: letters, digits, '-' and '.')";
  private static final String PROFILE_HINT =
      " (profile names are lower-case DNS subdomains, such as kns.default)";
  private static final String NETWORK_HINT =
      "; an endpoint network must be a single address (/32 for IPv4, /128 for IPv6)";
  private static final String MISMATCH_TAIL =
      "; a NAT maps addresses of one IP version, and both must be set";
  private static final String PORT_HINT = "; use an IANA service name such as http";
  private static final String QOS_TAIL =
      " (0 means unset); Calico's validator does not check it, but Calico clamps values from Pod"
          + " annotations to this range";

  private static ImmutableWorkloadEndpointPort port(String name, Protocol protocol, int number) {
    return WorkloadEndpointPort.builder().name(name).protocol(protocol).port(number).build();
  }

  private static Arguments error(
      UnaryOperator<ImmutableWorkloadEndpointSpec> change,
      String path,
      ViolationType type,
      String value,
      String detail) {
    return arguments(change, Violation.of(path, type, value, detail));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        error(
            s -> s.withOrchestrator("my_orch"),
            "spec.orchestrator",
            ViolationType.INVALID,
            "my_orch",
            "contains '_': use only lower-case letters, digits, '-' and '.'" + NAME_HINT),
        error(
            s -> s.withWorkload("W"),
            "spec.workload",
            ViolationType.INVALID,
            "W",
            "contains the upper-case letter 'W': use lower case" + NAME_HINT),
        error(
            s -> s.withNode("-n"),
            "spec.node",
            ViolationType.INVALID,
            "-n",
            "must start with a lower-case letter or digit, not '-'" + NAME_HINT),
        error(
            s -> s.withPod("pod."),
            "spec.pod",
            ViolationType.INVALID,
            "pod.",
            "must not end with '.'" + NAME_HINT),
        error(
            s -> s.withEndpoint("eth 0"),
            "spec.endpoint",
            ViolationType.INVALID,
            "eth 0",
            "contains a space: use only lower-case letters, digits, '-' and '.'" + NAME_HINT),
        error(
            s -> s.withServiceAccountName("a..b"),
            "spec.serviceAccountName",
            ViolationType.INVALID,
            "a..b",
            "must not contain an empty part between dots" + NAME_HINT),
        error(
            s -> s.withContainerID("abcde-j.g"),
            "spec.containerID",
            ViolationType.INVALID,
            "abcde-j.g",
            "container ID contains '.': use only letters, digits and '-'"),
        error(
            s -> s.withContainerID("-abc"),
            "spec.containerID",
            ViolationType.INVALID,
            "-abc",
            "container ID must not start with '-'"),
        error(
            s -> s.withContainerID("abc-"),
            "spec.containerID",
            ViolationType.INVALID,
            "abc-",
            "container ID must not end with '-'"),
        error(
            s -> s.withProfiles("kns.default", ".fun"),
            "spec.profiles[1]",
            ViolationType.INVALID,
            ".fun",
            "profile name must start with a lower-case letter or digit, not '.'" + PROFILE_HINT),
        error(
            s -> s.withProfiles(""),
            "spec.profiles[0]",
            ViolationType.INVALID,
            "",
            "profile name must not be empty" + PROFILE_HINT),
        error(
            s -> s.withProfiles("Profile1"),
            "spec.profiles[0]",
            ViolationType.INVALID,
            "Profile1",
            "profile name contains the upper-case letter 'P': use lower case" + PROFILE_HINT),
        error(
            s -> s.withInterfaceName(""),
            "spec.interfaceName",
            ViolationType.REQUIRED,
            null,
            "an interface name is required: the host-side interface, such as cali0ef24ba"),
        error(
            s -> s.withInterfaceName("interfaceTooLong"),
            "spec.interfaceName",
            ViolationType.TOO_LONG,
            "interfaceTooLong",
            "is 16 characters long; Linux interface names have at most 15"),
        error(
            s -> s.withInterfaceName("Invalid:Intface"),
            "spec.interfaceName",
            ViolationType.INVALID,
            "Invalid:Intface",
            "contains ':': use only letters, digits, '_', '.' and '-'"),
        error(
            s -> s.withInterfaceName("eth0\n"),
            "spec.interfaceName",
            ViolationType.INVALID,
            "eth0\n",
            "contains the control character U+000A: use only letters, digits, '_', '.' and '-'"),
        error(
            s -> s.withMac("cafe1d52bbe9"),
            "spec.mac",
            ViolationType.INVALID,
            "cafe1d52bbe9",
            "not a MAC address: use 6 (or 8 or 20) octets as two hex digits separated by ':' or"
                + " '-', such as ca:fe:1d:52:bb:e9"));
  }

  static Stream<Arguments> networks() {
    return Stream.of(
        error(
            s -> s.withIpNetworks("garbage"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "garbage",
            "not an IP address or CIDR (not an IPv4 or IPv6 address): use a single address such"
                + " as 10.65.0.2/32 or 2001:db8::2/128"),
        error(
            s -> s.withIpNetworks("10.65.0.2/32", "1.2.3.4/33"),
            "spec.ipNetworks[1]",
            ViolationType.INVALID,
            "1.2.3.4/33",
            "not an IP address or CIDR (the prefix length must be a number from 0 to 32): use a"
                + " single address such as 10.65.0.2/32 or 2001:db8::2/128"),
        error(
            s -> s.withIpNetworks("10.0.0.0/24"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "10.0.0.0/24",
            "10.0.0.0/24 covers 256 addresses" + NETWORK_HINT),
        error(
            s -> s.withIpNetworks("10.0.0.0/31"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "10.0.0.0/31",
            "10.0.0.0/31 covers 2 addresses" + NETWORK_HINT),
        error(
            s -> s.withIpNetworks("0.0.0.0/0"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "0.0.0.0/0",
            "0.0.0.0/0 covers 4294967296 addresses" + NETWORK_HINT),
        // 2^62 is the largest count written out; from 2^63 on it is a power.
        error(
            s -> s.withIpNetworks("fd00::/66"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "fd00::/66",
            "fd00::/66 covers 4611686018427387904 addresses" + NETWORK_HINT),
        error(
            s -> s.withIpNetworks("fd00::/65"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "fd00::/65",
            "fd00::/65 covers 2^63 addresses" + NETWORK_HINT),
        error(
            s -> s.withIpNetworks("::/0"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "::/0",
            "::/0 covers 2^128 addresses" + NETWORK_HINT),
        error(
            s -> s.withIpNetworks("10.0.0.1/24"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "10.0.0.1/24",
            "10.0.0.1/24 has host bits set (its network is 10.0.0.0/24) and covers 256 addresses;"
                + " an endpoint network must be a single address, such as 10.0.0.1/32"),
        error(
            s -> s.withIpNetworks("2001:DB8::1/64"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "2001:DB8::1/64",
            "2001:DB8::1/64 has host bits set (its network is 2001:db8::/64) and covers 2^64"
                + " addresses; an endpoint network must be a single address, such as"
                + " 2001:db8::1/128"),
        error(
            s -> s.withIpNetworks("::ffff:10.0.0.1/120"),
            "spec.ipNetworks[0]",
            ViolationType.INVALID,
            "::ffff:10.0.0.1/120",
            "::ffff:10.0.0.1/120 has host bits set (its network is 10.0.0.0/24) and covers 256"
                + " addresses; an endpoint network must be a single address, such as"
                + " 10.0.0.1/32"));
  }

  // The base spec's networks are 10.65.0.2/32 and fd00::2/128.
  static Stream<Arguments> nats() {
    return Stream.of(
        error(
            s -> s.withIpNATs(IPNAT.of("garbage", "1.2.3.4")),
            "spec.ipNATs[0].internalIP",
            ViolationType.INVALID,
            "garbage",
            "not an IP address: not an IPv4 or IPv6 address"),
        error(
            s -> s.withIpNATs(IPNAT.of("10.65.0.2/32", "1.2.3.4")),
            "spec.ipNATs[0].internalIP",
            ViolationType.INVALID,
            "10.65.0.2/32",
            "must be a plain IP address without a prefix length"),
        error(
            s -> s.withIpNATs(IPNAT.of("10.65.0.2", "01.2.3.4")),
            "spec.ipNATs[0].externalIP",
            ViolationType.INVALID,
            "01.2.3.4",
            "not an IP address: IPv4 needs four decimal octets from 0 to 255, without leading"
                + " zeros"),
        error(
            s -> s.withIpNATs(IPNAT.of("10.65.0.2", "10.0.0.1/8")),
            "spec.ipNATs[0].externalIP",
            ViolationType.INVALID,
            "10.0.0.1/8",
            "must be a plain IP address without a prefix length"),
        error(
            s -> s.withIpNATs(IPNAT.of("fd00::2", "1.2.3.4")),
            "spec.ipNATs[0].externalIP",
            ViolationType.INVALID,
            "1.2.3.4",
            "mismatched IP versions: internalIP is IPv6 but externalIP is IPv4" + MISMATCH_TAIL),
        error(
            s -> s.withIpNATs(IPNAT.of("10.65.0.2", "fd00::9")),
            "spec.ipNATs[0].externalIP",
            ViolationType.INVALID,
            "fd00::9",
            "mismatched IP versions: internalIP is IPv4 but externalIP is IPv6" + MISMATCH_TAIL),
        error(
            s -> s.withIpNATs(IPNAT.of("10.65.0.2", "")),
            "spec.ipNATs[0].externalIP",
            ViolationType.INVALID,
            "",
            "mismatched IP versions: internalIP is IPv4 but externalIP is empty" + MISMATCH_TAIL),
        error(
            s -> s.withIpNATs(IPNAT.of("10.65.0.2", "fd00::/64")),
            "spec.ipNATs[0].externalIP",
            ViolationType.INVALID,
            "fd00::/64",
            "must be a plain IP address without a prefix length; also mismatched IP versions:"
                + " internalIP is IPv4 but externalIP is IPv6"
                + MISMATCH_TAIL),
        error(
            s -> s.withIpNATs(IPNAT.of("10.65.0.3", "1.2.3.4")),
            "spec.ipNATs[0].internalIP",
            ViolationType.INVALID,
            "10.65.0.3",
            "NAT is not in the endpoint networks: 10.65.0.3 is in none of spec.ipNetworks; use"
                + " one of the endpoint's addresses"),
        error(
            s -> s.withIpNetworks(List.of()).withIpNATs(IPNAT.of("100.200.0.0", "1.2.3.4")),
            "spec.ipNATs[0].internalIP",
            ViolationType.INVALID,
            "100.200.0.0",
            "NAT is not in the endpoint networks: the endpoint has no ipNetworks; add 100.200.0.0"
                + " to spec.ipNetworks"),
        error(
            s -> s.withIpNATs(IPNAT.of("", "")),
            "spec.ipNATs[0].internalIP",
            ViolationType.INVALID,
            "",
            "NAT is not in the endpoint networks: internalIP is empty; set it to one of the"
                + " endpoint's ipNetworks addresses"),
        error(
            s -> s.withIpNetworks(List.of()).withIpNATs(IPNAT.of("", "")),
            "spec.ipNATs[0].internalIP",
            ViolationType.INVALID,
            "",
            "NAT is not in the endpoint networks: internalIP is empty; set it to one of the"
                + " endpoint's ipNetworks addresses"));
  }

  static Stream<Arguments> gateways() {
    return Stream.of(
        error(
            s -> s.withIpv4Gateway("aabb::1"),
            "spec.ipv4Gateway",
            ViolationType.INVALID,
            "aabb::1",
            "is an IPv6 address: put it in spec.ipv6Gateway and use an IPv4 address here"),
        error(
            s -> s.withIpv6Gateway("10.0.0.1"),
            "spec.ipv6Gateway",
            ViolationType.INVALID,
            "10.0.0.1",
            "is an IPv4 address: put it in spec.ipv4Gateway and use an IPv6 address here"),
        error(
            s -> s.withIpv6Gateway("::ffff:10.0.0.1"),
            "spec.ipv6Gateway",
            ViolationType.INVALID,
            "::ffff:10.0.0.1",
            "is an IPv4 address: put it in spec.ipv4Gateway and use an IPv6 address here"),
        error(
            s -> s.withIpv4Gateway("garbage"),
            "spec.ipv4Gateway",
            ViolationType.INVALID,
            "garbage",
            "not an IPv4 address: not an IPv4 or IPv6 address"),
        error(
            s -> s.withIpv6Gateway("garbage"),
            "spec.ipv6Gateway",
            ViolationType.INVALID,
            "garbage",
            "not an IPv6 address: not an IPv4 or IPv6 address"),
        error(
            s -> s.withIpv4Gateway("010.0.0.1"),
            "spec.ipv4Gateway",
            ViolationType.INVALID,
            "010.0.0.1",
            "not an IPv4 address: IPv4 needs four decimal octets from 0 to 255, without leading"
                + " zeros"),
        error(
            s -> s.withIpv4Gateway("10.0.0.1/32"),
            "spec.ipv4Gateway",
            ViolationType.INVALID,
            "10.0.0.1/32",
            "must be a plain IPv4 address without a prefix length"),
        error(
            s -> s.withIpv6Gateway("fd00::1/128"),
            "spec.ipv6Gateway",
            ViolationType.INVALID,
            "fd00::1/128",
            "must be a plain IPv6 address without a prefix length"),
        // A slash, but no CIDR either: the address itself is what is wrong.
        error(
            s -> s.withIpv4Gateway("garbage/8"),
            "spec.ipv4Gateway",
            ViolationType.INVALID,
            "garbage/8",
            "not an IPv4 address: a plain address is required, without a prefix length"),
        error(
            s -> s.withIpv6Gateway("fd00::1/129"),
            "spec.ipv6Gateway",
            ViolationType.INVALID,
            "fd00::1/129",
            "not an IPv6 address: a plain address is required, without a prefix length"));
  }

  static Stream<Arguments> ports() {
    return Stream.of(
        error(
            s -> s.withPorts(port("", Protocol.UDP, 53)),
            "spec.ports[0].name",
            ViolationType.REQUIRED,
            null,
            "WorkloadEndpointPort name must not be empty if no HostPort is specified"),
        error(
            s -> s.withPorts(port("HTTP", Protocol.TCP, 80)),
            "spec.ports[0].name",
            ViolationType.INVALID,
            "HTTP",
            "port name must be lower case" + PORT_HINT),
        error(
            s -> s.withPorts(port("abcdefghijklmnop", Protocol.TCP, 80)),
            "spec.ports[0].name",
            ViolationType.TOO_LONG,
            "abcdefghijklmnop",
            "port name is 16 characters long (at most 15)" + PORT_HINT),
        // 15 characters: not too long, only badly formed.
        error(
            s -> s.withPorts(port("abcdefghijklmn-", Protocol.TCP, 80)),
            "spec.ports[0].name",
            ViolationType.INVALID,
            "abcdefghijklmn-",
            "port name must not begin or end with '-'" + PORT_HINT),
        error(
            s -> s.withPorts(port("http", Protocol.NONE, 80)),
            "spec.ports[0].protocol",
            ViolationType.REQUIRED,
            null,
            "a protocol is required: use TCP, UDP or SCTP"),
        error(
            s -> s.withPorts(port("http", Protocol.of("tcp"), 80)),
            "spec.ports[0].protocol",
            ViolationType.NOT_SUPPORTED,
            "tcp",
            "use TCP, UDP or SCTP (protocol names are case-sensitive)"),
        error(
            s -> s.withPorts(port("http", Protocol.of("ICMP"), 80)),
            "spec.ports[0].protocol",
            ViolationType.NOT_SUPPORTED,
            "ICMP",
            "ICMP does not support ports: use TCP, UDP or SCTP"),
        error(
            s -> s.withPorts(port("http", Protocol.of("icmpv6"), 80)),
            "spec.ports[0].protocol",
            ViolationType.NOT_SUPPORTED,
            "icmpv6",
            "use TCP, UDP or SCTP (protocol names are case-sensitive, and ICMPv6 does not support"
                + " ports)"),
        error(
            s -> s.withPorts(port("http", Protocol.of(123), 80)),
            "spec.ports[0].protocol",
            ViolationType.NOT_SUPPORTED,
            "123",
            "protocol number 123 does not support ports: use TCP, UDP or SCTP (or the numbers 6,"
                + " 17, 132)"),
        error(
            s -> s.withPorts(port("http", Protocol.of("GRE"), 80)),
            "spec.ports[0].protocol",
            ViolationType.NOT_SUPPORTED,
            "GRE",
            "not a protocol Calico knows: use TCP, UDP or SCTP (or the numbers 6, 17, 132)"),
        error(
            s -> s.withPorts(port("http", Protocol.TCP, 0)),
            "spec.ports[0].port",
            ViolationType.REQUIRED,
            null,
            "a port number from 1 to 65535 is required"),
        error(
            s -> s.withPorts(port("http", Protocol.TCP, 80).withHostIP("10.0.0.1/8")),
            "spec.ports[0].hostIP",
            ViolationType.INVALID,
            "10.0.0.1/8",
            "host bits are set: use an IP address or a network address such as 10.0.0.0/8"),
        error(
            s -> s.withPorts(port("http", Protocol.TCP, 80).withHostIP("999.999.999.999")),
            "spec.ports[0].hostIP",
            ViolationType.INVALID,
            "999.999.999.999",
            "not an IP address: IPv4 needs four decimal octets from 0 to 255, without leading"
                + " zeros"),
        error(
            s -> s.withPorts(port("http", Protocol.TCP, 80).withHostIP("fd00::/129")),
            "spec.ports[0].hostIP",
            ViolationType.INVALID,
            "fd00::/129",
            "not an IP address: the prefix length must be a number from 0 to 128"));
  }

  static Stream<Arguments> addressLists() {
    return Stream.of(
        error(
            s -> s.withAllowSpoofedSourcePrefixes("10.0.0.1/8", "1.2.3.4/33"),
            "spec.allowSpoofedSourcePrefixes[1]",
            ViolationType.INVALID,
            "1.2.3.4/33",
            "not a CIDR or IP address: the prefix length must be a number from 0 to 32"),
        error(
            s -> s.withAllowSpoofedSourcePrefixes("10.abcd"),
            "spec.allowSpoofedSourcePrefixes[0]",
            ViolationType.INVALID,
            "10.abcd",
            "not a CIDR or IP address: IPv4 needs four decimal octets from 0 to 255, without"
                + " leading zeros"),
        error(
            s -> s.withAwsElasticIPs("1.2.3.4", "1.2.3.4/32"),
            "spec.awsElasticIPs[1]",
            ViolationType.INVALID,
            "1.2.3.4/32",
            "not an IP address: a plain address is required, without a prefix length"),
        error(
            s -> s.withAwsElasticIPs(""),
            "spec.awsElasticIPs[0]",
            ViolationType.INVALID,
            "",
            "not an IP address: empty"));
  }

  @ParameterizedTest
  @MethodSource({"names", "networks", "nats", "gateways", "ports", "addressLists"})
  void eachRuleHasItsSentence(
      UnaryOperator<ImmutableWorkloadEndpointSpec> change, Violation expected) {
    ValidationResult result = VALIDATOR.validate(change.apply(SpecRulesTest.BASE));
    assertThat(result.errors()).as("%s", result).containsExactly(expected);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void anEmptyInternalIpIsBothAVersionMismatchAndUncovered() {
    ValidationResult result =
        VALIDATOR.validate(SpecRulesTest.BASE.withIpNATs(IPNAT.of("", "1.2.3.4")));
    assertThat(result.errors())
        .containsExactly(
            Violation.of(
                "spec.ipNATs[0].externalIP",
                ViolationType.INVALID,
                "1.2.3.4",
                "mismatched IP versions: internalIP is empty but externalIP is IPv4"
                    + MISMATCH_TAIL),
            Violation.of(
                "spec.ipNATs[0].internalIP",
                ViolationType.INVALID,
                "",
                "NAT is not in the endpoint networks: internalIP is empty; set it to one of the"
                    + " endpoint's ipNetworks addresses"));
  }

  @Test
  void aNatOnItsOwnUsesRelativePaths() {
    assertThat(VALIDATOR.validate(IPNAT.of("10.0.0.1/8", "aabb::1")).errors())
        .containsExactly(
            Violation.of(
                "internalIP",
                ViolationType.INVALID,
                "10.0.0.1/8",
                "must be a plain IP address without a prefix length"),
            Violation.of(
                "externalIP",
                ViolationType.INVALID,
                "aabb::1",
                "mismatched IP versions: internalIP is IPv4 but externalIP is IPv6"
                    + MISMATCH_TAIL));
  }

  @Test
  void aDuplicatePortNameNamesTheFirstPort() {
    ValidationResult result =
        VALIDATOR.validate(
            SpecRulesTest.BASE.withPorts(
                port("http", Protocol.TCP, 80),
                port("dns", Protocol.UDP, 53),
                port("http", Protocol.UDP, 80)));
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .containsExactly(
            Violation.of(
                "spec.ports[2].name",
                ViolationType.DUPLICATE,
                "http",
                "the name is also used by ports[0]; the Calico documentation says port names must"
                    + " be unique within an endpoint, although Calico does not enforce it"));
  }

  private static Violation qos(String limit, String value, String range) {
    return Violation.of(
        "spec.qosControls." + limit,
        ViolationType.INVALID,
        value,
        "outside the documented range " + range + QOS_TAIL);
  }

  @Test
  void eachQosLimitNamesItsRangeAndUnit() {
    QoSControls qos =
        QoSControls.builder()
            .ingressBandwidth(999)
            .ingressBurst(34_359_738_361L)
            .ingressPeakrate(1_009)
            .ingressMinburst(100_000_001)
            .egressPacketRate(10_001)
            .egressPacketBurst(-1)
            .egressMaxConnections(4_294_967_296L)
            .build();
    ValidationResult result = VALIDATOR.validate(SpecRulesTest.BASE.withQosControls(qos));
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .containsExactly(
            qos("ingressBandwidth", "999", "1000 to 1000000000000000 bits per second"),
            qos("ingressBurst", "34359738361", "1000 to 34359738360 bits"),
            qos("ingressPeakrate", "1009", "1010 to 1010000000000000 bits per second"),
            qos("ingressMinburst", "100000001", "1000 to 100000000 bytes"),
            qos("egressPacketRate", "10001", "1 to 10000 packets per second"),
            qos("egressPacketBurst", "-1", "1 to 10000 packets"),
            qos("egressMaxConnections", "4294967296", "1 to 4294967295 connections"));
  }

  @Test
  void anUndocumentedDscpIsAWarning() {
    ValidationResult result =
        VALIDATOR.validate(
            SpecRulesTest.BASE.withQosControls(
                QoSControls.builder().dscp(Dscp.of("AF44")).build()));
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .containsExactly(
            Violation.of(
                "spec.qosControls.dscp",
                ViolationType.INVALID,
                "AF44",
                "not a documented DSCP value: use a number from 0 to 63 or one of DF, EF, AF11 to"
                    + " AF43, CS0 to CS6; Calico's validator does not check it"));
  }
}
