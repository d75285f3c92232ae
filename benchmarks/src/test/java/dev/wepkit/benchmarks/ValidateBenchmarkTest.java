// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.validation.ValidationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation is measured on valid endpoints, so every rule runs and no error path is timed. */
class ValidateBenchmarkTest {

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void theSamplesAreValid(String sample) {
    ValidateBenchmark bench = new ValidateBenchmark();
    bench.sample = sample;
    bench.setup();

    ValidationResult result = bench.wepkit();
    assertThat(result.errors()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.DOCS, Samples.LARGE})
  void decodeAndValidateSeesTheSameValidEndpoint(String sample) {
    JsonDecodeBenchmark bench = new JsonDecodeBenchmark();
    bench.sample = sample;
    bench.setup();

    assertThat(bench.wepkitValidate().isValid()).isTrue();
  }
}
