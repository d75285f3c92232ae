// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * Calico selectors and policies: {@link dev.wepkit.policy.Selector} (Calico's selector language,
 * byte for byte), {@link dev.wepkit.policy.EffectiveLabels} (the labels Felix matches an endpoint
 * against: its own, the Calico labels and its {@link dev.wepkit.policy.Profile}s'), {@link
 * dev.wepkit.policy.PolicySelectors} (the one selector Calico derives from a policy's selector,
 * namespace selector and service-account selector), the policy readers ({@link
 * dev.wepkit.policy.Policy}, {@link dev.wepkit.policy.Tier}) and {@link
 * dev.wepkit.policy.PolicyIndex} (which policies apply to an endpoint, in Felix's order, and which
 * endpoints a policy or a rule side selects).
 */
package dev.wepkit.policy;
