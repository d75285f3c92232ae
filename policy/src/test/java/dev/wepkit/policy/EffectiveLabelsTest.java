// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The labels Felix matches an endpoint against, and the profiles Calico makes. */
class EffectiveLabelsTest {
  private static WorkloadEndpoint endpoint(
      String namespace, Map<String, String> labels, String serviceAccount, String... profiles) {
    return WorkloadEndpoint.builder()
        .metadata(ObjectMeta.builder().namespace(namespace).putAllLabels(labels).build())
        .spec(
            WorkloadEndpointSpec.builder()
                .orchestrator("k8s")
                .serviceAccountName(serviceAccount)
                .addProfiles(profiles)
                .build())
        .build();
  }

  @Test
  void namespaceProfileCarriesPrefixedLabelsAndTheName() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("team", "a");
    labels.put("kubernetes.io/metadata.name", "prod");
    Profile p = Profile.forNamespace("prod", labels);
    assertThat(p.name()).isEqualTo("kns.prod");
    assertThat(p.labelsToApply())
        .containsExactly(
            entry("pcns.team", "a"),
            entry("pcns.kubernetes.io/metadata.name", "prod"),
            entry("pcns.projectcalico.org/name", "prod"));
  }

  @Test
  void serviceAccountProfileCarriesPrefixedLabelsAndTheName() {
    Profile p = Profile.forServiceAccount("prod", "api", Map.of("role", "backend"));
    assertThat(p.name()).isEqualTo("ksa.prod.api");
    assertThat(p.labelsToApply())
        .containsExactly(
            entry("pcsa.role", "backend"), entry("pcsa.projectcalico.org/name", "api"));
    // An empty namespace is "default" in the profile name, as in Calico.
    assertThat(Profile.forServiceAccount("", "api", Map.of()).name()).isEqualTo("ksa.default.api");
  }

  @Test
  void theNameLabelWinsOverALabelOfTheSameKey() {
    Profile p = Profile.forNamespace("prod", Map.of("projectcalico.org/name", "fake"));
    assertThat(p.labelsToApply()).containsEntry("pcns.projectcalico.org/name", "prod").hasSize(1);
  }

  @Test
  void ownLabelsLoseTheirPcnsAndPcsaKeysAndGainTheCalicoLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app", "web");
    labels.put("pcns.team", "forged");
    labels.put("pcsa.role", "forged");
    labels.put("projectcalico.org/namespace", "other");
    labels.put("pcnsx", "kept");
    EffectiveLabels e =
        EffectiveLabels.of(endpoint("prod", labels, "api", "kns.prod", "ksa.prod.api"), List.of());
    assertThat(e.ownLabels())
        .containsExactly(
            entry("app", "web"),
            entry("projectcalico.org/namespace", "prod"),
            entry("pcnsx", "kept"),
            entry("projectcalico.org/orchestrator", "k8s"),
            entry("projectcalico.org/serviceaccount", "api"));
    assertThat(e.get("pcns.team")).isNull();
    assertThat(e.missingProfiles()).containsExactly("kns.prod", "ksa.prod.api");
  }

  @Test
  void aLongServiceAccountNameStillGivesTheLabel() {
    // The syncer sets it whatever its length (only the Pod conversion stops at 62 characters).
    String name = "s".repeat(70);
    EffectiveLabels e = EffectiveLabels.of(endpoint("prod", Map.of(), name), List.of());
    assertThat(e.get("projectcalico.org/serviceaccount")).isEqualTo(name);
    assertThat(
            EffectiveLabels.of(endpoint("prod", Map.of(), ""), List.of())
                .get("projectcalico.org/serviceaccount"))
        .isNull();
  }

  @Test
  void ownLabelsWinThenEarlierProfilesWin() {
    Profile first = Profile.of("first", Map.of("tier", "one", "shared", "first"));
    Profile second = Profile.of("second", Map.of("shared", "second", "only", "second"));
    Profile unused = Profile.of("unused", Map.of("x", "y"));
    EffectiveLabels e =
        EffectiveLabels.of(
            endpoint("prod", Map.of("tier", "own"), "", "first", "missing", "second"),
            List.of(second, unused, first));
    assertThat(e.get("tier")).isEqualTo("own");
    assertThat(e.get("shared")).isEqualTo("first");
    assertThat(e.get("only")).isEqualTo("second");
    assertThat(e.get("x")).isNull();
    assertThat(e.profiles()).containsExactly(first, second);
    assertThat(e.missingProfiles()).containsExactly("missing");
    assertThat(e.asMap())
        .containsExactly(
            entry("tier", "own"),
            entry("projectcalico.org/namespace", "prod"),
            entry("projectcalico.org/orchestrator", "k8s"),
            entry("shared", "first"),
            entry("only", "second"));
  }

  @Test
  void selectorsSeeNamespaceAndServiceAccountLabelsThroughProfiles() {
    WorkloadEndpoint wep =
        endpoint("prod", Map.of("app", "web"), "api", "kns.prod", "ksa.prod.api");
    EffectiveLabels e =
        EffectiveLabels.of(
            wep,
            List.of(
                Profile.forNamespace("prod", Map.of("team", "a")),
                Profile.forServiceAccount("prod", "api", Map.of("role", "backend"))));
    String policy =
        PolicySelectors.networkPolicy("prod", "app == 'web'", "role == 'backend'").selector();
    assertThat(Selector.parse(policy).matches(e)).isTrue();
    assertThat(Selector.parse("pcns.projectcalico.org/name == 'prod'").matches(e)).isTrue();
    assertThat(Selector.parse("pcsa.projectcalico.org/name == 'api'").matches(e)).isTrue();
    String global = PolicySelectors.globalNetworkPolicy("", "team == 'b'", "").selector();
    assertThat(Selector.parse(global).matches(e)).isFalse();
    // Without the profiles only the endpoint's own labels are there.
    assertThat(Selector.parse(policy).matches(EffectiveLabels.of(wep, List.of()))).isFalse();
  }
}
