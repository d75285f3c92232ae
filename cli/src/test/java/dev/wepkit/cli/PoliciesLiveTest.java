// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wepkit policies} on a live cluster (the mock server in CRUD mode): endpoints from the
 * Pods, profile labels from the Namespaces, a Calico GlobalNetworkPolicy and a Kubernetes
 * NetworkPolicy from the cluster's APIs.
 */
class PoliciesLiveTest {
  @TempDir static Path dir;

  private static MockCluster cluster;

  private static ResourceDefinitionContext context(
      String group, String kind, String plural, boolean namespaced) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(group.equals("projectcalico.org") ? "v3" : "v1")
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(namespaced)
        .build();
  }

  @BeforeAll
  static void start() throws Exception {
    cluster = MockCluster.crud(dir);
    for (String[] ns : new String[][] {{"prod", "payments"}, {"dev", "tools"}}) {
      cluster
          .kubernetes
          .namespaces()
          .resource(
              new NamespaceBuilder()
                  .withNewMetadata()
                  .withName(ns[0])
                  .addToLabels("team", ns[1])
                  .endMetadata()
                  .build())
          .create();
    }
    // Pods labelled app=<name>, each with one address.
    cluster.create(MockCluster.pod("prod", "web", "node1", "10.0.0.1"));
    cluster.create(MockCluster.pod("prod", "api", "node1", "10.0.0.2"));
    cluster.create(MockCluster.pod("dev", "web", "node2", "10.0.1.1"));

    ResourceDefinitionContext gnp =
        context("projectcalico.org", "GlobalNetworkPolicy", "globalnetworkpolicies", false);
    cluster
        .kubernetes
        .genericKubernetesResources(gnp)
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("projectcalico.org/v3")
                .withKind("GlobalNetworkPolicy")
                .withNewMetadata()
                .withName("payments-baseline")
                .endMetadata()
                .withAdditionalProperties(
                    Map.of(
                        "spec",
                        Map.of(
                            "order",
                            10,
                            "namespaceSelector",
                            "team == 'payments'",
                            "egress",
                            List.of(Map.of("action", "Pass")))))
                .build())
        .create();
    ResourceDefinitionContext knp =
        context("networking.k8s.io", "NetworkPolicy", "networkpolicies", true);
    cluster
        .kubernetes
        .genericKubernetesResources(knp)
        .inNamespace("prod")
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("networking.k8s.io/v1")
                .withKind("NetworkPolicy")
                .withNewMetadata()
                .withName("allow-web")
                .withNamespace("prod")
                .endMetadata()
                .withAdditionalProperties(
                    Map.of(
                        "spec",
                        Map.of(
                            "podSelector",
                            Map.of("matchLabels", Map.of("app", "web")),
                            "ingress",
                            List.of(Map.of()))))
                .build())
        .create();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  void thePoliciesOfEachEndpointOfANamespace() {
    CliRun prod =
        CliRun.run("policies", "--kubeconfig", cluster.kubeconfig.toString(), "-n", "prod");
    CliRun dev = CliRun.run("policies", "--kubeconfig", cluster.kubeconfig.toString(), "-n", "dev");

    assertThat(prod.exit).as(prod.toString()).isZero();
    assertThat(prod.err).isEmpty();
    // Both policies are in tier default: the global one (order 10) before the Kubernetes one,
    // which Calico gives order 1000 and, with ingress rules only, the type Ingress.
    assertThat(prod.lines())
        .containsExactly(
            "prod/node1-k8s-web-eth0",
            "  TIER     POLICY             ORDER  TYPES    KIND",
            "  default  payments-baseline  10     Egress   GlobalNetworkPolicy",
            "  default  prod/allow-web     1000   Ingress  KubernetesNetworkPolicy",
            "",
            "prod/node1-k8s-api-eth0",
            "  TIER     POLICY             ORDER  TYPES   KIND",
            "  default  payments-baseline  10     Egress  GlobalNetworkPolicy");
    // team=tools does not match the global policy; the Kubernetes policy is prod's.
    assertThat(dev.exit).as(dev.toString()).isZero();
    assertThat(dev.lines()).containsExactly("dev/node2-k8s-web-eth0: no policies apply");
  }

  @Test
  void theEndpointsAClusterPolicySelects() {
    CliRun run =
        CliRun.run(
            "policies",
            "--kubeconfig",
            cluster.kubeconfig.toString(),
            "-A",
            "--selected-by",
            "prod/allow-web");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.lines())
        .containsExactly(
            "KubernetesNetworkPolicy prod/allow-web (tier default, order 1000, Ingress)",
            "  NAMESPACE  NAME                NODE   POD",
            "  prod       node1-k8s-web-eth0  node1  web");
  }

  @Test
  void clusterOptionsAndFilesDoNotMix() {
    CliRun both =
        CliRun.run(
            "policies", "--kubeconfig", cluster.kubeconfig.toString(), "-A", "endpoints.yaml");
    CliRun filesWithoutPolicies = CliRun.run("policies", "endpoints.yaml");

    assertThat(both.exit).isEqualTo(2);
    assertThat(both.err).contains("give no FILE with them");
    assertThat(filesWithoutPolicies.exit).isEqualTo(2);
    assertThat(filesWithoutPolicies.err)
        .contains("--policies is required when the endpoints come from FILEs");
  }
}
