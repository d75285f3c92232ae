// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * JMH benchmarks of wepkit against its peers (Jackson's tree parse, a hand-written Jackson POJO,
 * fabric8) measured in the same run; results go to {@code benchmarks/RESULTS.md} as ratios.
 */
package dev.wepkit.benchmarks;
