// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pod-to-endpoint label rule of Calico's pod-to-endpoint conversion
 * (podToDefaultWorkloadEndpoint): the pod's labels plus the namespace, orchestrator and
 * service-account labels.
 */
class CalicoLabelsTest {
  @Test
  void keysAreCalicos() {
    assertThat(CalicoLabels.NAMESPACE).isEqualTo("projectcalico.org/namespace");
    assertThat(CalicoLabels.ORCHESTRATOR).isEqualTo("projectcalico.org/orchestrator");
    assertThat(CalicoLabels.SERVICE_ACCOUNT).isEqualTo("projectcalico.org/serviceaccount");
    assertThat(CalicoLabels.NAME).isEqualTo("projectcalico.org/name");
    assertThat(CalicoLabels.NETWORK).isEqualTo("projectcalico.org/network");
    assertThat(CalicoLabels.NETWORK_NAMESPACE).isEqualTo("projectcalico.org/network-namespace");
    assertThat(CalicoLabels.NETWORK_INTERFACE).isEqualTo("projectcalico.org/network-interface");
    assertThat(CalicoLabels.NETWORK_ATTACHMENT).isEqualTo("projectcalico.org/network-attachment");
    assertThat(CalicoLabels.NETWORK_ATTACHMENT_NAMESPACE)
        .isEqualTo("projectcalico.org/network-attachment-namespace");
  }

  @Test
  void copiesPodLabelsAndAddsCalicoLabels() {
    Map<String, String> pod = new LinkedHashMap<>();
    pod.put("app", "web");
    pod.put("tier", "front");
    Map<String, String> labels = CalicoLabels.apply(pod, "default", "k8s", "sa");
    assertThat(labels)
        .containsExactly(
            entry("app", "web"),
            entry("tier", "front"),
            entry("projectcalico.org/namespace", "default"),
            entry("projectcalico.org/orchestrator", "k8s"),
            entry("projectcalico.org/serviceaccount", "sa"));
    // The input is copied, not changed.
    assertThat(pod).hasSize(2);
  }

  @Test
  void putAllFillsTheCallersMapInTheSameOrder() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("kept", "1");
    out.put("projectcalico.org/orchestrator", "old");
    CalicoLabels.putAll(out, Map.of("app", "web"), "ns", "k8s", "");

    // An existing key keeps its place with the new value; new keys come after, pod labels first.
    assertThat(out)
        .containsExactly(
            entry("kept", "1"),
            entry("projectcalico.org/orchestrator", "k8s"),
            entry("app", "web"),
            entry("projectcalico.org/namespace", "ns"));
    assertThatThrownBy(() -> CalicoLabels.putAll(null, Map.of(), "ns", "k8s", ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("out");
  }

  @Test
  void calicoLabelsOverwritePodLabels() {
    Map<String, String> pod =
        Map.of(
            "projectcalico.org/namespace", "spoofed",
            "projectcalico.org/orchestrator", "spoofed",
            "projectcalico.org/serviceaccount", "spoofed");
    assertThat(CalicoLabels.apply(pod, "ns", "k8s", "real"))
        .containsEntry("projectcalico.org/namespace", "ns")
        .containsEntry("projectcalico.org/orchestrator", "k8s")
        .containsEntry("projectcalico.org/serviceaccount", "real")
        .hasSize(3);
  }

  @Test
  void serviceAccountLabelOnlyBelowSixtyThreeCharacters() {
    String sa62 = "a".repeat(62);
    String sa63 = "a".repeat(63);
    assertThat(CalicoLabels.SERVICE_ACCOUNT_LABEL_MAX_LENGTH).isEqualTo(62);
    assertThat(CalicoLabels.apply(null, "ns", "k8s", sa62))
        .containsEntry(CalicoLabels.SERVICE_ACCOUNT, sa62);
    assertThat(CalicoLabels.apply(null, "ns", "k8s", sa63))
        .doesNotContainKey(CalicoLabels.SERVICE_ACCOUNT);
    // Go counts bytes: 61 ASCII characters and an 'é' make 63 bytes.
    assertThat(CalicoLabels.apply(null, "ns", "k8s", "a".repeat(61) + "\u00e9"))
        .doesNotContainKey(CalicoLabels.SERVICE_ACCOUNT);
  }

  @Test
  void noServiceAccountLabelWithoutAServiceAccount() {
    assertThat(CalicoLabels.apply(Map.of(), "ns", "k8s", ""))
        .doesNotContainKey(CalicoLabels.SERVICE_ACCOUNT);
    assertThat(CalicoLabels.apply(Map.of(), "ns", "k8s", null))
        .containsOnlyKeys(CalicoLabels.NAMESPACE, CalicoLabels.ORCHESTRATOR);
  }

  @Test
  void podsOwnServiceAccountLabelSurvivesWhenNoneIsSet() {
    // Calico only writes the label; a pod's own label with that key survives when no SA is set.
    assertThat(CalicoLabels.apply(Map.of(CalicoLabels.SERVICE_ACCOUNT, "x"), "ns", "k8s", ""))
        .containsEntry(CalicoLabels.SERVICE_ACCOUNT, "x");
  }

  @Test
  void resultIsUnmodifiable() {
    Map<String, String> labels = CalicoLabels.apply(null, "ns", "k8s", "sa");
    assertThatThrownBy(() -> labels.put("a", "b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
