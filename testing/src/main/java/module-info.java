// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * wepkit testing: seeded, reproducible generators of valid and invalid WorkloadEndpoints, their
 * mutations and a small property runner, for property tests of your own.
 */
module dev.wepkit.testing {
  requires transitive dev.wepkit;

  exports dev.wepkit.testing;
}
