// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What CRUD mode cannot answer, in expectations mode: the node filter as a {@code spec.nodeName}
 * field selector, the label selector passed through, 403, 401 and a server that is not there. Each
 * failure is one line on stderr and exit code 2.
 */
class GetCommandExpectationsTest {
  @TempDir Path dir;

  private MockCluster cluster;

  @BeforeEach
  void start() throws Exception {
    cluster = MockCluster.expectations(dir);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private CliRun get(String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "get";
    command[1] = "--kubeconfig";
    command[2] = cluster.kubeconfig.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    return CliRun.run(command);
  }

  @Test
  void theNodeAndTheLabelSelectorGoToTheServer() throws Exception {
    cluster
        .server
        .expect()
        .get()
        .withPath(
            "/api/v1/pods?fieldSelector=spec.nodeName%3Dnode7&labelSelector=app%3Dweb&limit=500")
        .andReturn(
            200,
            new PodListBuilder()
                .withNewMetadata()
                .withResourceVersion("42")
                .endMetadata()
                .withItems(MockCluster.pod("team-c", "web", "node7", "10.7.0.1"))
                .build())
        .once();

    CliRun run = get("wep", "-A", "--node", "node7", "-l", "app=web");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .isEqualTo(
            "NAMESPACE   WORKLOAD   NODE    NETWORKS      INTERFACE         \n"
                + "team-c      web        node7   10.7.0.1/32   cali"
                + "5180c45dada"
                + "   \n"
                + "\n");
  }

  @Test
  void forbiddenNamesTheRbacRule() {
    cluster
        .server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/team-a/pods?limit=500")
        .andReturn(
            403,
            new StatusBuilder()
                .withCode(403)
                .withReason("Forbidden")
                .withMessage("pods is forbidden: User \"bob\" cannot list resource \"pods\"")
                .build())
        .once();

    CliRun run = get("wep");

    assertThat(run.exit).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "wepkit get: forbidden: the credentials may not list pods in namespace team-a;"
                + " grant the RBAC verb \"list\" on \"pods\"\n");
  }

  @Test
  void unauthorizedNamesTheServer() {
    cluster
        .server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/team-a/pods/web")
        .andReturn(401, new StatusBuilder().withCode(401).withMessage("Unauthorized").build())
        // fabric8 reads the kubeconfig again after a 401 and retries once; a server that refuses
        // the token refuses it again.
        .always();

    CliRun run = get("wep", "node1-k8s-web-eth0");

    assertThat(run.exit).as(run.toString()).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "wepkit get: unauthorized: the API server at "
                + cluster.url()
                + "/ did not accept the credentials; check the kubeconfig user or the service"
                + " account\n");
  }

  @Test
  void anUnreachableServerIsOneLineNamingTheUrlAndFailsFast() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path config = dir.resolve("absent");
    Files.writeString(config, MockCluster.kubeconfig("http://localhost:" + port));
    long start = System.nanoTime();

    CliRun run = CliRun.run("get", "wep", "--kubeconfig", config.toString());

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(run.exit).as(run.toString()).isEqualTo(2);
    assertThat(run.err)
        .startsWith("wepkit get: the API server at http://localhost:" + port + "/ is unreachable")
        .endsWith("; check the kubeconfig's server and the network\n")
        .hasLineCount(1);
    // No back-off: fabric8's default retries for close to two minutes.
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void kubeconfigComesFromTheEnvironmentWhenNotGiven() {
    cluster
        .server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/team-a/pods?limit=500")
        .andReturn(200, new PodListBuilder().withNewMetadata().endMetadata().build())
        .once();

    CliRun run =
        CliRun.withEnvironment(
            new ByteArrayInputStream(new byte[0]),
            false,
            Map.of(
                "KUBECONFIG",
                dir.resolve("missing") + java.io.File.pathSeparator + cluster.kubeconfig),
            "get",
            "wep");
    CliRun nowhere =
        CliRun.withEnvironment(
            new ByteArrayInputStream(new byte[0]),
            false,
            Map.of("KUBECONFIG", dir.resolve("missing").toString()),
            "get",
            "wep");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("WORKLOAD   NODE   NETWORKS   INTERFACE   \n\n");
    assertThat(nowhere.exit).isEqualTo(2);
    assertThat(nowhere.err)
        .isEqualTo(
            "wepkit get: cannot read the kubeconfig: KUBECONFIG names no file that exists ("
                + dir.resolve("missing")
                + "); give --kubeconfig FILE\n");
  }
}
