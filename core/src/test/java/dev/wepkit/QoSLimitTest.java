// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fourteen QoS limits, against the ranges Calico documents (k, M and P are powers of 1000):
 * bandwidth 1k to 1P, burst 1k to (2^32 - 1) * 8, peak rate 1.01k to 1.01P, minimum burst 1k to
 * 100M, packet rate and packet burst 1 to 10k, connections 1 to 2^32 - 1.
 */
class QoSLimitTest {
  @Test
  void theLimitsAreInGoStructOrder() {
    assertThat(Arrays.stream(QoSLimit.values()).map(QoSLimit::wireName))
        .containsExactly(
            "ingressBandwidth",
            "ingressBurst",
            "ingressPeakrate",
            "ingressMinburst",
            "egressBandwidth",
            "egressBurst",
            "egressPeakrate",
            "egressMinburst",
            "ingressPacketRate",
            "ingressPacketBurst",
            "egressPacketRate",
            "egressPacketBurst",
            "ingressMaxConnections",
            "egressMaxConnections");
  }

  @ParameterizedTest
  @CsvSource({
    // wire name,            min,  max,                 unit
    "ingressBandwidth,       1000, 1000000000000000,    bits per second",
    "egressBandwidth,        1000, 1000000000000000,    bits per second",
    "ingressBurst,           1000, 34359738360,         bits",
    "egressBurst,            1000, 34359738360,         bits",
    "ingressPeakrate,        1010, 1010000000000000,    bits per second",
    "egressPeakrate,         1010, 1010000000000000,    bits per second",
    "ingressMinburst,        1000, 100000000,           bytes",
    "egressMinburst,         1000, 100000000,           bytes",
    "ingressPacketRate,      1,    10000,               packets per second",
    "egressPacketRate,       1,    10000,               packets per second",
    "ingressPacketBurst,     1,    10000,               packets",
    "egressPacketBurst,      1,    10000,               packets",
    "ingressMaxConnections,  1,    4294967295,          connections",
    "egressMaxConnections,   1,    4294967295,          connections",
  })
  void rangesAndUnitsAreTheDocumentedOnes(String wireName, long min, long max, String unit) {
    QoSLimit limit = QoSLimit.forWireName(wireName);

    assertThat(limit.wireName()).isEqualTo(wireName);
    assertThat(limit.min()).isEqualTo(min);
    assertThat(limit.max()).isEqualTo(max);
    assertThat(limit.unit()).isEqualTo(unit);
    assertThat(limit.inRange(min)).isTrue();
    assertThat(limit.inRange(max)).isTrue();
    assertThat(limit.inRange(min - 1)).isFalse();
    assertThat(limit.inRange(max + 1)).isFalse();
  }

  @Test
  void theBurstBoundIsTheLargestUint32InBytesCountedInBits() {
    assertThat(QoSLimit.INGRESS_BURST.max()).isEqualTo(4_294_967_295L * 8);
    // The same number as 32Gi minus 8 bits.
    assertThat(QoSLimit.EGRESS_BURST.max()).isEqualTo(32L * 1024 * 1024 * 1024 - 8);
    assertThat(QoSLimit.INGRESS_MAX_CONNECTIONS.max()).isEqualTo((1L << 32) - 1);
  }

  @ParameterizedTest
  @EnumSource(QoSLimit.class)
  void zeroMeansUnsetAndIsInNoRange(QoSLimit limit) {
    assertThat(limit.inRange(0)).isFalse();
    assertThat(limit.inRange(-1)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "ingressBandwidth,      1,                   1000",
    "ingressBandwidth,      0,                   1000",
    "ingressBandwidth,      -5000000,            1000",
    "ingressBandwidth,      999,                 1000",
    "ingressBandwidth,      1000,                1000",
    "ingressBandwidth,      123456,              123456",
    "ingressBandwidth,      2000000000000000,    1000000000000000",
    "egressBurst,           68719476736,         34359738360",
    "egressBurst,           34359738361,         34359738360",
    "ingressPeakrate,       1009,                1010",
    "ingressPeakrate,       9223372036854775807, 1010000000000000",
    "egressMinburst,        100000001,           100000000",
    "egressMinburst,        1500,                1500",
    "ingressPacketRate,     20000,               10000",
    "egressPacketBurst,     -1,                  1",
    "ingressMaxConnections, 4294967296,          4294967295",
    "egressMaxConnections,  -9223372036854775808, 1",
  })
  void clampMovesAValueToTheNearerBound(String wireName, long value, long expected) {
    assertThat(QoSLimit.forWireName(wireName).clamp(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(QoSLimit.class)
  void eachLimitReadsAndSetsItsOwnField(QoSLimit limit) {
    QoSControls qos = limit.set(QoSControls.builder(), 1234L).build();

    assertThat(limit.get(qos)).isEqualTo(1234L);
    List<QoSLimit> others =
        Arrays.stream(QoSLimit.values()).filter(l -> l != limit).collect(Collectors.toList());
    for (QoSLimit other : others) {
      assertThat(other.get(qos)).as(other.wireName()).isZero();
    }
    assertThat(limit.set(QoSControls.builder().from(qos), 0L).build())
        .isEqualTo(QoSControls.builder().build());
  }

  @Test
  void gettersReadTheNamedFields() {
    QoSControls qos =
        QoSControls.builder().ingressBandwidth(1).egressPeakrate(2).egressMaxConnections(3).build();

    assertThat(QoSLimit.INGRESS_BANDWIDTH.get(qos)).isEqualTo(1);
    assertThat(QoSLimit.EGRESS_PEAKRATE.get(qos)).isEqualTo(2);
    assertThat(QoSLimit.EGRESS_MAX_CONNECTIONS.get(qos)).isEqualTo(3);
    assertThat(QoSLimit.INGRESS_PEAKRATE.get(qos)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dscp", "IngressBandwidth", "ingressbandwidth", "", " ingressBurst"})
  void forWireNameRefusesOtherNames(String name) {
    assertThat(QoSLimit.isWireName(name)).isFalse();
    assertThatThrownBy(() -> QoSLimit.forWireName(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a QoS limit: \"" + name + "\"");
  }

  @Test
  void nullIsNoWireName() {
    assertThat(QoSLimit.isWireName(null)).isFalse();
    assertThatThrownBy(() -> QoSLimit.forWireName(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forWireNameFindsEachLimit() {
    assertThat(QoSLimit.forWireName("egressMinburst")).isSameAs(QoSLimit.EGRESS_MINBURST);
    assertThat(QoSLimit.forWireName("ingressPacketBurst")).isSameAs(QoSLimit.INGRESS_PACKET_BURST);
    assertThat(QoSLimit.isWireName("egressBurst")).isTrue();
  }
}
