// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wepkit get workloadendpoints} against fabric8's mock API server in CRUD mode: a few
 * namespaces and Pods, two of which (host-networked, unscheduled) have no endpoint. The tables are
 * written by hand from calicoctl's layout rule: every cell padded to its column's widest cell plus
 * three spaces, the last column too, and a blank line after the table.
 */
class GetCommandTest {
  // One cluster for the class: the tests only read it.
  @TempDir static Path dir;

  private static MockCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = MockCluster.crud(dir);
    cluster.create(MockCluster.pod("team-a", "web", "node1", "10.0.0.1"));
    cluster.create(
        new PodBuilder(MockCluster.pod("team-a", "db", "node2", "10.0.0.2"))
            .editStatus()
            .addNewPodIP()
            .withIp("10.0.0.2")
            .endPodIP()
            .addNewPodIP()
            .withIp("fd00::2")
            .endPodIP()
            .endStatus()
            .build());
    cluster.create(
        new PodBuilder(MockCluster.pod("team-a", "host", "node1", "192.168.1.1"))
            .editSpec()
            .withHostNetwork(true)
            .endSpec()
            .build());
    cluster.create(MockCluster.pod("team-a", "pending", null, null));
    cluster.create(MockCluster.pod("team-b", "api", "node1", "10.1.0.5"));
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private CliRun get(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--kubeconfig";
    all[1] = cluster.kubeconfig.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    String[] command = new String[all.length + 1];
    command[0] = "get";
    System.arraycopy(all, 0, command, 1, all.length);
    return CliRun.run(command);
  }

  @Test
  void theContextsNamespaceAsCalicoctlsTable() {
    CliRun run = get("workloadendpoints");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .isEqualTo(
            "WORKLOAD   NODE    NETWORKS                  INTERFACE         \n"
                + "web        node1   10.0.0.1/32               cali91703ad0a2b   \n"
                + "db         node2   10.0.0.2/32,fd00::2/128   calibe4df855b7e   \n"
                + "\n");
  }

  @Test
  void allNamespacesPutsTheNamespaceFirst() {
    CliRun run = get("wep", "-A");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .isEqualTo(
            "NAMESPACE   WORKLOAD   NODE    NETWORKS                  INTERFACE         \n"
                + "team-a      web        node1   10.0.0.1/32               cali91703ad0a2b   \n"
                + "team-a      db         node2   10.0.0.2/32,fd00::2/128   calibe4df855b7e   \n"
                + "team-b      api        node1   10.1.0.5/32               calicc6d5576e65   \n"
                + "\n");
  }

  @Test
  void wideWithAnExplicitNamespace() {
    // calicoctl prints the namespace column for -n too.
    CliRun run = get("weps", "-n", "team-b", "-o", "wide");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .isEqualTo(
            "NAMESPACE   NAME                 WORKLOAD   NODE    NETWORKS      INTERFACE        "
                + " PROFILES                        NATS   \n"
                + "team-b      node1-k8s-api-eth0   api        node1   10.1.0.5/32  "
                + " calicc6d5576e65   kns.team-b,ksa.team-b.default          \n"
                + "\n");
  }

  @Test
  void aContextWithoutANamespaceMeansDefault() {
    CliRun run = get("workloadendpoint", "--context", "plain");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("WORKLOAD   NODE   NETWORKS   INTERFACE   \n\n");
  }

  @Test
  void oneNameAsJsonIsOneObject() {
    CliRun run = get("wep", "node2-k8s-db-eth0", "-o", "json");

    assertThat(run.exit).as(run.toString()).isZero();
    WorkloadEndpoint wep = WorkloadEndpointJson.create().read(run.out);
    assertThat(run.out).startsWith("{\n  \"kind\": \"WorkloadEndpoint\",");
    assertThat(wep.metadata().name()).isEqualTo("node2-k8s-db-eth0");
    assertThat(wep.metadata().namespace()).isEqualTo("team-a");
    assertThat(wep.spec().pod()).isEqualTo("db");
    assertThat(wep.spec().node()).isEqualTo("node2");
    assertThat(wep.spec().ipNetworks()).containsExactly("10.0.0.2/32", "fd00::2/128");
    assertThat(wep.spec().interfaceName()).isEqualTo("calibe4df855b7e");
    assertThat(wep.spec().profiles()).containsExactly("kns.team-a", "ksa.team-a.default");
    assertThat(wep.metadata().labels())
        .containsEntry("app", "db")
        .containsEntry("projectcalico.org/namespace", "team-a")
        .containsEntry("projectcalico.org/orchestrator", "k8s")
        .containsEntry("projectcalico.org/serviceaccount", "default");
  }

