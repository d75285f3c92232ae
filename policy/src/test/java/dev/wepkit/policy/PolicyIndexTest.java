// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static dev.wepkit.policy.PolicyReadTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Felix's order, written by hand from its rules: tiers that exist first, by order (none last), then
 * name; within a tier by order (none last), then by name/namespace/kind.
 */
class PolicyIndexTest {
  static WorkloadEndpoint endpoint(
      String namespace, String pod, Map<String, String> labels, String serviceAccount) {
    var spec =
        WorkloadEndpointSpec.builder()
            .orchestrator("k8s")
            .node("node1")
            .pod(pod)
            .endpoint("eth0")
            .addProfiles("kns." + namespace);
    if (!serviceAccount.isEmpty()) {
      spec.serviceAccountName(serviceAccount)
          .addProfiles("ksa." + namespace + "." + serviceAccount);
    }
    return WorkloadEndpoint.builder()
        .metadata(
            ObjectMeta.builder()
                .name("node1-k8s-" + pod + "-eth0")
                .namespace(namespace)
                .putAllLabels(labels)
                .build())
        .spec(spec.build())
        .build();
  }

  private static String calico(String kind, String name, String namespace, String spec) {
    return "{`apiVersion`:`projectcalico.org/v3`,`kind`:`"
        + kind
        + "`,`metadata`:{`name`:`"
        + name
        + "`"
        + (namespace == null ? "" : ",`namespace`:`" + namespace + "`")
        + "},`spec`:"
        + spec
        + "}";
  }

  private static String tier(String name, String order) {
    return "{`apiVersion`:`projectcalico.org/v3`,`kind`:`Tier`,`metadata`:{`name`:`"
        + name
        + "`},`spec`:{"
        + (order == null ? "" : "`order`:" + order)
        + "}}";
  }

  private static PolicyIndex index(WorkloadEndpoint... endpoints) {
    String all =
        "["
            + String.join(
                ",",
                tier("security", "100"),
                tier("alpha", "100"),
                tier("zeta", null),
                calico("GlobalNetworkPolicy", "b", null, "{`tier`:`security`,`order`:10}"),
                calico("NetworkPolicy", "a", "ns", "{`tier`:`security`,`order`:10}"),
                calico("StagedNetworkPolicy", "a", "ns", "{`tier`:`security`,`order`:10}"),
                calico("GlobalNetworkPolicy", "c", null, "{`tier`:`security`}"),
                calico("GlobalNetworkPolicy", "k", null, "{`tier`:`kube-admin`,`order`:1}"),
                calico("GlobalNetworkPolicy", "al", null, "{`tier`:`alpha`,`order`:1e6}"),
                "{`apiVersion`:`networking.k8s.io/v1`,`kind`:`NetworkPolicy`,"
                    + "`metadata`:{`name`:`web`,`namespace`:`ns`},`spec`:{`podSelector`:{}}}",
                calico("NetworkPolicy", "x", "ns", "{`order`:999.5}"),
                calico("NetworkPolicy", "y", "ns", "{}"),
                calico("GlobalNetworkPolicy", "z", null, "{`tier`:`zeta`,`order`:1}"),
                calico("GlobalNetworkPolicy", "g", null, "{`tier`:`ghost`,`order`:1}"),
                "{`apiVersion`:`v1`,`kind`:`Namespace`,`metadata`:{`name`:`ns`,"
                    + "`labels`:{`team`:`a`}}}",
                "{`apiVersion`:`v1`,`kind`:`ServiceAccount`,`metadata`:{`name`:`api`,"
                    + "`namespace`:`ns`,`labels`:{`role`:`backend`}}}")
            + "]";
    return PolicyIndex.builder().addResources(json(all)).addEndpoints(List.of(endpoints)).build();
  }

  private static List<String> refs(List<AppliedPolicy> applied) {
    return applied.stream()
        .map(a -> a.tier() + " " + a.policy().kind().calicoKind() + " " + a.policy().key())
        .collect(Collectors.toList());
  }

  @Test
  void policiesComeInFelixOrder() {
    WorkloadEndpoint inNs = endpoint("ns", "p1", Map.of(), "");
    assertThat(refs(index().policiesFor(inNs)))
        .containsExactly(
            // alpha and security both have order 100: by name.
            "alpha GlobalNetworkPolicy al",
            // Order 10 three times: "a/ns/NetworkPolicy" < "a/ns/StagedNetworkPolicy" < "b//...".
            "security NetworkPolicy ns/a",
            "security StagedNetworkPolicy ns/a",
            "security GlobalNetworkPolicy b",
            // No order: last in its tier.
            "security GlobalNetworkPolicy c",
            // kube-admin is 1000, after 100.
            "kube-admin GlobalNetworkPolicy k",
            // default is 1,000,000: 999.5, then the Kubernetes policy at 1000, then no order.
            "default NetworkPolicy ns/x",
            "default KubernetesNetworkPolicy ns/web",
            "default NetworkPolicy ns/y",
            // A tier without an order after every tier with one; an unknown tier after all.
            "zeta GlobalNetworkPolicy z",
            "ghost GlobalNetworkPolicy g");
    AppliedPolicy first = index().policiesFor(inNs).get(0);
    assertThat(first.tierOrder()).isEqualTo(100.0);
    assertThat(first.order()).isEqualTo(1e6);
    assertThat(first.types()).containsExactly(PolicyType.INGRESS);
  }

