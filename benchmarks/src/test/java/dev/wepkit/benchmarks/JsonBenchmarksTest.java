// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON benchmarks' wepkit and peer versions read and write the same data. */
class JsonBenchmarksTest {

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void everyDecoderReadsTheSameEndpoint(String sample) throws IOException {
    JsonDecodeBenchmark bench = new JsonDecodeBenchmark();
    bench.sample = sample;
    bench.setup();

    Summary wepkit = Summary.of(bench.wepkit());
    assertThat(Summary.of(bench.jacksonTree())).isEqualTo(wepkit);
    assertThat(Summary.of(bench.jacksonPojo())).isEqualTo(wepkit);
    assertThat(Summary.of(bench.fabric8())).isEqualTo(wepkit);
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void theSamplesHaveTheAdvertisedShape(String sample) throws IOException {
    JsonDecodeBenchmark bench = new JsonDecodeBenchmark();
    bench.sample = sample;
    bench.setup();
    Summary summary = Summary.of(bench.jacksonTree());

    if (sample.equals(Samples.DOCS)) {
      // The documentation's sample, as published (less the duplicate key).
      assertThat(summary)
          .isEqualTo(
              new Summary(
                  "node1-k8s-my--nginx--b1337a-eth0",
                  "default",
                  "node1",
                  3,
                  0,
                  1,
                  0,
                  2,
                  "another-port",
                  false));
    } else {
      assertThat(summary.labels()).isEqualTo(40);
      assertThat(summary.ports()).isEqualTo(20);
      assertThat(summary.nats()).isEqualTo(8);
      assertThat(summary.networks()).isEqualTo(8);
      assertThat(summary.annotations()).isGreaterThanOrEqualTo(10);
      assertThat(summary.qos()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void everyEncoderWritesTheSameEndpoint(String sample) throws IOException {
    JsonEncodeBenchmark bench = new JsonEncodeBenchmark();
    bench.sample = sample;
    bench.setup();

    JsonNode input = Peers.JSON.readTree(Samples.json(sample));
    Summary expected = Summary.of(input);
    JsonNode wepkit = Peers.JSON.readTree(bench.wepkit());
    JsonNode pojo = Peers.JSON.readTree(bench.jacksonPojo());
    assertThat(Summary.of(wepkit)).isEqualTo(expected);
    assertThat(Summary.of(pojo)).isEqualTo(expected);
    assertThat(Summary.of(Peers.JSON.readTree(bench.fabric8()))).isEqualTo(expected);
    // The POJO writes what wepkit writes: the same work on both sides.
    assertThat(pojo).isEqualTo(wepkit);
    // With its maps sorted, the POJO writes wepkit's very bytes (the sample's keys are ASCII, where
    // Java's String order is Go's byte order).
    assertThat(bench.jacksonPojoSortedMaps()).isEqualTo(bench.wepkit());
  }
}
