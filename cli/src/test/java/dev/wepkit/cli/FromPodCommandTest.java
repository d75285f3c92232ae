// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code wepkit from-pod}: Calico's Pod-to-WorkloadEndpoint conversion from the shell. */
class FromPodCommandTest {
  private static final Path PODS = Path.of("target/test-classes/pods");
  private static final Path FIXTURES = Path.of("target/test-classes/fixtures");
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();

  @Test
  void dualStackFloatingIpsAsCalicosTestExpects() throws IOException {
    // conversion_test.go, "should find the right address family target for dual stack floating
    // IPs": the expected endpoint is the fixture transcribed from that test.
    CliRun run =
        CliRun.run(
            "from-pod",
            "--to",
            "json",
            PODS.resolve("libcalico-go-conversion-dual-stack-floating-ips.json").toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    WorkloadEndpoint expected =
        JSON.read(Files.readString(FIXTURES.resolve("wep-libcalico-go-kdd-2.json")));
    assertThat(JSON.read(run.out)).isEqualTo(expected);
  }

  @Test
  void yamlByDefaultAsCalicosTestExpects() throws IOException {
    // conversion_test.go, "should parse a Pod with an IP to a WorkloadEndpoint".
    CliRun run =
        CliRun.run("from-pod", PODS.resolve("libcalico-go-conversion-podA.json").toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).startsWith("apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\n");
    WorkloadEndpoint expected =
        YAML.read(Files.readString(FIXTURES.resolve("wep-libcalico-go-kdd-1.yaml")));
    assertThat(YAML.read(run.out)).isEqualTo(expected);
  }

  @Test
  void aPodListGivesAJsonArrayInOrder() {
    CliRun run =
        CliRun.run(
            "from-pod",
            "--to",
            "json",
            PODS.resolve("libcalico-go-resources-list.json").toString());
    assertThat(run.exit).as(run.toString()).isZero();
    ResourceDocument document = JSON.readDocument(run.out);
    assertThat(document.shape()).isEqualTo(ResourceDocument.Shape.ARRAY);
    // workloadendpoint_test.go 'List': the two pods of namespace testNamespace.
    assertThat(document.endpoints())
        .extracting(w -> w.metadata().name())
        .containsExactly("test--node-k8s-simplePod-eth0", "test--node-k8s-simplePod2-eth0");
    assertThat(document.endpoints())
        .extracting(w -> w.spec().interfaceName())
        .containsExactly("caliedff4356bd6", "cali4274eb44391");
  }

  @Test
  void theInterfacePrefixComesFromFelixsSetting() {
    // conversion_test.go: FELIX_INTERFACEPREFIX=eni,veth,foo gives eni82111e10a96 for
    // namespace/podname.
    String pod =
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: podname\n  namespace: namespace\n"
            + "spec:\n  nodeName: node1\n";
    CliRun run =
        CliRun.withEnvironment(
            new ByteArrayInputStream(pod.getBytes(StandardCharsets.UTF_8)),
            false,
            Map.of("FELIX_INTERFACEPREFIX", "eni,veth,foo"),
            "from-pod",
            "--to",
            "json",
            "-");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(JSON.read(run.out).spec().interfaceName()).isEqualTo("eni82111e10a96");
  }

  @Test
  void podsWithoutAnEndpointAreNamedOnStderr() {
    String pods =
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: host\n  namespace: kube-system\n"
            + "spec:\n  nodeName: node1\n  hostNetwork: true\n"
            + "---\n"
            + "apiVersion: v1\nkind: Pod\nmetadata:\n  name: pending\n  namespace: default\n"
            + "spec: {}\n"
            + "---\n"
            + "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: default\n"
            + "spec:\n  nodeName: node1\n";
    CliRun run = CliRun.withStdin(pods, "from-pod", "--to", "json", "-");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(JSON.read(run.out).metadata().name()).isEqualTo("node1-k8s-web-eth0");
    assertThat(run.err)
        .isEqualTo(
            "-: pod kube-system/host has no endpoint: it uses the host's network\n"
                + "-: pod default/pending has no endpoint: it is not scheduled to a node\n");
  }

  @Test
  void aPodCalicoCannotConvertExitsOneAndTheOthersArePrinted() {
    String pods =
        "apiVersion: v1\nkind: List\nitems:\n"
            + "- apiVersion: v1\n  kind: Pod\n  metadata: {name: bad, namespace: default,"
            + " annotations: {cni.projectcalico.org/podIP: not-an-ip}}\n  spec: {nodeName: node1}\n"
            + "- apiVersion: v1\n  kind: Pod\n  metadata: {name: good, namespace: default}\n"
            + "  spec: {nodeName: node1}\n";
    CliRun run = CliRun.withStdin(pods, "from-pod", "--to", "json", "-");
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(JSON.read(run.out).metadata().name()).isEqualTo("node1-k8s-good-eth0");
    assertThat(run.err).startsWith("-: pod default/bad: ").contains("not-an-ip");
    assertThat(run.err.lines().count()).isEqualTo(1);
  }

  @Test
  void inputThatIsNotPodsExitsTwo() {
    CliRun notYaml = CliRun.withStdin("kind: [Pod\nspec: {}\n", "from-pod", "-");
    assertThat(notYaml.exit).isEqualTo(2);
    assertThat(notYaml.err).startsWith("-:").contains("malformed YAML");

    CliRun notAPod = CliRun.withStdin("- 1\n- 2\n", "from-pod", "-");
    assertThat(notAPod.exit).isEqualTo(2);
    assertThat(notAPod.err).startsWith("-:1: not a Pod manifest: ");

    CliRun missing = CliRun.run("from-pod", "nope.yaml");
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).isEqualTo("nope.yaml: no such file\n");
  }
}
