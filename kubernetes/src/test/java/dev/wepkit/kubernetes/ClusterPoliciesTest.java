// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tiers and policies read from a (mock) cluster as manifest trees. */
class ClusterPoliciesTest {
  private static ResourceDefinitionContext context(
      String group, String version, String kind, String plural, boolean namespaced) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(namespaced)
        .build();
  }

  private static void create(
      KubernetesClient k,
      ResourceDefinitionContext c,
      String namespace,
      String name,
      Map<String, Object> spec) {
    GenericKubernetesResource r =
        new GenericKubernetesResourceBuilder()
            .withApiVersion(c.getGroup() + "/" + c.getVersion())
            .withKind(c.getKind())
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .endMetadata()
            .withAdditionalProperties(Map.of("spec", spec))
            .build();
    if (namespace == null) {
      k.genericKubernetesResources(c).resource(r).create();
    } else {
      k.genericKubernetesResources(c).inNamespace(namespace).resource(r).create();
    }
  }

  private static String describe(JsonNode n) {
    String ns = n.path("metadata").path("namespace").asText("");
    return n.path("apiVersion").asText()
        + " "
        + n.path("kind").asText()
        + " "
        + (ns.isEmpty() ? "" : ns + "/")
        + n.path("metadata").path("name").asText();
  }

  @Test
  void tiersThenCalicoPoliciesThenKubernetesPolicies() {
    KubernetesMockServer server = MockClusters.crud();
    try (KubernetesClient k = server.createClient()) {
      create(
          k,
          context("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true),
          "prod",
          "allow-web",
          Map.of("podSelector", Map.of("matchLabels", Map.of("app", "web"))));
      create(
          k,
          context("projectcalico.org", "v3", "GlobalNetworkPolicy", "globalnetworkpolicies", false),
          null,
          "baseline",
          Map.of("tier", "security", "order", 10, "selector", "all()"));
      create(
          k,
          context("projectcalico.org", "v3", "NetworkPolicy", "networkpolicies", true),
          "prod",
          "calico-web",
          Map.of("selector", "app == 'web'"));
      create(
          k,
          context("projectcalico.org", "v3", "Tier", "tiers", false),
          null,
          "security",
          Map.of("order", 100));

      List<JsonNode> trees = ClusterPolicies.list(k);
      assertThat(trees.stream().map(ClusterPoliciesTest::describe).collect(Collectors.toList()))
          .containsExactly(
              "projectcalico.org/v3 Tier security",
              "projectcalico.org/v3 GlobalNetworkPolicy baseline",
              "projectcalico.org/v3 NetworkPolicy prod/calico-web",
              "networking.k8s.io/v1 NetworkPolicy prod/allow-web");
      assertThat(trees.get(1).path("spec").path("selector").asText()).isEqualTo("all()");
      assertThat(trees.get(1).path("spec").path("order").asInt()).isEqualTo(10);
      assertThat(
              trees
                  .get(3)
                  .path("spec")
                  .path("podSelector")
                  .path("matchLabels")
                  .path("app")
                  .asText())
          .isEqualTo("web");
    } finally {
      server.destroy();
    }
  }

  @Test
  void kindsNotServedAreSkippedAndRefusalsAreReported() {
    KubernetesMockServer server = MockClusters.expectations();
    try (KubernetesClient k = server.createClient()) {
      // Expectations mode answers 404 to anything not expected: no kind is served, so none.
      assertThat(ClusterPolicies.list(k)).isEmpty();
      server
          .expect()
          .get()
          .withPath("/apis/projectcalico.org/v3/tiers")
          .andReturn(403, "{\"kind\":\"Status\",\"code\":403}")
          .once();
      WorkloadEndpointForbiddenException e =
          catchThrowableOfType(
              () -> ClusterPolicies.list(k), WorkloadEndpointForbiddenException.class);
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("tiers.projectcalico.org");
    } finally {
      server.destroy();
    }
  }
}
