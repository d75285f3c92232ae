// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML benchmarks' wepkit and peer versions read and write the same data. */
class YamlBenchmarksTest {

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void everyDecoderReadsTheSameEndpoint(String sample) throws IOException {
    YamlDecodeBenchmark bench = new YamlDecodeBenchmark();
    bench.sample = sample;
    bench.setup();

    // The YAML sample holds what the JSON sample holds.
    Summary expected = Summary.of(Peers.JSON.readTree(Samples.json(sample)));
    assertThat(Summary.of(bench.wepkit())).isEqualTo(expected);
    assertThat(Summary.of(bench.jacksonTree())).isEqualTo(expected);
    assertThat(Summary.of(bench.jacksonPojo())).isEqualTo(expected);
    assertThat(Summary.of(bench.fabric8())).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void everyEncoderWritesTheSameEndpoint(String sample) throws IOException {
    YamlEncodeBenchmark bench = new YamlEncodeBenchmark();
    bench.sample = sample;
    bench.setup();

    Summary expected = Summary.of(Peers.JSON.readTree(Samples.json(sample)));
    assertThat(Summary.of(Peers.YAML.readTree(bench.wepkit()))).isEqualTo(expected);
    assertThat(Summary.of(Peers.YAML.readTree(bench.jacksonPojo()))).isEqualTo(expected);
    assertThat(Summary.of(Peers.YAML.readTree(bench.fabric8()))).isEqualTo(expected);
  }
}
