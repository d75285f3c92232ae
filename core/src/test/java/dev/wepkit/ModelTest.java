// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wepkit.json.WorkloadEndpointJson;
import org.junit.jupiter.api.Test;

class ModelTest {
  static WorkloadEndpoint full() {
    return WorkloadEndpoint.builder()
        .metadata(
            ObjectMeta.builder()
                .name("node1-k8s-pod-eth0")
                .generateName("pod-")
                .namespace("ns")
                .uid("u-1")
                .resourceVersion("42")
                .creationTimestamp("2026-01-02T03:04:05Z")
                .putLabel("b", "2")
                .putLabel("a", "1")
                .putAnnotation("note", "x")
                .build())
        .spec(
            WorkloadEndpointSpec.builder()
                .orchestrator("k8s")
                .workload("w")
                .node("node1")
                .containerID("abc")
                .pod("pod")
                .endpoint("eth0")
                .serviceAccountName("sa")
                .addIpNetwork("10.0.0.1/32")
                .addIpNAT(IPNAT.of("10.0.0.1", "1.1.1.1"))
                .ipv4Gateway("10.0.0.254")
                .ipv6Gateway("fe80::1")
                .addProfile("kns.ns")
                .interfaceName("cali1")
                .mac("ca:fe:1d:52:bb:e9")
                .addPort(
                    WorkloadEndpointPort.builder()
                        .name("http")
                        .protocol(Protocol.TCP)
                        .port(80)
                        .build())
                .addPort(
                    WorkloadEndpointPort.builder()
                        .protocol(Protocol.of(17))
                        .port(53)
                        .hostPort(5353)
                        .hostIP("10.0.0.1")
                        .build())
                .addAllowSpoofedSourcePrefix("10.1.0.0/16")
                .qosControls(
                    QoSControls.builder()
                        .ingressBandwidth(1000)
                        .egressMaxConnections(7)
                        .dscp(Dscp.of("EF"))
                        .build())
                .addAwsElasticIP("3.3.3.3")
                .build())
        .build();
  }

  @Test
  void everyFieldIsWrittenInGoStructOrderWithGoOmitempty() {
    // Written by hand from Calico's Go types (field names, order, omitempty), not copied from our
    // output.
    String expected =
        "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
            + "\"metadata\":{\"name\":\"node1-k8s-pod-eth0\",\"generateName\":\"pod-\","
            + "\"namespace\":\"ns\",\"uid\":\"u-1\",\"resourceVersion\":\"42\","
            + "\"creationTimestamp\":\"2026-01-02T03:04:05Z\",\"labels\":{\"a\":\"1\",\"b\":\"2\"},"
            + "\"annotations\":{\"note\":\"x\"}},"
            + "\"spec\":{\"orchestrator\":\"k8s\",\"workload\":\"w\",\"node\":\"node1\","
            + "\"containerID\":\"abc\",\"pod\":\"pod\",\"endpoint\":\"eth0\","
            + "\"serviceAccountName\":\"sa\",\"ipNetworks\":[\"10.0.0.1/32\"],"
            + "\"ipNATs\":[{\"internalIP\":\"10.0.0.1\",\"externalIP\":\"1.1.1.1\"}],"
            + "\"ipv4Gateway\":\"10.0.0.254\",\"ipv6Gateway\":\"fe80::1\",\"profiles\":[\"kns.ns\"],"
            + "\"interfaceName\":\"cali1\",\"mac\":\"ca:fe:1d:52:bb:e9\",\"ports\":["
            + "{\"name\":\"http\",\"protocol\":\"TCP\",\"port\":80,\"hostPort\":0,\"hostIP\":\"\"},"
            + "{\"name\":\"\",\"protocol\":17,\"port\":53,\"hostPort\":5353,\"hostIP\":\"10.0.0.1\"}],"
            + "\"allowSpoofedSourcePrefixes\":[\"10.1.0.0/16\"],"
            + "\"qosControls\":{\"ingressBandwidth\":1000,\"egressMaxConnections\":7,\"dscp\":\"EF\"},"
            + "\"awsElasticIPs\":[\"3.3.3.3\"]}}";
    WorkloadEndpointJson json = WorkloadEndpointJson.create();
    assertThat(json.write(full())).isEqualTo(expected);
    assertThat(json.read(expected)).isEqualTo(full());
  }

  @Test
  void anEmptyEndpointWritesOnlyWhatGoAlwaysWrites() {
    assertThat(WorkloadEndpointJson.create().write(WorkloadEndpoint.builder().build()))
        .isEqualTo(
            "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
                + "\"metadata\":{\"namespace\":\"default\",\"creationTimestamp\":null},\"spec\":{}}");
  }

  @Test
  void defaultsAreGoZeroValuesAndCalicoctlsNamespace() {
    WorkloadEndpoint wep = WorkloadEndpoint.builder().build();
    assertThat(wep.apiVersion()).isEqualTo("projectcalico.org/v3");
    assertThat(wep.kind()).isEqualTo("WorkloadEndpoint");
    assertThat(wep.metadata().namespace()).isEqualTo("default");
    assertThat(wep.metadata().creationTimestamp()).isEmpty();
    assertThat(wep.spec().node()).isEmpty();
    assertThat(wep.spec().ipNetworks()).isEmpty();
    assertThat(wep.spec().qosControls()).isEmpty();
    WorkloadEndpointPort port = WorkloadEndpointPort.builder().build();
    assertThat(port.protocol()).isEqualTo(Protocol.NONE);
    assertThat(port.hostIP()).isEmpty();
  }

  @Test
  void collectionsAreNeverNullAndUnmodifiable() {
    WorkloadEndpoint wep = full();
    assertThatThrownBy(() -> wep.spec().ipNetworks().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> wep.metadata().labels().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> wep.unknownFields().put("x", JsonNodeFactory.instance.textNode("y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copiesAndBuildersKeepEveryValue() {
    WorkloadEndpoint wep = full();
    assertThat(wep.toBuilder().build()).isEqualTo(wep).hasSameHashCodeAs(wep);
    WorkloadEndpoint renamed = wep.withName("other");
    assertThat(renamed.metadata().name()).isEqualTo("other");
    assertThat(renamed.spec()).isEqualTo(wep.spec());
    assertThat(
            ImmutableWorkloadEndpoint.copyOf(wep)
                .withSpec(ImmutableWorkloadEndpointSpec.copyOf(wep.spec()).withNode("n2"))
                .spec()
                .node())
        .isEqualTo("n2");
    assertThat(wep.toString()).contains("node1-k8s-pod-eth0").contains("ca:fe:1d:52:bb:e9");
  }

  @Test
  void portsOutsideUint16CannotBeBuilt() {
    assertThatThrownBy(() -> WorkloadEndpointPort.builder().port(65536).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65536");
    assertThatThrownBy(() -> WorkloadEndpointPort.builder().hostPort(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void qosLimitsAreReachableByJsonName() {
    QoSControls qos = QoSControls.builder().ingressPacketBurst(5).build();
    assertThat(QoSLimit.forWireName("ingressPacketBurst").get(qos)).isEqualTo(5);
    assertThat(QoSLimit.values()).hasSize(14);
    assertThatThrownBy(() -> QoSLimit.forWireName("dscp").get(qos))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
