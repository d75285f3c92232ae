// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.kubernetes.internal.KubernetesErrors;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads, from a live cluster, the resources that decide which policies apply to endpoints, as
 * Jackson trees in manifest form (each with its {@code apiVersion} and {@code kind}): Calico's
 * Tiers and policy kinds ({@code projectcalico.org/v3}: NetworkPolicy, GlobalNetworkPolicy,
 * StagedNetworkPolicy, StagedGlobalNetworkPolicy, StagedKubernetesNetworkPolicy) and Kubernetes
 * NetworkPolicies. A kind the cluster does not serve (no Calico API server, say) is skipped, as
 * having none. Feed the trees to wepkit-policy's {@code PolicyIndex.Builder.addResources}.
 *
 * <pre>{@code
 * try (KubernetesClient kubernetes = new KubernetesClientBuilder().build()) {
 *   PolicyIndex.Builder index = PolicyIndex.builder();
 *   ClusterPolicies.list(kubernetes).forEach(index::addResources);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClusterPolicies {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What is read, in this order: tiers first, then the policies, Calico's before Kubernetes'. */
  private static final List<Kind> KINDS =
      List.of(
          new Kind("projectcalico.org", "v3", "Tier", "tiers", false),
          new Kind(
              "projectcalico.org", "v3", "GlobalNetworkPolicy", "globalnetworkpolicies", false),
          new Kind("projectcalico.org", "v3", "NetworkPolicy", "networkpolicies", true),
          new Kind(
              "projectcalico.org",
              "v3",
              "StagedGlobalNetworkPolicy",
              "stagedglobalnetworkpolicies",
              false),
          new Kind("projectcalico.org", "v3", "StagedNetworkPolicy", "stagednetworkpolicies", true),
          new Kind(
              "projectcalico.org",
              "v3",
              "StagedKubernetesNetworkPolicy",
              "stagedkubernetesnetworkpolicies",
              true),
          new Kind("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true));

  private ClusterPolicies() {}

  /** One resource kind and where the API serves it. */
  private static final class Kind {
    final String apiVersion;
    final String kind;
    final ResourceDefinitionContext context;

    Kind(String group, String version, String kind, String plural, boolean namespaced) {
      this.apiVersion = group + "/" + version;
      this.kind = kind;
      this.context =
          new ResourceDefinitionContext.Builder()
              .withGroup(group)
              .withVersion(version)
              .withKind(kind)
              .withPlural(plural)
              .withNamespaced(namespaced)
              .build();
    }
  }

  /**
   * Lists every Tier and policy of the cluster, in all namespaces.
   *
   * @param kubernetes the fabric8 client (not closed)
   * @return the resources as trees: tiers, then Calico's policies, then Kubernetes'
   * @throws WorkloadEndpointClientException when a request fails for any reason other than the kind
   *     not being served (unauthorized, forbidden, unreachable)
   */
  public static List<JsonNode> list(KubernetesClient kubernetes) {
    Objects.requireNonNull(kubernetes, "kubernetes");
    List<JsonNode> out = new ArrayList<>();
    for (Kind k : KINDS) {
      List<GenericKubernetesResource> items;
      try {
        items =
            k.context.isNamespaceScoped()
                ? kubernetes
                    .genericKubernetesResources(k.context)
                    .inAnyNamespace()
                    .list()
                    .getItems()
                : kubernetes.genericKubernetesResources(k.context).list().getItems();
      } catch (KubernetesClientException e) {
        if (e.getCode() == 404) {
          // The kind is not served here (for example no Calico API server): there are none.
          continue;
        }
        throw KubernetesErrors.translate(
            e,
            "list",
            k.context.getPlural() + "." + k.context.getGroup(),
            "",
            "",
            kubernetes.getMasterUrl().toString(),
            () -> "");
      } catch (RuntimeException e) {
        throw KubernetesErrors.translate(
            e,
            "list",
            k.context.getPlural() + "." + k.context.getGroup(),
            "",
            "",
            kubernetes.getMasterUrl().toString(),
            () -> "");
      }
      for (GenericKubernetesResource item : items) {
        out.add(tree(kubernetes, item, k));
      }
    }
    return List.copyOf(out);
  }

  private static JsonNode tree(
      KubernetesClient kubernetes, GenericKubernetesResource item, Kind k) {
    // fabric8 serialises with its own Jackson; the policy readers take this module's Jackson trees.
    String json = kubernetes.getKubernetesSerialization().asJson(item);
    ObjectNode tree;
    try {
      tree = (ObjectNode) JSON.readTree(json);
    } catch (java.io.IOException | ClassCastException e) {
      throw new WorkloadEndpointClientException(
          "the API server sent a " + k.kind + " that is not a JSON object: " + e.getMessage(), e);
    }
    // Items of a list may come without their type; the policy readers need it.
    tree.put("apiVersion", k.apiVersion);
    tree.put("kind", k.kind);
    return tree;
  }
}
