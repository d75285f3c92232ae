// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import org.junit.jupiter.api.Test;

/** Both ways of answering give the same policies on the benchmark's own inputs. */
class PolicyIndexBenchmarkTest {
  @Test
  void indexedAndAllPairsAgreeOnEveryEndpoint() {
    PolicyIndexBenchmark bench = new PolicyIndexBenchmark();
    bench.policies = 1000;
    bench.endpoints = 500;
    bench.setup();
    assertThat(bench.index().policies()).hasSize(1000);
    long selected = 0;
    for (WorkloadEndpoint e : bench.endpointList()) {
      assertThat(bench.index().policiesFor(e)).isEqualTo(bench.index().policiesForEvaluatingAll(e));
      selected += bench.index().policiesFor(e).size();
    }
    // The mix is not degenerate: endpoints are selected, but not by everything.
    assertThat(selected).isBetween(500L, 500L * 100);
    for (int i = 0; i < 3; i++) {
      assertThat(bench.indexed()).isEqualTo(bench.index().policiesFor(bench.endpointList().get(i)));
    }
  }
}
