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
    assertThat(benchmark.pagesDeriveFromJson()).isEqualTo(benchmark.listDecodeFabric8ThenDerive());
  }

  @Test
  void everyPodOfTheListIsDecodedAndDerived() {
    PodListBenchmark benchmark = new PodListBenchmark();
    benchmark.size = 50;
    benchmark.setup();

    assertThat(benchmark.listDecodeFabric8().getItems()).hasSize(50);
    assertThat(benchmark.listDecodeFabric8ThenDerive()).hasSize(50);
    assertThat(benchmark.listDeriveFromJson().items())
        .isEqualTo(benchmark.listDecodeFabric8ThenDerive());
    assertThat(benchmark.listDeriveFromJson().metadata().resourceVersion()).isEqualTo("99999");
    assertThat(benchmark.listDerive()).isEqualTo(benchmark.listDecodeFabric8ThenDerive());
    assertThat(benchmark.pagesDecodeFabric8()).isEqualTo(benchmark.listDecodeFabric8().getItems());
    assertThat(benchmark.pagesDeriveFromJson()).isEqualTo(benchmark.listDecodeFabric8ThenDerive());
    assertThat(benchmark.podDecodeFabric8().getMetadata().getName())
        .isEqualTo(benchmark.podConvert().orElseThrow().spec().pod());
  }
}
