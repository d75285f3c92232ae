// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.Dscp;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calico's handleQoSControlsAnnotations: limits, defaults and dependencies as
 * workload_endpoint_default.go states them (bandwidth 1k to 1P, burst 1k to MaxUint32*8 with a 4Gi
 * default, peak rate 1.01k to 1.01P, minimum burst 1k to 100M, packet rate and burst 1 to 10k with
 * a burst of 5 by default, connections 1 to MaxUint32).
 */
class PodQoSTest {
  private static Optional<QoSControls> qos(String... keysAndValues) {
    ImmutablePodView.Builder pod = PodView.builder().namespace("default").name("p").nodeName("n");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      pod.putAnnotation(keysAndValues[i], keysAndValues[i + 1]);
    }
    return PodConversion.create()
        .toWorkloadEndpoint(pod.build())
        .orElseThrow()
        .spec()
        .qosControls();
  }

  @Test
  void noAnnotationsNoControls() {
    assertThat(qos()).isEmpty();
    assertThat(qos("arbitrary", "annotation")).isEmpty();
  }

  @Test
  void oneQosAnnotationAmongOthersIsRead() {
    assertThat(qos("a", "1", PodAnnotations.QOS_DSCP, "EF", "b", "2"))
        .contains(QoSControls.builder().dscp(Dscp.of("EF")).build());
  }

  @Test
  void theShortcutKnowsEveryQosAnnotation() throws IllegalAccessException {
    // A Pod without any of PodQoS.ANNOTATIONS is answered without reading them: each QoS or
    // bandwidth annotation constant must be in the set, or the shortcut would drop it.
    java.util.Set<String> constants = new java.util.HashSet<>();
    for (java.lang.reflect.Field field : PodAnnotations.class.getFields()) {
      if (field.getName().startsWith("QOS_") || field.getName().endsWith("_BANDWIDTH")) {
        constants.add((String) field.get(null));
      }
    }
    assertThat(constants).hasSize(17);
    assertThat(PodQoS.ANNOTATIONS).containsExactlyInAnyOrderElementsOf(constants);
  }

  @Test
  void theShortcutAgreesWithTheFullReading() {
    java.util.List<String> keys = new java.util.ArrayList<>(PodQoS.ANNOTATIONS);
    keys.add("app");
    keys.add(PodAnnotations.POD_IP);
    keys.add("qos.projectcalico.org/unknown");
    dev.wepkit.testing.Gen<java.util.Map<String, String>> annotations =
        ctx -> {
          java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
          for (int i = ctx.between(0, 4); i > 0; i--) {
            out.put(ctx.choose(keys), ctx.choose("10M", "1G", "", "x", "5", "EF", "63", "64"));
          }
          return out;
        };
    dev.wepkit.testing.Property.named("PodQoS.of equals PodQoS.compute")
        .verify(annotations, map -> assertThat(PodQoS.of(map)).isEqualTo(PodQoS.compute(map)));
  }

  @Test
  void kubernetesBandwidthGetsTheDefaultBurst() {
    assertThat(
            qos(
                PodAnnotations.K8S_INGRESS_BANDWIDTH,
                "10M",
                PodAnnotations.K8S_EGRESS_BANDWIDTH,
                "1G"))
        .contains(
            QoSControls.builder()
                .ingressBandwidth(10_000_000L)
                .ingressBurst(4_294_967_296L)
                .egressBandwidth(1_000_000_000L)
                .egressBurst(4_294_967_296L)
                .build());
  }

  @Test
  void calicoBandwidthOverridesKubernetes() {
    assertThat(
            qos(
                    PodAnnotations.K8S_INGRESS_BANDWIDTH, "10M",
                    PodAnnotations.QOS_INGRESS_BANDWIDTH, "20M")
                .orElseThrow()
                .ingressBandwidth())
        .isEqualTo(20_000_000L);
  }

  @Test
  void unparsableCalicoBandwidthUnsetsEvenAValidKubernetesOne() {
    // parseAndValidateQty returns 0 with its error, and Calico assigns it anyway.
    assertThat(
            qos(
                PodAnnotations.K8S_INGRESS_BANDWIDTH, "10M",
                PodAnnotations.QOS_INGRESS_BANDWIDTH, "ten megabits"))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "qos.projectcalico.org/ingressBandwidth, 1, 1000",
    "qos.projectcalico.org/ingressBandwidth, 0, 1000",
    "qos.projectcalico.org/ingressBandwidth, -5M, 1000",
    "qos.projectcalico.org/ingressBandwidth, 2P, 1000000000000000",
    "qos.projectcalico.org/ingressBandwidth, 10E, 1000",
    "qos.projectcalico.org/ingressMaxConnections, 4294967296, 4294967295",
    "qos.projectcalico.org/ingressMaxConnections, 0, 1",
    "qos.projectcalico.org/ingressMaxConnections, 0.5, 1",
    "qos.projectcalico.org/ingressPacketRate, 20k, 10000",
  })
  void valuesAreClampedToCalicosRange(String key, String value, String expected) {
    QoSControls controls = qos(key, value).orElseThrow();
    String field = key.substring(key.indexOf('/') + 1);

    assertThat(QoSLimit.forWireName(field).get(controls)).isEqualTo(Long.parseLong(expected));
  }

  @Test
  void burstNeedsBandwidth() {
    assertThat(qos(PodAnnotations.QOS_INGRESS_BURST, "1M")).isEmpty();
    QoSControls both =
        qos(PodAnnotations.QOS_EGRESS_BANDWIDTH, "1M", PodAnnotations.QOS_EGRESS_BURST, "2M")
            .orElseThrow();
    assertThat(both.egressBurst()).isEqualTo(2_000_000L);
    assertThat(
            qos(PodAnnotations.QOS_EGRESS_BANDWIDTH, "1M", PodAnnotations.QOS_EGRESS_BURST, "64Gi")
                .orElseThrow()
                .egressBurst())
        .isEqualTo(34_359_738_360L);
  }

  @Test
  void peakrateMustExceedBandwidthAndMinburstNeedsPeakrate() {
    QoSControls equal =
        qos(
                PodAnnotations.QOS_INGRESS_BANDWIDTH, "1M",
                PodAnnotations.QOS_INGRESS_PEAKRATE, "1M",
                PodAnnotations.QOS_INGRESS_MINBURST, "1500")
            .orElseThrow();
    assertThat(equal.ingressPeakrate()).isZero();
    assertThat(equal.ingressMinburst()).isZero();

    QoSControls above =
        qos(
                PodAnnotations.QOS_INGRESS_BANDWIDTH, "1M",
                PodAnnotations.QOS_INGRESS_PEAKRATE, "2M",
                PodAnnotations.QOS_INGRESS_MINBURST, "1500")
            .orElseThrow();
    assertThat(above.ingressPeakrate()).isEqualTo(2_000_000L);
    assertThat(above.ingressMinburst()).isEqualTo(1500L);
    assertThat(qos(PodAnnotations.QOS_EGRESS_PEAKRATE, "2M")).isEmpty();
  }

  @Test
  void packetRateGetsTheDefaultBurstAndBurstNeedsRate() {
    assertThat(qos(PodAnnotations.QOS_INGRESS_PACKET_RATE, "100"))
        .contains(QoSControls.builder().ingressPacketRate(100).ingressPacketBurst(5).build());
    assertThat(qos(PodAnnotations.QOS_EGRESS_PACKET_BURST, "10")).isEmpty();
    assertThat(
            qos(
                PodAnnotations.QOS_EGRESS_PACKET_RATE,
                "1k",
                PodAnnotations.QOS_EGRESS_PACKET_BURST,
                "50"))
        .contains(QoSControls.builder().egressPacketRate(1000).egressPacketBurst(50).build());
  }

  @Test
  void connectionLimits() {
    assertThat(
            qos(
                PodAnnotations.QOS_INGRESS_MAX_CONNECTIONS,
                "100",
                PodAnnotations.QOS_EGRESS_MAX_CONNECTIONS,
                "2k"))
        .contains(
            QoSControls.builder().ingressMaxConnections(100).egressMaxConnections(2000).build());
  }

  @ParameterizedTest
  @CsvSource({
    "46, 46",
    "046, 46",
    "0, 0",
    "63, 63",
    "ef, EF",
    "EF, EF",
    "af11, AF11",
    "cs6, CS6",
    "DF, DF"
  })
  void validDscp(String annotation, String expected) {
    assertThat(qos(PodAnnotations.QOS_DSCP, annotation).orElseThrow().dscp())
        .contains(Dscp.of(expected));
  }

  @ParameterizedTest
  @CsvSource({"64", "256", "AF44", "CS7", "-1", "+46", "''", "E F"})
  void invalidDscpIsIgnored(String annotation) {
    assertThat(qos(PodAnnotations.QOS_DSCP, annotation)).isEmpty();
  }

  @Test
  void dscpWithSpacesIsValidatedTrimmedButKeptAsWritten() {
    // DSCPFromString does not trim; Validate does.
    assertThat(qos(PodAnnotations.QOS_DSCP, " ef ").orElseThrow().dscp()).contains(Dscp.of(" ef "));
  }
}
