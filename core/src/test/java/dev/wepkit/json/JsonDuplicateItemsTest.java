// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A list with two {@code items} keys. Found by YamlDecodeFuzzTest
 * (YamlDecodeFuzzTestInputs/decode/crash-69e5ffeb...): reading at once took the last list of items,
 * reading item by item handed out both, without a warning.
 */
class JsonDuplicateItemsTest {
  private static final String TWO_ITEMS =
      "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"WorkloadEndpointList\","
          + "\"items\":[{\"metadata\":{\"name\":\"a\"}}],\n"
          + "\"items\":[{\"metadata\":{\"name\":\"b\"}}]}";

  @Test
  void readingAtOnceRefusesTheSecondItemsInEitherMode() {
    for (DecodeMode mode : DecodeMode.values()) {
      WorkloadEndpointJson json = WorkloadEndpointJson.builder().mode(mode).build();
      assertThatThrownBy(() -> json.readDocuments(TWO_ITEMS))
          .isInstanceOfSatisfying(
              WorkloadEndpointDecodeException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_KEY);
                assertThat(e.problem())
                    .isEqualTo("duplicate field \"items\": a list may have only one list of items");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.column()).isEqualTo(9);
              });
      assertThatThrownBy(() -> json.readList(TWO_ITEMS))
          .isInstanceOf(WorkloadEndpointDecodeException.class);
    }
  }

  @Test
  void readingItemByItemHandsOutTheFirstItemsThenTheFailure() {
    List<DecodedResource> results = WorkloadEndpointJson.create().decodeAll(TWO_ITEMS);

    assertThat(results.stream().map(DecodedResource::isOk).collect(Collectors.toList()))
        .containsExactly(true, false);
    assertThat(results.get(0).endpoint().orElseThrow().metadata().name()).isEqualTo("a");
    assertThat(results.get(1).failure().orElseThrow().reason()).isEqualTo(Reason.DUPLICATE_KEY);
    assertThatThrownBy(() -> WorkloadEndpointJson.create().stream(TWO_ITEMS).count())
        .isInstanceOf(WorkloadEndpointDecodeException.class);
  }
}
