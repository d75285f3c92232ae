// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.names.InterfaceNames;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What real documents showed: lists with a bad item, lists of other kinds, legacy documents, Pods
 * without a namespace and streams of mixed kinds. Every input is written here by hand.
 */
class RealDocumentsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String endpoint(String pod, String extraSpec) {
    return "apiVersion: projectcalico.org/v3\n"
        + "kind: WorkloadEndpoint\n"
        + "metadata:\n"
        + "  name: node1-k8s-"
        + pod
        + "-eth0\n"
        + "  namespace: default\n"
        + "spec:\n"
        + "  node: node1\n"
        + "  orchestrator: k8s\n"
        + "  pod: "
        + pod
        + "\n"
        + "  endpoint: eth0\n"
        + "  interfaceName: "
        + InterfaceNames.forPod("default", pod)
        + "\n"
        + extraSpec;
  }

  private static String item(String document) {
    return ("- " + document.replace("\n", "\n  ")).stripTrailing() + "\n";
  }

  private static List<JsonNode> jsonLines(CliRun run) {
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.lines()) {
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  @Test
  void aListWithABadMiddleItemReportsAllThreeItems() {
    String list =
        "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpointList\nitems:\n"
            + item(endpoint("a", ""))
            + item(endpoint("b", "  ipNetworks: 10.0.0.1/32\n"))
            + item(endpoint("c", ""));
    CliRun run = CliRun.withStdin(list, "validate", "-");
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.lines().get(run.lines().size() - 1))
        .isEqualTo("3 resources in 1 file: 2 valid, 1 invalid, 0 warnings");
    assertThat(run.out)
        .contains("INVALID -[1] node1-k8s-b-eth0")
        .contains("OK -[2] node1-k8s-c-eth0");
    // The string where a list belongs: item b starts on line 15, its ipNetworks value is on
    // line 26 after "    ipNetworks: ".
    assertThat(run.out).contains("-:26:17: error: spec.ipNetworks: invalid value \"10.0.0.1/32\"");
  }

  @Test
  void aTopLevelSequenceWithABadMiddleItemReportsEveryItem() {
    String seq =
        item(endpoint("a", ""))
            + item(endpoint("b", "  ports:\n  - port: 70000\n"))
            + item(endpoint("c", ""));
    CliRun run = CliRun.withStdin(seq, "validate", "--format", "json", "-");
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines).extracting(l -> l.get("index").asInt()).containsExactly(0, 1, 2);
    assertThat(lines.get(1).get("errors").get(0).get("path").asText())
        .isEqualTo("spec.ports[0].port");
    assertThat(lines.get(1).get("errors").get(0).get("value").asText()).isEqualTo("70000");
  }

  @Test
  void aPodListIsRefusedOnceNamingItsKindEvenUnderStrict() {
    String pods =
        "apiVersion: v1\nkind: PodList\nitems:\n"
            + "- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec: {nodeName: n}\n"
            + "- apiVersion: v1\n  kind: Pod\n  metadata: {name: b}\n  spec: {nodeName: n}\n";
    for (List<String> mode : List.<List<String>>of(List.of(), List.of("--strict"))) {
      List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
      args.addAll(mode);
      args.add("-");
      CliRun run = CliRun.withStdin(pods, args.toArray(new String[0]));
      assertThat(run.exit).as(run.toString()).isEqualTo(1);
      List<JsonNode> lines = jsonLines(run);
      assertThat(lines).hasSize(1);
      JsonNode error = lines.get(0).get("errors").get(0);
      assertThat(error.get("detail").asText()).contains("PodList");
      assertThat(error.toString()).doesNotContain("interfaceName");
    }
  }

  @Test
  void aKubernetesListIsCheckedItemByItemByEachItemsKind() {
    String list =
        "apiVersion: v1\nkind: List\nitems:\n"
            + item(endpoint("a", ""))
            + "- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n  spec: {nodeName: n}\n";
    CliRun run = CliRun.withStdin(list, "validate", "--format", "json", "-");
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("valid").asBoolean()).isTrue();
    assertThat(lines.get(1).get("valid").asBoolean()).isFalse();
    assertThat(lines.get(1).get("errors").get(0).get("detail").asText()).contains("Pod");
    assertThat(lines.get(1).get("errors").toString()).doesNotContain("interfaceName");
  }

  @Test
  void aLegacyV1DocumentUnderStrictIsReportedForItsApiVersionWithTheValue() {
    String v1 =
        "apiVersion: v1\nkind: workloadEndpoint\nmetadata:\n  node: node1\n  name: eth0\n"
            + "  workload: w\n  orchestrator: k8s\nspec:\n  interfaceName: cali0ef24ba\n";
    CliRun run = CliRun.withStdin(v1, "validate", "--strict", "--format", "json", "-");
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    JsonNode errors = jsonLines(run).get(0).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("path").asText()).isIn("apiVersion", "kind");
    assertThat(errors.get(0).get("value").isNull()).isFalse();
    assertThat(errors.toString()).doesNotContain("metadata.node");
  }

  @Test
  void aPodWithoutANamespaceIsInDefaultOrTheNamespaceTheOptionNames() {
    String pod =
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeName: node1\n"
            + "status:\n  podIP: 10.1.2.3\n";
    CliRun run = CliRun.withStdin(pod, "from-pod", "-");
    assertThat(run.exit).as(run.toString()).isZero();
    WorkloadEndpoint wep = WorkloadEndpointYaml.create().read(run.out);
    assertThat(wep.metadata().namespace()).isEqualTo("default");
    assertThat(wep.metadata().labels()).containsEntry("projectcalico.org/namespace", "default");
    assertThat(wep.spec().profiles()).contains("kns.default");
    assertThat(wep.spec().interfaceName()).isEqualTo(InterfaceNames.forPod("default", "web"));

    CliRun prod = CliRun.withStdin(pod, "from-pod", "--namespace", "prod", "-");
    WorkloadEndpoint inProd = WorkloadEndpointYaml.create().read(prod.out);
    assertThat(inProd.metadata().namespace()).isEqualTo("prod");
    assertThat(inProd.spec().profiles()).contains("kns.prod");

    CliRun hostNetwork =
        CliRun.withStdin(
            pod.replace("  nodeName: node1\n", "  nodeName: node1\n  hostNetwork: true\n"),
            "from-pod",
            "-");
    assertThat(hostNetwork.err).contains("pod default/web has no endpoint").doesNotContain(" /web");
  }

  @Test
  void fromPodSkipsDocumentsOfOtherKindsWithANote() {
    String stream =
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\n"
            + "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\n"
            + "spec: {nodeName: node1}\nstatus: {podIP: 10.1.2.3}\n---\n"
            + "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: pool}\n";
    CliRun run = CliRun.withStdin(stream, "from-pod", "-");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(WorkloadEndpointYaml.create().read(run.out).spec().pod()).isEqualTo("web");
    assertThat(run.err.lines())
        .containsExactly(
            "-:1: skipped document 0: kind Namespace is not a Pod",
            "-:11: skipped document 2: kind IPPool is not a Pod");
  }

  @Test
  void fromPodWithNoPodAtAllIsAnError() {
    CliRun run =
        CliRun.withStdin(
            "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n", "from-pod", "-");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).endsWith("-: no Pods found: 1 resource(s) of other kinds: Namespace\n");
  }

  @Test
  void asCalicoctlGivesCalicoctlsVerdictOnTheLongContainerId() {
    String doc = endpoint("web", "  containerID: 1337495556942031415926535\n");
    CliRun literal = CliRun.withStdin(doc, "validate", "--format", "json", "-");
    assertThat(literal.exit).as(literal.toString()).isZero();
    JsonNode warning = jsonLines(literal).get(0).get("warnings").get(0);
    assertThat(warning.get("path").asText()).isEqualTo("spec.containerID");
    assertThat(warning.get("detail").asText())
        .isEqualTo(
            "calicoctl stores the unquoted value 1337495556942031415926535 as"
                + " \"1.3374956e+24\": quote it to keep \"1337495556942031415926535\"");
    // Line 12: the eleven lines of the endpoint, then containerID; its value after "containerID: ".
    assertThat(warning.get("line").asInt()).isEqualTo(12);
    assertThat(warning.get("column").asInt()).isEqualTo(16);

    CliRun calicoctl = CliRun.withStdin(doc, "validate", "--as-calicoctl", "--format", "json", "-");
    assertThat(calicoctl.exit).as(calicoctl.toString()).isEqualTo(1);
    JsonNode error = jsonLines(calicoctl).get(0).get("errors").get(0);
    assertThat(error.get("path").asText()).isEqualTo("spec.containerID");
    assertThat(error.get("value").asText()).isEqualTo("1.3374956e+24");
  }
}
