// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.names.CalicoProfiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example proposed for the README's "Selectors and policies" section: a namespace, a
 * service account, two policies, three endpoints. The expected answers are worked out by hand from
 * the rules in the text.
 */
class ReadmeExampleTest {
  private static WorkloadEndpoint pod(String name, String namespace, String app, String sa) {
    return WorkloadEndpoint.builder()
        .metadata(ObjectMeta.builder().name(name).namespace(namespace).putLabel("app", app).build())
        .spec(
            WorkloadEndpointSpec.builder()
                .orchestrator("k8s")
                .serviceAccountName(sa)
                .addAllProfiles(CalicoProfiles.forPod(namespace, sa))
                .build())
        .build();
  }

  @Test
  void theWorkedExampleGivesTheAnswersTheTextStates() {
    List<Profile> profiles =
        List.of(
            Profile.forNamespace("shop", Map.of("team", "payments")),
            Profile.forServiceAccount("shop", "checkout", Map.of("tier", "backend")));
    String np =
        PolicySelectors.networkPolicy("shop", "app == 'web'", "tier == 'backend'").selector();
    assertThat(np)
        .isEqualTo(
            "((app == 'web') && projectcalico.org/namespace == 'shop') && pcsa.tier == \"backend\"");
    String gnp = PolicySelectors.globalNetworkPolicy("", "team == 'payments'", "").selector();
    assertThat(gnp).isEqualTo("pcns.team == \"payments\"");

    Selector npSelector = Selector.parse(np);
    Selector gnpSelector = Selector.parse(gnp);
    EffectiveLabels web = EffectiveLabels.of(pod("web", "shop", "web", "checkout"), profiles);
    EffectiveLabels db = EffectiveLabels.of(pod("db", "shop", "db", "checkout"), profiles);
    EffectiveLabels other = EffectiveLabels.of(pod("other", "dev", "web", ""), profiles);

    assertThat(npSelector.matches(web)).isTrue();
    assertThat(gnpSelector.matches(web)).isTrue();
    assertThat(npSelector.matches(db)).isFalse();
    assertThat(gnpSelector.matches(db)).isTrue();
    assertThat(npSelector.matches(other)).isFalse();
    assertThat(gnpSelector.matches(other)).isFalse();
    assertThat(other.missingProfiles()).containsExactly("kns.dev");
  }
}
