// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calico's NAT coverage rule (every internalIP lies in some ipNetworks entry, by Go's {@code
 * IPNet.Contains}) against networks as the per-entry rule parsed them: unparsable entries are
 * skipped, bare IPs and CIDRs both cover, IPv4-mapped IPv6 networks cover IPv4 addresses, and the
 * coverage errors come after every field error, where Calico's struct-level check runs.
 */
class NatCoverageTest {
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  private static Arguments nat(
      String what, UnaryOperator<ImmutableWorkloadEndpointSpec> change, String... expected) {
    return arguments(what, change, List.of(expected));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        nat(
            "an unparsable entry is skipped and a later entry covers",
            s ->
                s.withIpNetworks("garbage", "10.65.0.2/32")
                    .withIpNATs(IPNAT.of("10.65.0.2", "1.2.3.4")),
            "spec.ipNetworks[0] Invalid"),
        nat(
            "only unparsable entries: not covered",
            s -> s.withIpNetworks("garbage").withIpNATs(IPNAT.of("10.65.0.2", "1.2.3.4")),
            "spec.ipNetworks[0] Invalid",
            "spec.ipNATs[0].internalIP Invalid"),
        nat(
            "a bare IP network covers its own address",
            s -> s.withIpNetworks("10.65.0.2").withIpNATs(IPNAT.of("10.65.0.2", "1.2.3.4"))),
        nat(
            "a bare IP network covers no other address",
            s -> s.withIpNetworks("10.65.0.2").withIpNATs(IPNAT.of("10.65.0.3", "1.2.3.4")),
            "spec.ipNATs[0].internalIP Invalid"),
        nat(
            "an IPv4-mapped /128 network covers the IPv4 address",
            s ->
                s.withIpNetworks("::ffff:10.65.0.2/128")
                    .withIpNATs(IPNAT.of("10.65.0.2", "1.2.3.4"))),
        nat(
            "an IPv4 network covers an IPv4-mapped internalIP",
            s ->
                s.withIpNetworks("10.65.0.2/32")
                    .withIpNATs(IPNAT.of("::ffff:10.65.0.2", "1.2.3.4"))),
        nat(
            "an IPv4-mapped /120 network (itself invalid) covers IPv4 addresses in its /24",
            s ->
                s.withIpNetworks("::ffff:10.65.0.0/120")
                    .withIpNATs(IPNAT.of("10.65.0.7", "1.2.3.4"), IPNAT.of("10.65.1.7", "1.2.3.5")),
            "spec.ipNetworks[0] Invalid",
            "spec.ipNATs[1].internalIP Invalid"),
        nat(
            "an IPv6 network does not cover an IPv4 address with the same low bytes",
            s -> s.withIpNetworks("::a41:2/128").withIpNATs(IPNAT.of("10.65.0.2", "1.2.3.4")),
            "spec.ipNATs[0].internalIP Invalid"),
        nat(
            "an empty entry covers only an empty internalIP",
            s ->
                s.withIpNetworks("").withIpNATs(IPNAT.of("10.65.0.2", "1.2.3.4"), IPNAT.of("", "")),
            "spec.ipNATs[0].internalIP Invalid"),
        nat(
            "each NAT is matched against every entry, not only the one at its index",
            s ->
                s.withIpNetworks("fd00::2/128", "10.65.0.2/32")
                    .withIpNATs(IPNAT.of("10.65.0.2", "1.2.3.4"), IPNAT.of("fd00::2", "fd00::9"))),
        nat(
            "a CIDR or unparsable internalIP is reported once, not again as uncovered",
            s -> s.withIpNATs(IPNAT.of("10.65.0.2/32", "1.2.3.4"), IPNAT.of("garbage", "1.2.3.4")),
            "spec.ipNATs[0].internalIP Invalid",
            "spec.ipNATs[1].internalIP Invalid"),
        nat(
            "coverage errors come after the later field errors",
            s ->
                s.withIpNATs(IPNAT.of("10.65.0.3", "1.2.3.4"), IPNAT.of("10.65.0.4", "fd00::1"))
                    .withIpv4Gateway("fd00::1")
                    .withAwsElasticIPs("garbage"),
            "spec.ipNATs[1].externalIP Invalid",
            "spec.ipv4Gateway Invalid",
            "spec.awsElasticIPs[0] Invalid",
            "spec.ipNATs[0].internalIP Invalid",
            "spec.ipNATs[1].internalIP Invalid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void coversAsGoContains(
      String what, UnaryOperator<ImmutableWorkloadEndpointSpec> change, List<String> expected) {
    ValidationResult result = VALIDATOR.validate(change.apply(SpecRulesTest.BASE));
    assertThat(SpecRulesTest.describe(result.errors())).as("%s", result).isEqualTo(expected);
  }

  @Test
  void aNatValidatedOnItsOwnHasNoCoverageRule() {
    // Coverage needs the endpoint's networks, so the single-NAT check leaves it out.
    assertThat(VALIDATOR.validate(IPNAT.of("10.65.0.3", "1.2.3.4")).isValid()).isTrue();
  }

  @Test
  void theSameSpecGivesTheSameResultTwice() {
    // The parsed networks live in the per-call checker; nothing may leak between calls.
    ImmutableWorkloadEndpointSpec spec =
        SpecRulesTest.BASE.withIpNATs(
            IPNAT.of("10.65.0.2", "1.2.3.4"), IPNAT.of("10.65.0.9", "1.2.3.5"));
    ValidationResult first = VALIDATOR.validate(spec);
    ValidationResult second = VALIDATOR.validate(SpecRulesTest.BASE);
    ValidationResult third = VALIDATOR.validate(spec);
    assertThat(SpecRulesTest.describe(first.errors()))
        .containsExactly("spec.ipNATs[1].internalIP Invalid");
    assertThat(second.isValid()).isTrue();
    assertThat(third.errors()).isEqualTo(first.errors());
  }
}
