// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.ImmutableObjectMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's methods do what they measure, on a short list. */
class PodListBenchmarkTest {
  @ParameterizedTest
  @ValueSource(strings = {PodListBenchmark.MINIMAL, PodListBenchmark.TYPICAL})
  void aPagedListHasEveryPodOnce(String sample) {
    PodListBenchmark benchmark = new PodListBenchmark();
    benchmark.sample = sample;
    benchmark.size = PodListBenchmark.PAGE * 2 + 7;
    benchmark.setup();

    assertThat(benchmark.pagesDecodeFabric8()).isEqualTo(benchmark.listDecodeFabric8().getItems());
    assertThat(benchmark.pagesDeriveFromJson()).isEqualTo(benchmark.listDecodeFabric8ThenDerive());
  }

  @ParameterizedTest
  @ValueSource(strings = {PodListBenchmark.MINIMAL, PodListBenchmark.TYPICAL})
  void everyPodOfTheListIsDecodedAndDerived(String sample) {
    PodListBenchmark benchmark = new PodListBenchmark();
    benchmark.sample = sample;
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
    assertThat(benchmark.listDeriveFromJson().items().get(7).spec().ports())
        .singleElement()
        .satisfies(port -> assertThat(port.name()).isEqualTo("http"));
    assertThat(benchmark.podDecodeFabric8().getMetadata().getName())
        .isEqualTo(benchmark.podConvert().orElseThrow().spec().pod());
  }

  @Test
  void theTypicalPodsCarryWhatTheMinimalOnesDoAndMore() {
    PodListBenchmark minimal = new PodListBenchmark();
    minimal.size = 20;
    minimal.setup();
    PodListBenchmark typical = new PodListBenchmark();
    typical.sample = PodListBenchmark.TYPICAL;
    typical.size = 20;
    typical.setup();

    // The same endpoints but for the generateName the typical Pods have: the other extra fields
    // change the cost of reading, not the result.
    assertThat(typical.listDeriveFromJson().items())
        .extracting(
            endpoint ->
                endpoint.toBuilder()
                    .metadata(ImmutableObjectMeta.copyOf(endpoint.metadata()).withGenerateName(""))
                    .build())
        .isEqualTo(minimal.listDeriveFromJson().items());
    assertThat(typical.listDeriveFromJson().items().get(3).metadata().generateName())
        .startsWith("app-3-");
    assertThat(typical.podDecodeFabric8().getMetadata().getManagedFields()).hasSize(3);
    assertThat(typical.podDecodeFabric8().getStatus().getContainerStatuses()).hasSize(1);
  }
}
