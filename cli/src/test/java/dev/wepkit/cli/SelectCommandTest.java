// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.json.WorkloadEndpointJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wepkit select}: three endpoints in two namespaces, a Namespace per namespace and a
 * ServiceAccount, selectors on own labels, Calico's own labels and the profiles' pcns./pcsa.
 * labels; the expected tables and lines are written by hand.
 */
class SelectCommandTest {
  @TempDir Path dir;

  private Path endpoints;
  private Path namespaces;
  private Path serviceAccounts;

  private static String endpoint(
      String ns, String node, String pod, String sa, String ip, String iface, String profiles) {
    return "apiVersion: projectcalico.org/v3\n"
        + "kind: WorkloadEndpoint\n"
        + "metadata:\n"
        + "  name: "
        + node
        + "-k8s-"
        + pod
        + "-eth0\n"
        + "  namespace: "
        + ns
        + "\n"
        + "  labels:\n"
        + "    app: "
        + pod
        + "\n"
        + "spec:\n"
        + "  orchestrator: k8s\n"
        + "  node: "
        + node
        + "\n"
        + "  pod: "
        + pod
        + "\n"
        + "  endpoint: eth0\n"
        + "  serviceAccountName: "
        + sa
        + "\n"
        + "  ipNetworks: ["
        + ip
        + "]\n"
        + "  interfaceName: "
        + iface
        + "\n"
        + "  profiles: ["
        + profiles
        + "]\n";
  }

  @BeforeEach
  void files() throws IOException {
    endpoints = dir.resolve("endpoints.yaml");
    Files.writeString(
        endpoints,
        endpoint(
                "prod",
                "node1",
                "web",
                "frontend",
                "10.0.0.1/32",
                "cali0000000000a",
                "kns.prod, ksa.prod.frontend")
            + "---\n"
            + endpoint(
                "prod",
                "node2",
                "db",
                "default",
                "10.0.0.2/32",
                "cali0000000000b",
                "kns.prod, ksa.prod.default")
            + "---\n"
            + endpoint(
                "dev", "node1", "web", "default", "10.0.1.1/32", "cali0000000000c", "kns.dev"));
    namespaces = dir.resolve("namespaces.yaml");
    Files.writeString(
        namespaces,
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n  labels:\n"
            + "    env: production\n---\n"
            + "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n  labels:\n    env: dev\n");
    serviceAccounts = dir.resolve("sa.json");
    Files.writeString(
        serviceAccounts,
        "{\"apiVersion\": \"v1\", \"kind\": \"ServiceAccount\", \"metadata\": {\"name\":"
            + " \"frontend\", \"namespace\": \"prod\", \"labels\": {\"role\": \"public\"}}}");
  }

