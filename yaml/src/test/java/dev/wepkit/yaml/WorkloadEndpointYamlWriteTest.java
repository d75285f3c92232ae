// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.Dscp;
import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ListMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.json.WorkloadEndpointJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WorkloadEndpointYamlWriteTest {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static WorkloadEndpoint simple(String name) {
    return WorkloadEndpoint.builder()
        .metadata(
            ObjectMeta.builder()
                .name(name)
                .namespace("default")
                .putLabel("projectcalico.org/orchestrator", "k8s")
                .putLabel("app", "web")
                .build())
        .spec(
            WorkloadEndpointSpec.builder()
                .orchestrator("k8s")
                .node("node1")
                .pod("pod-1")
                .endpoint("eth0")
                .interfaceName("cali12345")
                .addIpNetwork("10.0.0.1/32")
                .addIpNetwork("fd00::1/128")
                .addProfile("kns.default")
                .build())
        .build();
  }

  @Test
  void writesCalicoctlsLayout() {
    // calicoctl get -o yaml: keys in go-yaml order, sequences at the parent's indentation,
    // creationTimestamp null, no document marker.
    String expected =
        "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata:\n"
            + "  creationTimestamp: null\n"
            + "  labels:\n"
            + "    app: web\n"
            + "    projectcalico.org/orchestrator: k8s\n"
            + "  name: node1-k8s-pod--1-eth0\n"
            + "  namespace: default\n"
            + "spec:\n"
            + "  endpoint: eth0\n"
            + "  interfaceName: cali12345\n"
            + "  ipNetworks:\n"
            + "  - 10.0.0.1/32\n"
            + "  - fd00::1/128\n"
            + "  node: node1\n"
            + "  orchestrator: k8s\n"
            + "  pod: pod-1\n"
            + "  profiles:\n"
            + "  - kns.default\n";
    assertThat(YAML.write(simple("node1-k8s-pod--1-eth0"))).isEqualTo(expected);
  }

  @Test
  void writesPortsWithAllFiveFieldsSortedAndNatsAndQos() {
    WorkloadEndpoint wep =
        WorkloadEndpoint.builder()
            .metadata(ObjectMeta.builder().name("w").resourceVersion("1234").build())
            .spec(
                WorkloadEndpointSpec.builder()
                    .addIpNAT(IPNAT.of("10.0.0.1", "172.16.0.1"))
                    .addPort(
                        WorkloadEndpointPort.builder()
                            .name("http")
                            .protocol(Protocol.TCP)
                            .port(80)
                            .build())
                    .addPort(
                        WorkloadEndpointPort.builder()
                            .protocol(Protocol.of(132))
                            .port(9000)
                            .hostPort(9001)
                            .hostIP("1.2.3.4")
                            .build())
                    .qosControls(
                        QoSControls.builder()
                            .ingressBandwidth(1000)
                            .egressBurst(2000)
                            .dscp(Dscp.of("EF"))
                            .build())
                    .build())
            .build();
    String expected =
        "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata:\n"
            + "  creationTimestamp: null\n"
            + "  name: w\n"
            + "  namespace: default\n"
            + "  resourceVersion: \"1234\"\n"
            + "spec:\n"
            + "  ipNATs:\n"
            + "  - externalIP: 172.16.0.1\n"
            + "    internalIP: 10.0.0.1\n"
            + "  ports:\n"
            + "  - hostIP: \"\"\n"
            + "    hostPort: 0\n"
            + "    name: http\n"
            + "    port: 80\n"
            + "    protocol: TCP\n"
            + "  - hostIP: 1.2.3.4\n"
            + "    hostPort: 9001\n"
            + "    name: \"\"\n"
            + "    port: 9000\n"
            + "    protocol: 132\n"
            + "  qosControls:\n"
            + "    dscp: EF\n"
            + "    egressBurst: 2000\n"
            + "    ingressBandwidth: 1000\n";
    assertThat(YAML.write(wep)).isEqualTo(expected);
    assertThat(YAML.read(expected)).isEqualTo(wep);
  }

  @Test
  void writesAListAsAWorkloadEndpointList() {
    WorkloadEndpointList list =
        WorkloadEndpointList.builder()
            .metadata(ListMeta.builder().resourceVersion("99").build())
            .addItem(simple("a"))
            .addItem(simple("b"))
            .build();
    String out = YAML.write(list);
    assertThat(out)
        .startsWith(
            "apiVersion: projectcalico.org/v3\n"
                + "items:\n"
                + "- apiVersion: projectcalico.org/v3\n"
                + "  kind: WorkloadEndpoint\n")
        .endsWith("kind: WorkloadEndpointList\nmetadata:\n  resourceVersion: \"99\"\n");
    assertThat(YAML.readList(out)).isEqualTo(list);
    // An empty list still prints its metadata, as Go does.
    assertThat(YAML.write(WorkloadEndpointList.builder().build()))
        .contains("metadata: {}\n")
        .contains("kind: WorkloadEndpointList\n");
  }

  @Test
  void writesSeveralDocumentsSeparatedByDashes() {
    List<ResourceDocument> docs =
        List.of(
            ResourceDocument.of(simple("a")),
            ResourceDocument.of(WorkloadEndpointList.of(List.of(simple("b")))),
            ResourceDocument.ofArray(List.of(ResourceDocument.of(simple("c")))));
    String out = YAML.writeDocuments(docs);
    assertThat(out).startsWith("apiVersion: ");
    assertThat(out.split("\n---\n", -1)).hasSize(3);
    assertThat(out).doesNotContain("...").doesNotStartWith("---");
    assertThat(out.split("\n---\n")[2]).startsWith("- apiVersion: projectcalico.org/v3\n");
    assertThat(YAML.readDocuments(out)).isEqualTo(docs);
    assertThat(YAML.writeDocuments(List.of())).isEmpty();

    String all = YAML.writeAll(List.of(simple("x"), simple("y")));
    assertThat(all).isEqualTo(YAML.write(simple("x")) + "---\n" + YAML.write(simple("y")));
  }

  @Test
  void writesToWritersAndStreamsWithoutClosingThem() throws IOException {
    boolean[] closed = new boolean[2];
    StringWriter writer =
        new StringWriter() {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    YAML.writeDocuments(List.of(ResourceDocument.of(simple("é"))), writer);
    assertThat(writer.toString()).contains("name: é\n");

    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream() {
          @Override
          public void close() throws IOException {
            closed[1] = true;
            super.close();
          }
        };
    YAML.write(ResourceDocument.of(simple("é")), bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(writer.toString());
    assertThat(closed).containsExactly(false, false);

    StringWriter many = new StringWriter();
    YAML.writeAll(List.of(simple("a"), simple("b")), many);
    assertThat(YAML.readAll(many.toString())).containsExactly(simple("a"), simple("b"));
  }

  @Test
  void handBuiltEndpointsRoundTripLosslessly() {
    ObjectNode nested = NODES.objectNode();
    nested.put("on", "off");
    nested.put("int", 7);
    nested.put("long", 1L << 40);
    nested.put("big", new BigInteger("1337495556942031415926535"));
    nested.put("decimal", new BigDecimal("1.10"));
    nested.put("yes", true);
    nested.putNull("nothing");
    nested.put("empty", "");
    nested.set("emptyObject", NODES.objectNode());
    nested.set("emptyList", NODES.arrayNode());
    nested.set("list", NODES.arrayNode().add("010").add(1).add(NODES.objectNode().put("k", "~")));
    nested.put("multi", "line1\nline2\n");

    WorkloadEndpoint unknowns =
        WorkloadEndpoint.builder()
            .metadata(
                ObjectMeta.builder()
                    .name("u")
                    .namespace("ns1")
                    .uid("0c2c8b2a-1111-2222-3333-444455556666")
                    .creationTimestamp("2024-01-02T03:04:05Z")
                    .putAnnotation("note", "a: b # not a comment")
                    .putUnknownField("generation", NODES.numberNode(3))
                    .build())
            .spec(
                WorkloadEndpointSpec.builder()
                    .putUnknownField("allowedIps", NODES.arrayNode().add("23.23.23.2/32"))
                    .putUnknownField("extra", nested)
                    .build())
            .putUnknownField("status", NODES.objectNode().put("phase", "Running"))
            .build();

    WorkloadEndpoint ipv6 =
        WorkloadEndpoint.builder()
            .metadata(ObjectMeta.builder().name("v6").build())
            .spec(
                WorkloadEndpointSpec.builder()
                    .orchestrator("openstack")
                    .workload("instance-1")
                    .addIpNetwork("fd5f:8067::1/128")
                    .addIpNAT(IPNAT.of("fd5f:8067::1", "fd80:100:100::10"))
                    .ipv6Gateway("fd5f:8067::")
                    .ipv4Gateway("10.65.0.1")
                    .mac("00:11:22:33:44:55")
                    .addAllowSpoofedSourcePrefix("fd00::/64")
                    .addAwsElasticIP("3.3.3.3")
                    .serviceAccountName("default")
                    .containerID("0123456789")
                    .qosControls(QoSControls.builder().build())
                    .build())
            .build();

    for (WorkloadEndpoint wep : List.of(unknowns, ipv6, simple("s"))) {
      String out = YAML.write(wep);
      assertThat(YAML.read(out)).as(out).isEqualTo(wep);
      // And the JSON codec reads the same model from its own encoding of ours.
      WorkloadEndpointJson json = WorkloadEndpointJson.create();
      assertThat(json.read(json.write(YAML.read(out)))).isEqualTo(wep);
    }
    String out = YAML.write(unknowns);
    assertThat(out)
        .contains("  creationTimestamp: \"2024-01-02T03:04:05Z\"\n")
        .contains("  generation: 3\n")
        .contains("    big: 1337495556942031415926535\n")
        .contains("    decimal: 1.10\n")
        .contains("    \"on\": \"off\"\n")
        .contains("    emptyObject: {}\n")
        .contains("    emptyList: []\n")
        .contains("status:\n  phase: Running\n");
    assertThat(YAML.write(ipv6))
        .contains("  mac: \"00:11:22:33:44:55\"\n")
        .contains("  qosControls: {}\n");
  }

  @Test
  void neverFailsOnKeysThatMakeGoYamlV2sOrderCyclic() {
    // "e21a" < "e2b" < "e4b" < "e21a" under go-yaml v2's rule: enough of them for TimSort to
    // notice must still be written (in some order) and read back.
    TreeMap<String, String> annotations = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      annotations.put("e" + i + "b", "v1");
      annotations.put("e" + i + "1a", "v2");
      annotations.put("e" + (i % 7) + "c" + i, "v3");
    }
    // In this (string) order, JDK 17's TimSort detects the cycle and throws; the writer then
    // falls back to yaml.v3's transitive order.
    ImmutableObjectMeta.Builder meta = ObjectMeta.builder().name("cyclic");
    annotations.forEach(meta::putAnnotation);
    WorkloadEndpoint wep = WorkloadEndpoint.builder().metadata(meta.build()).build();
    String out = YAML.write(wep);
    assertThat(YAML.read(out)).isEqualTo(wep);
    assertThat(out.indexOf("    e2b: v1\n")).isPositive().isLessThan(out.indexOf("    e21a: v2\n"));
  }

  @Test
  void unknownFieldsAreWrittenBackWithTheirTypes() {
    WorkloadEndpoint wep =
        YAML.read(
            "kind: WorkloadEndpoint\n"
                + "apiVersion: projectcalico.org/v3\n"
                + "metadata:\n"
                + "  name: a\n"
                + "spec:\n"
                + "  x: on\n"
                + "  y: '1'\n"
                + "  z: 0x10\n");
    JsonNode x = wep.spec().unknownFields().get("x");
    // Untyped, YAML 1.1 says "on" is a boolean, as go-yaml v2 also reads it.
    assertThat(x.isBoolean()).isTrue();
    // The key y is itself a YAML 1.1 boolean, so it is quoted too.
    assertThat(YAML.write(wep)).contains("  x: true\n  \"y\": \"1\"\n  z: 16\n");
  }

  // Found by YamlDecodeFuzzTest (YamlDecodeFuzzTestInputs/decode/crash-d58d5372...): an endpoint's
  // unknown "items" field, sorted before "kind", made the output read back as a list (or fail).
  @Test
  void unknownItemsFieldOfAnEndpointIsWrittenAfterKind() {
    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
    WorkloadEndpoint wep =
        yaml.read(
            "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\n"
                + "items: {name: x}\nmetadata: {name: wep1, namespace: ns}\n");

    String written = yaml.write(wep);

    assertThat(written)
        .isEqualTo(
            "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nitems:\n  name: x\n"
                + "metadata:\n  creationTimestamp: null\n  name: wep1\n  namespace: ns\nspec: {}\n");
    assertThat(yaml.read(written)).isEqualTo(wep);
  }
}