  @Test
  void aListAsYamlIsAWorkloadEndpointListInPodOrder() {
    CliRun run = get("wep", "-A", "-o", "yaml");

    assertThat(run.exit).as(run.toString()).isZero();
    WorkloadEndpointList list = WorkloadEndpointYaml.create().readList(run.out);
    assertThat(list.items())
        .extracting(w -> w.metadata().namespace() + "/" + w.metadata().name())
        .containsExactly(
            "team-a/node1-k8s-web-eth0", "team-a/node2-k8s-db-eth0", "team-b/node1-k8s-api-eth0");
    assertThat(run.out).contains("kind: WorkloadEndpointList");
  }

  @Test
  void aListAsJsonIsAWorkloadEndpointList() {
    CliRun run = get("wep", "-o", "json");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).startsWith("{\n  \"kind\": \"WorkloadEndpointList\",");
    assertThat(WorkloadEndpointJson.create().readList(run.out).items())
        .extracting(w -> w.metadata().name())
        .containsExactly("node1-k8s-web-eth0", "node2-k8s-db-eth0");
  }

  @Test
  void aMissingEndpointExitsOne() {
    CliRun run = get("wep", "node1-k8s-nothere-eth0");

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("wepkit get: WorkloadEndpoint team-a/node1-k8s-nothere-eth0 does not exist")
        .endsWith("\n")
        .hasLineCount(1);
  }

  @Test
  void aHostNetworkedPodHasNoEndpoint() {
    CliRun run = get("wep", "node1-k8s-host-eth0");

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.err).startsWith("wepkit get: WorkloadEndpoint team-a/node1-k8s-host-eth0");
  }

  @Test
  void aNameOnAnotherNodeIsNotFoundWithNode() {
    CliRun run = get("wep", "node1-k8s-web-eth0", "--node", "node2");

    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("it is on node node1");
  }

  @Test
  void aNameAcrossNamespaces() {
    CliRun found = get("wep", "node1-k8s-api-eth0", "-A");
    CliRun missing = get("wep", "node1-k8s-nothere-eth0", "-A");

    assertThat(found.exit).as(found.toString()).isZero();
    assertThat(found.out)
        .isEqualTo(
            "NAMESPACE   WORKLOAD   NODE    NETWORKS      INTERFACE         \n"
                + "team-b      api        node1   10.1.0.5/32   calicc6d5576e65   \n"
                + "\n");
    assertThat(missing.exit).as(missing.toString()).isEqualTo(1);
    assertThat(missing.err)
        .isEqualTo(
            "wepkit get: WorkloadEndpoint node1-k8s-nothere-eth0 does not exist in any"
                + " namespace\n");
  }

  @Test
  void otherResourcesAndBothNamespaceFlagsAreUsageErrors() {
    CliRun pods = get("pods");
    CliRun both = get("wep", "-n", "team-a", "-A");
    CliRun format = get("wep", "-o", "xml");

    assertThat(pods.exit).isEqualTo(2);
    assertThat(pods.err).contains("resource type 'pods' is not supported").hasLineCount(1);
    assertThat(both.exit).isEqualTo(2);
    assertThat(both.err)
        .contains("cannot use both --namespace and --all-namespaces flags at the same time");
    assertThat(format.exit).isEqualTo(2);
    assertThat(format.err).contains("unknown output format 'xml'");
  }

  @Test
  void theResourceNameIsCaseInsensitiveAsInCalicoctl() {
    assertThat(get("WorkloadEndpoints").exit).isZero();
    assertThat(get("WEP").exit).isZero();
  }

  @Test
  void anUnknownContextIsAUsageError() {
    CliRun run = get("wep", "--context", "prod");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "wepkit get: the kubeconfig "
                + cluster.kubeconfig
                + " has no context prod (its contexts: mock, plain)\n");
  }

  @Test
  void aMissingKubeconfigIsAUsageError() {
    CliRun run = CliRun.run("get", "wep", "--kubeconfig", dir.resolve("nope").toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "wepkit get: cannot read the kubeconfig " + dir.resolve("nope") + ": no such file\n");
  }
}
