// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Profile names, from conversion.go and its tests (kns.<namespace>, ksa.<namespace>.<service
 * account>).
 */
class CalicoProfilesTest {
  @Test
  void namesNamespaceAndServiceAccountProfiles() {
    assertThat(CalicoProfiles.forNamespace("default")).isEqualTo("kns.default");
    assertThat(CalicoProfiles.forServiceAccount("test", "default")).isEqualTo("ksa.test.default");
  }

  @Test
  void emptyNamespaceBecomesDefaultOnlyForServiceAccounts() {
    assertThat(CalicoProfiles.forServiceAccount("", "sa")).isEqualTo("ksa.default.sa");
    assertThat(CalicoProfiles.forNamespace("")).isEqualTo("kns.");
  }

  @Test
  void podProfilesPutTheNamespaceFirst() {
    // cni-plugin calico_cni_k8s_test.go.
    assertThat(CalicoProfiles.forPod("test", "default"))
        .containsExactly("kns.test", "ksa.test.default");
    assertThat(CalicoProfiles.forPod("test", "")).containsExactly("kns.test");
    assertThat(CalicoProfiles.forPod("test", null)).containsExactly("kns.test");
    assertThat(CalicoProfiles.forPod("", "sa")).containsExactly("kns.", "ksa.default.sa");
  }

  @Test
  void readsTheNamespaceBack() {
    assertThat(CalicoProfiles.namespaceOf("kns.default")).contains("default");
    assertThat(CalicoProfiles.namespaceOf("kns.")).contains("");
    assertThat(CalicoProfiles.namespaceOf("kns.a.b")).contains("a.b");
    assertThat(CalicoProfiles.namespaceOf("ns.projectcalico.org/default")).isEmpty();
    assertThat(CalicoProfiles.namespaceOf("KNS.default")).isEmpty();
  }

  @Test
  void splitsServiceAccountProfilesAtMostThreeWays() {
    assertThat(CalicoProfiles.serviceAccountOf("ksa.default.test.foo"))
        .contains(ServiceAccountRef.of("default", "test.foo"));
    assertThat(CalicoProfiles.serviceAccountOf("ksa.ns.sa"))
        .contains(ServiceAccountRef.of("ns", "sa"));
    // strings.SplitN("ksa..", ".", 3) is ["ksa", "", ""].
    assertThat(CalicoProfiles.serviceAccountOf("ksa..")).contains(ServiceAccountRef.of("", ""));
  }

  @Test
  void rejectsProfilesThatAreNotServiceAccounts() {
    assertThat(CalicoProfiles.serviceAccountOf("ns.projectcalico.org/default")).isEmpty();
    assertThat(CalicoProfiles.serviceAccountOf("kns.default")).isEmpty();
    // Only two parts after splitting.
    assertThat(CalicoProfiles.serviceAccountOf("ksa.default")).isEmpty();
    assertThat(CalicoProfiles.serviceAccountOf("ksa.")).isEmpty();
  }
}