  @Test
  void namespacedPoliciesSelectOnlyTheirNamespace() {
    WorkloadEndpoint elsewhere = endpoint("other", "p2", Map.of(), "");
    assertThat(refs(index().policiesFor(elsewhere)))
        .containsExactly(
            "alpha GlobalNetworkPolicy al",
            "security GlobalNetworkPolicy b",
            "security GlobalNetworkPolicy c",
            "kube-admin GlobalNetworkPolicy k",
            "zeta GlobalNetworkPolicy z",
            "ghost GlobalNetworkPolicy g");
  }

  @Test
  void theKubernetesPolicySelectsOnlyKubernetesPods() {
    WorkloadEndpoint notK8s =
        WorkloadEndpoint.builder()
            .metadata(ObjectMeta.builder().name("n-cni-c-eth0").namespace("ns").build())
            .spec(WorkloadEndpointSpec.builder().orchestrator("cni").build())
            .build();
    assertThat(refs(index().policiesFor(notK8s)))
        .doesNotContain("default KubernetesNetworkPolicy ns/web");
    assertThat(refs(index().policiesFor(notK8s))).contains("default NetworkPolicy ns/x");
  }

  @Test
  void tiersAreListedInFelixOrder() {
    assertThat(index().tiers())
        .extracting(Tier::name)
        .containsExactly("alpha", "security", "kube-admin", "default", "kube-baseline", "zeta");
  }

  @Test
  void endpointsAndRulePeersAreSelectedWithProfileLabels() {
    WorkloadEndpoint api = endpoint("ns", "api", Map.of("app", "api"), "api");
    WorkloadEndpoint web = endpoint("ns", "web", Map.of("app", "web"), "");
    WorkloadEndpoint other = endpoint("other", "db", Map.of("app", "db"), "");
    PolicyIndex index =
        PolicyIndex.builder()
            .addResources(
                json(
                    "["
                        + String.join(
                            ",",
                            calico(
                                "GlobalNetworkPolicy",
                                "team-a",
                                null,
                                "{`namespaceSelector`:`team == 'a'`,"
                                    + "`ingress`:[{`action`:`Allow`,`source`:{"
                                    + "`serviceAccounts`:{`selector`:`role == 'backend'`}}},"
                                    + "{`action`:`Allow`,`source`:{`notSelector`:`app == 'web'`,"
                                    + "`namespaceSelector`:`all()`}}]}"),
                            "{`apiVersion`:`v1`,`kind`:`Namespace`,`metadata`:{`name`:`ns`,"
                                + "`labels`:{`team`:`a`}}}",
                            "{`apiVersion`:`v1`,`kind`:`ServiceAccount`,`metadata`:{`name`:`api`,"
                                + "`namespace`:`ns`,`labels`:{`role`:`backend`}}}")
                        + "]"))
            .addEndpoints(List.of(api, web, other))
            .build();
    Policy p = index.find("team-a").get(0);
    // pcns.team == "a" through the kns.ns profile: both endpoints in ns, in input order.
    assertThat(index.endpointsFor(p)).containsExactly(api, web);
    // pcsa.role == "backend" through the ksa.ns.api profile.
    assertThat(index.peersOf(p.ingress().get(0).source())).containsExactly(api);
    // Every endpoint with a namespace, less those the notSelector matches.
    assertThat(index.peersOf(p.ingress().get(1).source())).containsExactly(api, other);
    assertThat(index.policiesFor(other)).isEmpty();
  }

  @Test
  void policiesAreFoundByReference() {
    PolicyIndex index = index();
    assertThat(index.find("ns/a"))
        .extracting(q -> q.kind().calicoKind())
        .containsExactly("NetworkPolicy", "StagedNetworkPolicy");
    assertThat(index.find("security.b")).extracting(Policy::key).containsExactly("b");
    assertThat(index.find("ns/knp.default.web")).extracting(Policy::key).containsExactly("ns/web");
    assertThat(index.find("web")).extracting(Policy::key).containsExactly("ns/web");
    assertThat(index.find("other/a")).isEmpty();
    assertThat(index.find("default.b")).isEmpty();
  }

  @Test
  void aLaterPolicyOfTheSameKindAndNameReplacesTheEarlier() {
    PolicyIndex index =
        PolicyIndex.builder()
            .addResources(
                json(
                    "["
                        + calico("GlobalNetworkPolicy", "p", null, "{`order`:1}")
                        + ","
                        + calico("GlobalNetworkPolicy", "p", null, "{`order`:2}")
                        + "]"))
            .build();
    assertThat(index.policies()).singleElement().extracting(Policy::order).isEqualTo(2.0);
  }

  @Test
  void otherKindsAreRefusedWithTheirPlace() {
    PolicyInputException e =
        catchThrowableOfType(
            () ->
                PolicyIndex.builder()
                    .addResources(
                        json("[" + tier("t", "1") + ",{`apiVersion`:`v1`,`kind`:`Pod`}]")),
            PolicyInputException.class);
    assertThat(e.path()).isEqualTo("[1].kind");
    assertThat(e.getMessage()).contains("\"Pod\"");
  }
}
