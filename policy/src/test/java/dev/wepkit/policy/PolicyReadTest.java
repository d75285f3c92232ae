// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading the policy kinds with Calico's defaults. Expected values are written from Calico's rules:
 * the types defaulting of its clientv3 defaults, the tier default, and its conversion of Kubernetes
 * NetworkPolicies (order 1000, tier default, pod selector terms, policyTypes).
 */
class PolicyReadTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text.replace('`', '"'));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Policy calico(String kind, String metadata, String spec) {
    return Policy.fromResource(
        json(
            "{`apiVersion`:`projectcalico.org/v3`,`kind`:`"
                + kind
                + "`,`metadata`:"
                + metadata
                + ",`spec`:"
                + spec
                + "}"));
  }

  @Test
  void aNetworkPolicyWithItsDefaults() {
    Policy p =
        calico(
            "NetworkPolicy",
            "{`name`:`web`,`namespace`:`prod`}",
            "{`selector`:`app == 'web'`,`ingress`:[{`action`:`Allow`,"
                + "`source`:{`selector`:`role == 'lb'`}}]}");
    assertThat(p.kind()).isEqualTo(PolicyKind.NETWORK_POLICY);
    assertThat(p.namespace()).isEqualTo("prod");
    assertThat(p.name()).isEqualTo("web");
    assertThat(p.key()).isEqualTo("prod/web");
    assertThat(p.tier()).isEqualTo("default");
    assertThat(p.order()).isNull();
    assertThat(p.types()).containsExactly(PolicyType.INGRESS);
    assertThat(p.specSelector()).isEqualTo("app == 'web'");
    assertThat(p.selector().selector())
        .isEqualTo("(app == 'web') && projectcalico.org/namespace == 'prod'");
    assertThat(p.ingress()).hasSize(1);
    Rule r = p.ingress().get(0);
    assertThat(r.action()).isEqualTo("Allow");
    assertThat(r.source().selector()).isEqualTo("role == 'lb'");
    assertThat(r.source().translated().selector())
        .isEqualTo("(projectcalico.org/namespace == 'prod') && (role == 'lb')");
    // A side with no fields matches any peer.
    assertThat(r.destination().matchesAnyPeer()).isTrue();
    assertThat(p.egress()).isEmpty();
    assertThat(p.warnings()).isEmpty();
    assertThat(p.isStaged()).isFalse();
  }

  @ParameterizedTest(name = "ingress {0}, egress {1}: types {2}")
  @CsvSource({
    // Calico's defaulting when types is empty: Ingress unless there are only egress rules.
    "0, 0, [Ingress]",
    "1, 0, [Ingress]",
    "0, 1, [Egress]",
    "2, 1, '[Ingress, Egress]'"
  })
  void typesDefaultFromTheRules(int ingress, int egress, String types) {
    String rule = "{`action`:`Deny`}";
    String spec =
        "{`ingress`:["
            + String.join(",", java.util.Collections.nCopies(ingress, rule))
            + "],`egress`:["
            + String.join(",", java.util.Collections.nCopies(egress, rule))
            + "]}";
    Policy p = calico("GlobalNetworkPolicy", "{`name`:`g`}", spec);
    assertThat(p.types().toString()).isEqualTo(types);
  }

  @Test
  void givenTypesAreKeptInIngressEgressOrder() {
    Policy p =
        calico("NetworkPolicy", "{`name`:`p`,`namespace`:`a`}", "{`types`:[`Egress`,`Ingress`]}");
    assertThat(p.types()).containsExactly(PolicyType.INGRESS, PolicyType.EGRESS);
    // Given types win over the rules: egress only, although there are no egress rules.
    Policy q =
        calico(
            "NetworkPolicy",
            "{`name`:`q`,`namespace`:`a`}",
            "{`types`:[`Egress`],`ingress`:[{`action`:`Allow`}]}");
    assertThat(q.types()).containsExactly(PolicyType.EGRESS);
  }

  @Test
  void aGlobalPolicyWithTierOrderAndNamespaceSelector() {
    Policy p =
        calico(
            "GlobalNetworkPolicy",
            "{`name`:`deny-all`}",
            "{`tier`:`security`,`order`:100,`selector`:`all()`,`namespaceSelector`:`team == 'a'`}");
    assertThat(p.namespace()).isNull();
    assertThat(p.key()).isEqualTo("deny-all");
    assertThat(p.tier()).isEqualTo("security");
    assertThat(p.order()).isEqualTo(100.0);
    // The pcns.-prefixed namespace selector is AND-ed in and every all() becomes has(namespace).
    assertThat(p.selector().selector())
        .isEqualTo("(has(projectcalico.org/namespace)) && pcns.team == \"a\"");
  }

  @Test
  void anUnparseableServiceAccountSelectorIsDroppedWithAWarning() {
    Policy p =
        calico(
            "NetworkPolicy",
            "{`name`:`p`,`namespace`:`a`}",
            "{`selector`:`x == 'y'`,`serviceAccountSelector`:`role = 'bad'`}");
    assertThat(p.selector().selector())
        .isEqualTo("(x == 'y') && projectcalico.org/namespace == 'a'");
    assertThat(p.warnings()).hasSize(1);
    assertThat(p.warnings().get(0)).startsWith("spec: serviceAccountSelector");
  }

  @Test
  void aNamespacedPolicyWithoutNamespaceIsInDefault() {
    Policy p = calico("NetworkPolicy", "{`name`:`p`}", "{}");
    assertThat(p.namespace()).isEqualTo("default");
    assertThat(p.selector().selector()).isEqualTo("projectcalico.org/namespace == 'default'");
  }

  @Test
  void stagedPoliciesAreStagedAndADeleteSelectsNothing() {
    Policy p =
        calico(
            "StagedNetworkPolicy",
            "{`name`:`s`,`namespace`:`a`}",
            "{`stagedAction`:`Delete`,`tier`:`t`}");
    assertThat(p.kind()).isEqualTo(PolicyKind.STAGED_NETWORK_POLICY);
    assertThat(p.isStaged()).isTrue();
    assertThat(p.stagedAction()).isEqualTo("Delete");
    assertThat(p.tier()).isEqualTo("t");
    assertThat(p.selects(key -> key.equals("projectcalico.org/namespace") ? "a" : null)).isFalse();
    Policy g = calico("StagedGlobalNetworkPolicy", "{`name`:`g`}", "{`order`:5.5}");
    assertThat(g.kind()).isEqualTo(PolicyKind.STAGED_GLOBAL_NETWORK_POLICY);
    assertThat(g.namespace()).isNull();
    assertThat(g.order()).isEqualTo(5.5);
    assertThat(g.selects(key -> null)).isTrue();
  }

  @Test
  void aKubernetesPolicyIsConvertedAsCalicoConvertsIt() {
    Policy p =
        Policy.fromResource(
            json(
                "{`apiVersion`:`networking.k8s.io/v1`,`kind`:`NetworkPolicy`,"
                    + "`metadata`:{`name`:`allow-lb`,`namespace`:`prod`},"
                    + "`spec`:{`podSelector`:{`matchLabels`:{`tier`:`web`,`app`:`shop`},"
                    + "`matchExpressions`:[{`key`:`env`,`operator`:`NotIn`,`values`:[`dev`,`qa`]}]},"
                    + "`ingress`:[{`from`:[{`podSelector`:{`matchLabels`:{`role`:`lb`}}},"
                    + "{`namespaceSelector`:{}},{`ipBlock`:{`cidr`:`10.0.0.0/8`,`except`:[`10.1.0.0/16`]}}]},"
                    + "{}],"
                    + "`egress`:[{`to`:[{`podSelector`:{}}]}]}}"));
    assertThat(p.kind()).isEqualTo(PolicyKind.KUBERNETES_NETWORK_POLICY);
    assertThat(p.name()).isEqualTo("allow-lb");
    assertThat(p.tier()).isEqualTo("default");
    assertThat(p.order()).isEqualTo(1000.0);
    // No policyTypes: Kubernetes defaults to Ingress, plus Egress as there are egress rules.
    assertThat(p.types()).containsExactly(PolicyType.INGRESS, PolicyType.EGRESS);
    // matchLabels keys sorted, then the expressions in order.
    assertThat(p.specSelector())
        .isEqualTo(
            "projectcalico.org/orchestrator == 'k8s' && app == 'shop' && tier == 'web'"
                + " && env not in { 'dev', 'qa' }");
    assertThat(p.selector().selector())
        .isEqualTo("(" + p.specSelector() + ") && projectcalico.org/namespace == 'prod'");
    // One rule per peer; a rule without peers matches any peer.
    assertThat(p.ingress()).hasSize(4);
    assertThat(p.ingress()).allMatch(r -> r.action().equals("Allow"));
    EntityRule pods = p.ingress().get(0).source();
    assertThat(pods.selector())
        .isEqualTo("projectcalico.org/orchestrator == 'k8s' && role == 'lb'");
    assertThat(pods.translated().selector())
        .isEqualTo(
            "(projectcalico.org/namespace == 'prod') && "
                + "(projectcalico.org/orchestrator == 'k8s' && role == 'lb')");
    EntityRule allNamespaces = p.ingress().get(1).source();
    assertThat(allNamespaces.namespaceSelector()).isEqualTo("all()");
    assertThat(allNamespaces.selector()).isEqualTo("projectcalico.org/orchestrator == 'k8s'");
    assertThat(allNamespaces.translated().selector())
        .isEqualTo(
            "(has(projectcalico.org/namespace)) && (projectcalico.org/orchestrator == 'k8s')");
    EntityRule block = p.ingress().get(2).source();
    assertThat(block.nets()).containsExactly("10.0.0.0/8");
    assertThat(block.notNets()).containsExactly("10.1.0.0/16");
    assertThat(block.matchesAnyPeer()).isTrue();
    assertThat(p.ingress().get(3).source().matchesAnyPeer()).isTrue();
    assertThat(p.egress()).hasSize(1);
    assertThat(p.egress().get(0).destination().selector())
        .isEqualTo("projectcalico.org/orchestrator == 'k8s'");
    assertThat(p.egress().get(0).source().matchesAnyPeer()).isTrue();
  }

  @Test
  void kubernetesPolicyTypesGivenOrOnlyEgressDefaultAsCalicoDoes() {
    Policy egressOnly =
        Policy.fromResource(
            json(
                "{`apiVersion`:`networking.k8s.io/v1`,`kind`:`NetworkPolicy`,"
                    + "`metadata`:{`name`:`e`,`namespace`:`a`},"
                    + "`spec`:{`podSelector`:{},`policyTypes`:[`Egress`]}}"));
    assertThat(egressOnly.types()).containsExactly(PolicyType.EGRESS);
    assertThat(egressOnly.selector().selector())
        .isEqualTo(
            "(projectcalico.org/orchestrator == 'k8s') && projectcalico.org/namespace == 'a'");
    // Egress rules but policyTypes [Ingress]: the rules are kept and not applied.
    Policy ignored =
        Policy.fromResource(
            json(
                "{`apiVersion`:`networking.k8s.io/v1`,`kind`:`NetworkPolicy`,"
                    + "`metadata`:{`name`:`i`,`namespace`:`a`},"
                    + "`spec`:{`podSelector`:{},`policyTypes`:[`Ingress`],`egress`:[{}]}}"));
    assertThat(ignored.types()).containsExactly(PolicyType.INGRESS);
    assertThat(ignored.egress()).hasSize(1);
    assertThat(ignored.warnings()).singleElement().asString().startsWith("spec.egress:");
  }

  @Test
  void aStagedKubernetesPolicyIsNotDefaultedByKubernetes() {
    Policy p =
        Policy.fromResource(
            json(
                "{`apiVersion`:`projectcalico.org/v3`,`kind`:`StagedKubernetesNetworkPolicy`,"
                    + "`metadata`:{`name`:`s`,`namespace`:`a`},"
                    + "`spec`:{`stagedAction`:`Set`,`podSelector`:{`matchLabels`:{`app`:`x`}},"
                    + "`egress`:[{}]}}"));
    assertThat(p.kind()).isEqualTo(PolicyKind.STAGED_KUBERNETES_NETWORK_POLICY);
    assertThat(p.stagedAction()).isEqualTo("Set");
    // No policyTypes and no API-server defaulting: Calico's conversion falls back to Ingress.
    assertThat(p.types()).containsExactly(PolicyType.INGRESS);
    assertThat(p.order()).isEqualTo(1000.0);
    assertThat(p.specSelector()).isEqualTo("projectcalico.org/orchestrator == 'k8s' && app == 'x'");
  }

  @Test
  void entityRulesFoldServiceAccountsAndNamespaceSelectors() {
    Policy p =
        calico(
            "NetworkPolicy",
            "{`name`:`p`,`namespace`:`prod`}",
            "{`egress`:[{`action`:`Allow`,`destination`:{`selector`:`app == 'db'`,"
                + "`namespaceSelector`:`global()`,"
                + "`serviceAccounts`:{`names`:[`b`,`a`],`selector`:`role == 'x'`}}},"
                + "{`action`:`Deny`,`destination`:{`notSelector`:`app == 'db'`}}]}");
    EntityRule d = p.egress().get(0).destination();
    assertThat(d.serviceAccountNames()).containsExactly("b", "a");
    assertThat(d.translated().selector())
        .isEqualTo(
            "(!has(projectcalico.org/namespace)) && (((pcsa.role == \"x\") &&"
                + " (projectcalico.org/serviceaccount in {\"a\", \"b\"})) && (app == 'db'))");
    EntityRule n = p.egress().get(1).destination();
    // A notSelector alone still gets the policy's namespace as its positive selector.
    assertThat(n.translated().selector()).isEqualTo("projectcalico.org/namespace == 'prod'");
    assertThat(n.translated().notSelector()).isEqualTo("app == 'db'");
  }

  @Test
  void listsAndArraysAreRead() {
    List<Policy> ps =
        Policy.fromResources(
            json(
                "{`kind`:`NetworkPolicyList`,`items`:["
                    + "{`apiVersion`:`projectcalico.org/v3`,`kind`:`NetworkPolicy`,"
                    + "`metadata`:{`name`:`a`,`namespace`:`x`}},"
                    + "{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,"
                    + "`metadata`:{`name`:`b`}}]}"));
    assertThat(ps).extracting(Policy::key).containsExactly("x/a", "b");
    assertThat(
            Policy.fromResources(
                json(
                    "[{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,"
                        + "`metadata`:{`name`:`c`}}]")))
        .extracting(Policy::name)
        .containsExactly("c");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`Profile`,`metadata`:{`name`:`a`}}|kind",
        "{`apiVersion`:`v1`,`kind`:`GlobalNetworkPolicy`,`metadata`:{`name`:`a`}}|apiVersion",
        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,`metadata`:{}}|metadata.name",
        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`order`:`1`}}|spec.order",
        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`selector`:`a = 'b'`}}|spec.selector",
        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`types`:[`ingress`]}}|spec.types",
        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`ingress`:[{}]}}|spec.ingress[0].action",
        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`egress`:[{`action`:`Allow`,`destination`:{`notSelector`:`(`}}]}}|spec.egress[0].destination.notSelector",
        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`GlobalNetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`egress`:[{`action`:`Allow`,`destination`:{`serviceAccounts`:{`names`:`x`}}}]}}|spec.egress[0].destination.serviceAccounts.names",
        "{`apiVersion`:`networking.k8s.io/v1`,`kind`:`NetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`podSelector`:{`matchLabels`:{`a`:1}}}}|spec.podSelector.matchLabels[a]",
        "{`apiVersion`:`networking.k8s.io/v1`,`kind`:`NetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`ingress`:[{`from`:[{`ipBlock`:{}}]}]}}|spec.ingress[0].from[0].ipBlock.cidr",
        "{`apiVersion`:`networking.k8s.io/v1`,`kind`:`NetworkPolicy`,`metadata`:{`name`:`a`},`spec`:{`podSelector`:{`matchLabels`:{`a`:`it's`}}}}|spec.podSelector",
        "[1]|[0]",
        "{`kind`:`List`,`items`:[{`apiVersion`:`projectcalico.org/v3`,`kind`:`Tier`,`metadata`:{`name`:`t`}}]}|items[0].kind",
      })
  void badInputNamesTheField(String resource, String path) {
    PolicyInputException e =
        catchThrowableOfType(
            () -> Policy.fromResources(json(resource)), PolicyInputException.class);
    assertThat(e).as(resource).isNotNull();
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage()).startsWith(path + ": ");
  }

  @Test
  void tiersAreRead() {
    Tier t =
        Tier.fromResource(
            json(
                "{`apiVersion`:`projectcalico.org/v3`,`kind`:`Tier`,`metadata`:{`name`:`security`},"
                    + "`spec`:{`order`:100}}"));
    assertThat(t.name()).isEqualTo("security");
    assertThat(t.order()).isEqualTo(100.0);
    Tier none =
        Tier.fromResource(
            json("{`apiVersion`:`projectcalico.org/v3`,`kind`:`Tier`,`metadata`:{`name`:`x`}}"));
    assertThat(none.order()).isNull();
    PolicyInputException e =
        catchThrowableOfType(
            () ->
                Tier.fromResource(
                    json(
                        "{`apiVersion`:`projectcalico.org/v3`,`kind`:`Tier`,`metadata`:{`name`:`x`},"
                            + "`spec`:{`order`:true}}")),
            PolicyInputException.class);
    assertThat(e.path()).isEqualTo("spec.order");
  }
}
