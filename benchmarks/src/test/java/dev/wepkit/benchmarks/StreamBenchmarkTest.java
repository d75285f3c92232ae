// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every streaming benchmark reads all items of the same generated list. The methods are the
 * benchmark's own, run on a shorter list to keep the build fast; the full-size list is checked once
 * for its item count.
 */
class StreamBenchmarkTest {
  private static final int ITEMS = 300;
  private static final StreamBenchmark BENCH = new StreamBenchmark();
  private static Blackhole blackhole;

  @BeforeAll
  static void setUp() {
    BENCH.size = ITEMS;
    BENCH.setup();
    blackhole =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is"
                + " dangerous.");
  }

  @Test
  void jsonStreamsReadEveryItem() throws IOException {
    assertThat(BENCH.jsonWepkit(blackhole)).isEqualTo(ITEMS);
    assertThat(BENCH.jsonJacksonPojo(blackhole)).isEqualTo(ITEMS);
    assertThat(BENCH.jsonFabric8(blackhole)).isEqualTo(ITEMS);
  }

  @Test
  void yamlStreamsReadEveryItem() throws IOException {
    assertThat(BENCH.yamlWepkit(blackhole)).isEqualTo(ITEMS);
    assertThat(BENCH.yamlJacksonPojo(blackhole)).isEqualTo(ITEMS);
  }

  @Test
  void theBenchmarkListHasTenThousandItems() throws IOException {
    byte[] json =
        EndpointListGenerator.json(EndpointListGenerator.SIZE, EndpointListGenerator.SEED);
    assertThat(Peers.JSON.readTree(json).path("items").size()).isEqualTo(10_000);
  }

  @Test
  void fabric8RefusesYamlDocumentsOverThreeMegabytes() {
    // Why the YAML stream has no fabric8 peer: the 10k list is about 10 MB.
    byte[] yaml = EndpointListGenerator.yaml(4_000, EndpointListGenerator.SEED);
    assertThat(yaml.length).isGreaterThan(3 * 1024 * 1024);
    assertThatThrownBy(
            () ->
                Peers.FABRIC8.unmarshal(
                    new ByteArrayInputStream(yaml), GenericKubernetesResourceList.class))
        .hasMessageContaining("exceeds the limit");
  }
}
