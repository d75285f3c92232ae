// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.names.WorkloadEndpointIdentifiers;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** wepkit's and the naive name functions compute the same thing on the benchmark inputs. */
class NamesBenchmarkTest {

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void bothDerivationsGiveTheSamplesName(String sample) throws IOException {
    NamesBenchmark bench = new NamesBenchmark();
    bench.sample = sample;
    bench.setup();
    String expected =
        Peers.JSON.readTree(Samples.json(sample)).path("metadata").path("name").asText();

    assertThat(bench.derive()).isEqualTo(expected);
    assertThat(bench.naiveDerive()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void bothParsesGiveTheSameSegments(String sample) {
    NamesBenchmark bench = new NamesBenchmark();
    bench.sample = sample;
    bench.setup();

    WorkloadEndpointIdentifiers ids = bench.parse();
    assertThat(ids.orchestrator()).isEqualTo("k8s");
    assertThat(bench.naiveParse())
        .containsExactly(ids.node(), ids.orchestrator(), ids.pod(), ids.endpoint());
  }

  @Test
  void naiveFunctionsFollowCalicosDocumentedExample() {
    // Each - in a part is doubled, parts joined by -: node-1, k8s, pod-name, eth0 ->
    // node--1-k8s-pod--name-eth0
    assertThat(Peers.naiveDerive("node-1", "k8s", "pod-name", "eth0"))
        .isEqualTo("node--1-k8s-pod--name-eth0");
    assertThat(Peers.naiveParse("node--1-k8s-pod--name-eth0"))
        .containsExactly("node-1", "k8s", "pod-name", "eth0");
  }
}