  @Test
  void ownLabelsAsTheTableOfGetWithTheNamespace() {
    CliRun run = CliRun.run("select", "app == 'web'", endpoints.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .isEqualTo(
            "NAMESPACE   WORKLOAD   NODE    NETWORKS      INTERFACE         \n"
                + "prod        web        node1   10.0.0.1/32   cali0000000000a   \n"
                + "dev         web        node1   10.0.1.1/32   cali0000000000c   \n"
                + "\n");
  }

  @Test
  void namespaceLabelsComeFromTheNamespaceManifests() {
    CliRun run =
        CliRun.run(
            "select",
            "pcns.env == 'production'",
            "--labels-from",
            namespaces.toString(),
            "--labels-from",
            serviceAccounts.toString(),
            endpoints.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .isEqualTo(
            "NAMESPACE   WORKLOAD   NODE    NETWORKS      INTERFACE         \n"
                + "prod        web        node1   10.0.0.1/32   cali0000000000a   \n"
                + "prod        db         node2   10.0.0.2/32   cali0000000000b   \n"
                + "\n");
    // ksa.prod.default is listed by an endpoint but given by no file.
    assertThat(run.err)
        .isEqualTo(
            "wepkit select: note: profile ksa.prod.default is in no --labels-from file: its"
                + " labels are not applied\n");
  }

  @Test
  void serviceAccountLabelsAndCalicosOwnLabelsAsJson() {
    CliRun sa =
        CliRun.run(
            "select",
            "app == 'web' && pcsa.role == 'public'",
            "--labels-from",
            serviceAccounts.toString(),
            "-o",
            "json",
            endpoints.toString());
    CliRun calico =
        CliRun.run(
            "select",
            "projectcalico.org/namespace == 'dev' && projectcalico.org/orchestrator == 'k8s'",
            "-o",
            "wide",
            endpoints.toString());

    assertThat(sa.exit).as(sa.toString()).isZero();
    assertThat(WorkloadEndpointJson.create().readList(sa.out).items())
        .extracting(w -> w.metadata().namespace() + "/" + w.metadata().name())
        .containsExactly("prod/node1-k8s-web-eth0");
    assertThat(calico.exit).as(calico.toString()).isZero();
    assertThat(calico.out)
        .isEqualTo(
            "NAMESPACE   NAME                 WORKLOAD   NODE    NETWORKS      INTERFACE        "
                + " PROFILES   NATS   \n"
                + "dev         node1-k8s-web-eth0   web        node1   10.0.1.1/32  "
                + " cali0000000000c   kns.dev           \n"
                + "\n");
  }

  @Test
  void withoutTheProfilesNothingIsSelected() {
    CliRun run = CliRun.run("select", "pcns.env == 'production'", endpoints.toString());

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEqualTo("NAMESPACE   WORKLOAD   NODE   NETWORKS   INTERFACE   \n\n");
  }

  @Test
  void aBadSelectorIsTheReasonAndACaretUnderItsPosition() {
    CliRun run = CliRun.run("select", "app = 'web'", endpoints.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "wepkit select: expected == at position 4 of selector \"app = 'web'\"\n"
                + "  app = 'web'\n"
                + "      ^\n");
  }

  @Test
  void badFilesAndUsage() throws IOException {
    Path pod = dir.resolve("pod.yaml");
    Files.writeString(pod, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n");

    CliRun notProfiles =
        CliRun.run("select", "a == 'b'", "--labels-from", pod.toString(), endpoints.toString());
    CliRun missing = CliRun.run("select", "a == 'b'", dir.resolve("none.yaml").toString());
    CliRun noFileNoCluster =
        CliRun.withEnvironment(
            new java.io.ByteArrayInputStream(new byte[0]),
            false,
            java.util.Map.of("KUBECONFIG", dir.resolve("nowhere").toString()),
            "select",
            "a == 'b'");
    CliRun filesAndCluster = CliRun.run("select", "a == 'b'", "-A", endpoints.toString());
    CliRun batchWithFiles = CliRun.run("select", "--batch", endpoints.toString());

    assertThat(notProfiles.exit).isEqualTo(2);
    assertThat(notProfiles.err)
        .isEqualTo(
            pod
                + ":1:1: document 0: kind: expected Namespace, ServiceAccount or Profile, found"
                + " \"Pod\"\n");
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).isEqualTo(dir.resolve("none.yaml") + ": no such file\n");
    // No file: a live cluster, and there is none configured.
    assertThat(noFileNoCluster.exit).isEqualTo(2);
    assertThat(noFileNoCluster.err)
        .isEqualTo(
            "wepkit select: cannot read the kubeconfig: KUBECONFIG names no file that exists ("
                + dir.resolve("nowhere")
                + "); give --kubeconfig FILE\n");
    assertThat(filesAndCluster.exit).isEqualTo(2);
    assertThat(filesAndCluster.err).contains("give no FILE with them");
    assertThat(batchWithFiles.exit).isEqualTo(2);
  }

  @Test
  void batchAnswersEveryLineAndABadLineNeverStopsTheRun() {
    String input =
        "{\"selector\": \"app == 'web'\", \"labels\": {\"app\": \"web\"}}\n"
            + "{\"selector\": \"has(tier) && app in {'b', 'a'}\", \"labels\": {\"app\": \"a\"}}\n"
            + "{\"selector\": \"app = 'web'\", \"labels\": {}}\n"
            + "not json\n"
            + "{\"selector\": \"a == 'b'\", \"labels\": {\"a\": 1}}\n"
            + "{\"labels\": {}}\n"
            + "{\"selector\": \"\", \"labels\": {}}\n"
            + "{\"selector\": \"x != 'y'\"}\n"
            + "{\"selector\": \"x == 'y'\", \"extra\": 1}\n"
            + "{\"selector\": \"k not in {'\u00e9'}\", \"labels\": {\"k\": \"\u00e9\"}}\n";

    CliRun run = CliRun.withStdin(input, "select", "--batch");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.lines()).hasSize(10);
    assertThat(run.lines().get(0))
        .isEqualTo("{\"matches\": true, \"canonical\": \"app == \\\"web\\\"\"}");
    assertThat(run.lines().get(1))
        .isEqualTo(
            "{\"matches\": false, \"canonical\": \"(has(tier) && app in {\\\"a\\\","
                + " \\\"b\\\"})\"}");
    assertThat(run.lines().get(2))
        .isEqualTo("{\"error\": {\"reason\": \"expected ==\", \"position\": 4}}");
    assertThat(run.lines().get(3)).startsWith("{\"error\": {\"reason\": \"malformed JSON: ");
    assertThat(run.lines().get(4))
        .isEqualTo(
            "{\"error\": {\"reason\": \"label \\\"a\\\" must be a string but is the number"
                + " 1\"}}");
    assertThat(run.lines().get(5))
        .isEqualTo("{\"error\": {\"reason\": \"field \\\"selector\\\" is required\"}}");
    assertThat(run.lines().get(6)).isEqualTo("{\"matches\": true, \"canonical\": \"all()\"}");
    // An absent label satisfies !=.
    assertThat(run.lines().get(7))
        .isEqualTo("{\"matches\": true, \"canonical\": \"x != \\\"y\\\"\"}");
    assertThat(run.lines().get(8))
        .isEqualTo(
            "{\"error\": {\"reason\": \"unknown field \\\"extra\\\": expected selector,"
                + " labels\"}}");
    assertThat(run.lines().get(9))
        .isEqualTo("{\"matches\": false, \"canonical\": \"k not in {\\\"\\u00e9\\\"}\"}");
  }
}
