// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wepkit select} on a live cluster (the mock server in CRUD mode): endpoints from the Pods,
 * profile labels from the Namespaces and ServiceAccounts, as Calico's datastore makes them.
 */
class SelectLiveTest {
  @TempDir static Path dir;

  private static MockCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = MockCluster.crud(dir);
    cluster
        .kubernetes
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName("prod")
                .addToLabels("env", "production")
                .endMetadata()
                .build())
        .create();
    cluster
        .kubernetes
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName("dev")
                .addToLabels("env", "dev")
                .endMetadata()
                .build())
        .create();
    cluster
        .kubernetes
        .serviceAccounts()
        .inNamespace("prod")
        .resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withName("frontend")
                .withNamespace("prod")
                .addToLabels("role", "public")
                .endMetadata()
                .build())
        .create();
    cluster.create(
        new PodBuilder(MockCluster.pod("prod", "web", "node1", "10.0.0.1"))
            .editSpec()
            .withServiceAccountName("frontend")
            .endSpec()
            .build());
    cluster.create(MockCluster.pod("prod", "db", "node2", "10.0.0.2"));
    cluster.create(MockCluster.pod("dev", "web", "node1", "10.0.1.1"));
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  void namespaceAndServiceAccountLabelsAcrossNamespaces() {
    CliRun run =
        CliRun.run(
            "select",
            "pcns.env == 'production' && pcsa.role == 'public'",
            "--kubeconfig",
            cluster.kubeconfig.toString(),
            "-A");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .isEqualTo(
            "NAMESPACE   WORKLOAD   NODE    NETWORKS      INTERFACE         \n"
                + "prod        web        node1   10.0.0.1/32   calic36cb0217f8   \n"
                + "\n");
    // The two Pods run as service account default, which the cluster does not hold.
    assertThat(run.err)
        .isEqualTo(
            "wepkit select: note: profile ksa.prod.default was not found: its labels are not"
                + " applied\n"
                + "wepkit select: note: profile ksa.dev.default was not found: its labels are not"
                + " applied\n");
  }

  @Test
  void oneNamespaceByName() {
    CliRun run =
        CliRun.run(
            "select",
            "pcns.env == 'dev' || pcns.env == 'production'",
            "--kubeconfig",
            cluster.kubeconfig.toString(),
            "-n",
            "dev",
            "-o",
            "json");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(dev.wepkit.json.WorkloadEndpointJson.create().readList(run.out).items())
        .extracting(w -> w.metadata().namespace() + "/" + w.metadata().name())
        .containsExactly("dev/node1-k8s-web-eth0");
  }

  @Test
  void forbiddenServiceAccountsNameTheRbacRule(@TempDir Path other) throws Exception {
    try (MockCluster strict = MockCluster.expectations(other)) {
      strict
          .server
          .expect()
          .get()
          .withPath("/api/v1/namespaces/team-a")
          .andReturn(
              200,
              new NamespaceBuilder().withNewMetadata().withName("team-a").endMetadata().build())
          .once();
      strict
          .server
          .expect()
          .get()
          .withPath("/api/v1/namespaces/team-a/serviceaccounts")
          .andReturn(403, new StatusBuilder().withCode(403).withMessage("no").build())
          .always();

      CliRun run = CliRun.run("select", "all()", "--kubeconfig", strict.kubeconfig.toString());

      assertThat(run.exit).as(run.toString()).isEqualTo(2);
      assertThat(run.err)
          .isEqualTo(
              "wepkit select: forbidden: the credentials may not list serviceaccounts in"
                  + " namespace team-a (their labels are the profiles' labels); grant the RBAC"
                  + " verb \"list\" on \"serviceaccounts\"\n");
    }
  }
}
