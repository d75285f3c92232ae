// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * wepkit policy: Calico label selectors (parse, canonical form, unique id, evaluation, label
 * restrictions), the labels Felix matches an endpoint against, and the selectors Calico derives
 * from policies.
 */
module dev.wepkit.policy {
  requires transitive dev.wepkit;

  exports dev.wepkit.policy;
}
