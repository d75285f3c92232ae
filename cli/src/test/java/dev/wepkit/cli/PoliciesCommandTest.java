// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.yaml.YamlTrees;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code wepkit policies} on a namespace, a service account, two policies in two tiers and three
 * endpoints. The expected answers follow from the rules: the GlobalNetworkPolicy selects endpoints
 * whose namespace has {@code team: payments} (both in prod, through the kns.prod profile; dev has
 * no Namespace, so no labels), the NetworkPolicy selects {@code app: web} in prod only; tier
 * security (100) comes before default (1,000,000).
 */
class PoliciesCommandTest {
  private static final Path DIR = Path.of("target/test-classes/policies");
  private static final String POLICIES = DIR.resolve("dir").toString();
  private static final String LABELS = DIR.resolve("namespace.yaml").toString();
  private static final String ENDPOINTS = DIR.resolve("endpoints.yaml").toString();

  @Test
  void thePoliciesOfEachEndpointInFelixOrder() {
    CliRun run = CliRun.run("policies", "--policies", POLICIES, "--labels-from", LABELS, ENDPOINTS);
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.lines())
        .containsExactly(
            "prod/node1-k8s-web-eth0",
            "  TIER      POLICY             ORDER  TYPES           KIND",
            "  security  payments-baseline  10     Egress          GlobalNetworkPolicy",
            "  default   prod/allow-web     100    Ingress,Egress  NetworkPolicy",
            "",
            "prod/node1-k8s-api-eth0",
            "  TIER      POLICY             ORDER  TYPES   KIND",
            "  security  payments-baseline  10     Egress  GlobalNetworkPolicy",
            "",
            "dev/node1-k8s-web-eth0: no policies apply");
  }

  @Test
  void withoutTheNamespaceTheGlobalPolicySelectsNothing() {
    CliRun run = CliRun.run("policies", "--policies", POLICIES, ENDPOINTS);
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.lines())
        .containsExactly(
            "prod/node1-k8s-web-eth0",
            "  TIER     POLICY          ORDER  TYPES           KIND",
            "  default  prod/allow-web  100    Ingress,Egress  NetworkPolicy",
            "",
            "prod/node1-k8s-api-eth0: no policies apply",
            "",
            "dev/node1-k8s-web-eth0: no policies apply");
  }

  @Test
  void theEndpointsAPolicySelects() {
    CliRun run =
        CliRun.run(
            "policies",
            "--policies",
            POLICIES,
            "--labels-from",
            LABELS,
            "--selected-by",
            "security.payments-baseline",
            ENDPOINTS);
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.lines())
        .containsExactly(
            "GlobalNetworkPolicy payments-baseline (tier security, order 10, Egress)",
            "  NAMESPACE  NAME                NODE   POD",
            "  prod       node1-k8s-web-eth0  node1  web",
            "  prod       node1-k8s-api-eth0  node1  api");
    CliRun web =
        CliRun.run(
            "policies", "--policies", POLICIES, "--selected-by", "prod/allow-web", ENDPOINTS);
    assertThat(web.lines())
        .containsExactly(
            "NetworkPolicy prod/allow-web (tier default, order 100, Ingress,Egress)",
            "  NAMESPACE  NAME                NODE   POD",
            "  prod       node1-k8s-web-eth0  node1  web");
  }

  @Test
  void jsonAndYamlCarryTheSameTree() throws Exception {
    CliRun json =
        CliRun.run(
            "policies", "--policies", POLICIES, "--labels-from", LABELS, "-o", "json", ENDPOINTS);
    assertThat(json.exit).as(json.toString()).isZero();
    JsonNode tree = new ObjectMapper().readTree(json.out);
    assertThat(tree).hasSize(3);
    assertThat(tree.get(0).get("endpoint").asText()).isEqualTo("prod/node1-k8s-web-eth0");
    JsonNode first = tree.get(0).get("policies").get(0);
    assertThat(first.get("tier").asText()).isEqualTo("security");
    assertThat(first.get("kind").asText()).isEqualTo("GlobalNetworkPolicy");
    assertThat(first.get("namespace").isNull()).isTrue();
    assertThat(first.get("name").asText()).isEqualTo("payments-baseline");
    assertThat(first.get("order").toString()).isEqualTo("10");
    assertThat(first.get("types").toString()).isEqualTo("[\"Egress\"]");
    assertThat(first.get("staged").asBoolean()).isFalse();
    assertThat(first.get("selector").asText())
        // An empty selector and a namespace selector: only the prefixed namespace selector.
        .isEqualTo("pcns.team == \"payments\"");
    assertThat(tree.get(2).get("policies")).isEmpty();

    CliRun yaml =
        CliRun.run(
            "policies", "--policies", POLICIES, "--labels-from", LABELS, "-o", "yaml", ENDPOINTS);
    assertThat(yaml.exit).as(yaml.toString()).isZero();
    JsonNode fromYaml = YamlTrees.create().readAll(yaml.out).get(0).tree();
    assertThat(fromYaml.toString()).isEqualTo(tree.toString());
  }

  @Test
  void aBadPolicyNamesFileLineDocumentAndField() {
    CliRun run =
        CliRun.run("policies", "--policies", DIR.resolve("bad-order.yaml").toString(), ENDPOINTS);
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            DIR.resolve("bad-order.yaml")
                + ":6:1: document 1: spec.order: expected a number, found \"ten\"\n");
  }

  @Test
  void unreadableInputAndUnknownPoliciesAreUsageErrors() {
    CliRun missing = CliRun.run("policies", "--policies", POLICIES, "nope.yaml");
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).isEqualTo("nope.yaml: no such file\n");

    CliRun unknown =
        CliRun.run("policies", "--policies", POLICIES, "--selected-by", "prod/nope", ENDPOINTS);
    assertThat(unknown.exit).isEqualTo(2);
    assertThat(unknown.err)
        .isEqualTo("wepkit policies: no policy named prod/nope in the --policies files\n");

    // Endpoints given where labels belong: not a Namespace, ServiceAccount or Profile.
    CliRun wrong =
        CliRun.run("policies", "--policies", POLICIES, "--labels-from", ENDPOINTS, ENDPOINTS);
    assertThat(wrong.exit).isEqualTo(2);
    assertThat(wrong.err).startsWith(ENDPOINTS + ":1:1: document 0: kind: expected Namespace");

    CliRun noPolicies = CliRun.run("policies", ENDPOINTS);
    assertThat(noPolicies.exit).isEqualTo(2);
    assertThat(noPolicies.err).contains("--policies");
  }
}
