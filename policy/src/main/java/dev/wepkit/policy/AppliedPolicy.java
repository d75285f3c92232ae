// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.List;
import java.util.Objects;

/**
 * A policy that applies to an endpoint, as {@link PolicyIndex#policiesFor} lists them in Felix's
 * order: with its tier, its order and the traffic it governs.
 *
 * <pre>{@code
 * for (AppliedPolicy a : index.policiesFor(endpoint)) {
 *   a.tier();      // security
 *   a.policy();    // the policy
 *   a.order();     // 100.0, or null for none
 *   a.types();     // [Ingress, Egress]
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AppliedPolicy {
  private final Tier tier;
  private final Policy policy;

  AppliedPolicy(Tier tier, Policy policy) {
    this.tier = Objects.requireNonNull(tier, "tier");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * The policy's tier.
   *
   * @return the tier's name
   */
  public String tier() {
    return tier.name();
  }

  /**
   * The tier's order.
   *
   * @return the order, or null when the tier has none (or is not known)
   */
  public Double tierOrder() {
    return tier.order();
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * The policy's order.
   *
   * @return the order, or null for none
   */
  public Double order() {
    return policy.order();
  }

  /**
   * The traffic the policy governs.
   *
   * @return the types (unmodifiable)
   */
  public List<PolicyType> types() {
    return policy.types();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppliedPolicy
        && ((AppliedPolicy) o).tier.equals(tier)
        && ((AppliedPolicy) o).policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tier, policy);
  }

  @Override
  public String toString() {
    return tier.name() + " " + policy;
  }
}
