// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's methods do what they measure, on a short list. */
class PodListBenchmarkTest {
  @Test
  void aPagedListHasEveryPodOnce() {
    PodListBenchmark benchmark = new PodListBenchmark();
    benchmark.size = PodListBenchmark.PAGE * 2 + 7;
    benchmark.setup();

    assertThat(benchmark.pagesDecodeFabric8()).isEqualTo(benchmark.listDecodeFabric8().getItems());
    assertThat(benchmark.pagesDecodeAndDerive()).isEqualTo(benchmark.listDecodeAndDerive());
  }

  @Test
  void everyPodOfTheListIsDecodedAndDerived() {
    PodListBenchmark benchmark = new PodListBenchmark();
    benchmark.size = 50;
    benchmark.setup();

    assertThat(benchmark.listDecodeFabric8().getItems()).hasSize(50);
    assertThat(benchmark.listDecodeAndDerive()).hasSize(50);
    assertThat(benchmark.listDerive()).isEqualTo(benchmark.listDecodeAndDerive());
    assertThat(benchmark.pagesDecodeFabric8()).isEqualTo(benchmark.listDecodeFabric8().getItems());
    assertThat(benchmark.pagesDecodeAndDerive()).isEqualTo(benchmark.listDecodeAndDerive());
    assertThat(benchmark.podDecodeFabric8().getMetadata().getName())
        .isEqualTo(benchmark.podConvert().orElseThrow().spec().pod());
  }
}
