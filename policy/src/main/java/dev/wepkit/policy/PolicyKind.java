// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

/**
 * The kinds of policy that select endpoints, with the kind name Calico's policy keys carry (and
 * sort by, after name and namespace).
 *
 * <pre>{@code
 * PolicyKind.of("StagedNetworkPolicy");              // STAGED_NETWORK_POLICY
 * PolicyKind.STAGED_NETWORK_POLICY.isStaged();       // true
 * PolicyKind.GLOBAL_NETWORK_POLICY.isNamespaced();   // false
 * PolicyKind.KUBERNETES_NETWORK_POLICY.calicoKind(); // KubernetesNetworkPolicy
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PolicyKind {
  /** Calico {@code NetworkPolicy} ({@code projectcalico.org/v3}). */
  NETWORK_POLICY("NetworkPolicy", true, false),
  /** Calico {@code GlobalNetworkPolicy}. */
  GLOBAL_NETWORK_POLICY("GlobalNetworkPolicy", false, false),
  /** Calico {@code StagedNetworkPolicy}: matched and ordered like the others, never enforced. */
  STAGED_NETWORK_POLICY("StagedNetworkPolicy", true, true),
  /** Calico {@code StagedGlobalNetworkPolicy}. */
  STAGED_GLOBAL_NETWORK_POLICY("StagedGlobalNetworkPolicy", false, true),
  /** Calico {@code StagedKubernetesNetworkPolicy}: a Kubernetes policy spec, staged. */
  STAGED_KUBERNETES_NETWORK_POLICY("StagedKubernetesNetworkPolicy", true, true),
  /** Kubernetes {@code NetworkPolicy} ({@code networking.k8s.io/v1}), as Calico converts it. */
  KUBERNETES_NETWORK_POLICY("KubernetesNetworkPolicy", true, false);

  private final String calicoKind;
  private final boolean namespaced;
  private final boolean staged;

  PolicyKind(String calicoKind, boolean namespaced, boolean staged) {
    this.calicoKind = calicoKind;
    this.namespaced = namespaced;
    this.staged = staged;
  }

  /**
   * The kind as Calico's policy key names it ({@code KubernetesNetworkPolicy} for a converted
   * Kubernetes policy, whose manifest says {@code NetworkPolicy}).
   *
   * @return the kind name
   */
  public String calicoKind() {
    return calicoKind;
  }

  /**
   * Whether policies of this kind live in a namespace (and select only endpoints in it).
   *
   * @return true for the namespaced kinds
   */
  public boolean isNamespaced() {
    return namespaced;
  }

  /**
   * Whether this is a staged kind: Felix matches and orders staged policies with the others (for
   * flow logs) but never programs them into the dataplane.
   *
   * @return true for the three staged kinds
   */
  public boolean isStaged() {
    return staged;
  }

  /**
   * The kind for a name as {@link #calicoKind()} spells it.
   *
   * @param calicoKind the name
   * @return the kind
   * @throws IllegalArgumentException for any other name
   */
  public static PolicyKind of(String calicoKind) {
    for (PolicyKind k : values()) {
      if (k.calicoKind.equals(calicoKind)) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a policy kind: " + calicoKind);
  }
}
