// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlLimitsTest {
  @Test
  void hasTheDocumentedDefaults() {
    YamlLimits limits = YamlLimits.defaults();
    // calicoctl reads at most 10 MB a document.
    assertThat(limits.maxDocumentCodePoints()).isEqualTo(10 * 1024 * 1024);
    assertThat(limits.maxScalarLength()).isEqualTo(1024 * 1024);
    assertThat(limits.maxNestingDepth()).isEqualTo(100);
    assertThat(limits.maxAliases()).isEqualTo(100);
    assertThat(limits.maxAliasExpansion()).isEqualTo(10_000);
    assertThat(WorkloadEndpointYaml.create().limits()).isEqualTo(limits);
  }

  @Test
  void buildsAndCopies() {
    YamlLimits limits =
        YamlLimits.builder()
            .maxDocumentCodePoints(Integer.MAX_VALUE)
            .maxScalarLength(5)
            .maxNestingDepth(6)
            .maxAliases(0)
            .maxAliasExpansion(8)
            .build();
    assertThat(limits.maxDocumentCodePoints()).isEqualTo(Integer.MAX_VALUE);
    assertThat(limits.maxScalarLength()).isEqualTo(5);
    assertThat(limits.maxNestingDepth()).isEqualTo(6);
    assertThat(limits.maxAliases()).isZero();
    assertThat(limits.maxAliasExpansion()).isEqualTo(8);
    assertThat(limits.toBuilder().build()).isEqualTo(limits).hasSameHashCodeAs(limits);
    assertThat(limits.toBuilder().maxAliases(1).build()).isNotEqualTo(limits);
    assertThat(limits).isNotEqualTo(limits.toString()).isNotEqualTo(null);
    assertThat(limits.toString()).contains("maxScalarLength=5").contains("maxAliases=0");
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> YamlLimits.builder().maxDocumentCodePoints(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentCodePoints must be at least 1: 0");
    assertThatThrownBy(() -> YamlLimits.builder().maxScalarLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> YamlLimits.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> YamlLimits.builder().maxAliases(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> YamlLimits.builder().maxAliasExpansion(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
