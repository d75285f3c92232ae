// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.testing.MutatedEndpoint;
import dev.wepkit.testing.WorkloadEndpointGenerators;
import org.junit.jupiter.api.Test;

/** The Javadoc example of {@link MutatedEndpoint}, as written there, for a few seeds. */
class MutatedEndpointExampleTest {
  private final WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();

  @Test
  void theExampleRunsAsWritten() {
    for (long seed = 40; seed < 60; seed++) {
      MutatedEndpoint m = WorkloadEndpointGenerators.mutatedEndpoints().sample(seed);
      ValidationResult r = validator.validate(m.endpoint());
      assertThat(r.errors())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path()).isEqualTo(m.expectedPath());
                assertThat(v.type().jsonName()).isEqualTo(m.expectedType());
              });
    }
  }
}
