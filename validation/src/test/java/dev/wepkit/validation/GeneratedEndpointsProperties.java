// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.testing.MutatedEndpoint;
import dev.wepkit.testing.Property;
import dev.wepkit.testing.WorkloadEndpointGenerators;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generators of wepkit-testing against the validator: what they call valid is valid, and each
 * mutation gives exactly the violation it names. The generators' idea of the rules was written
 * independently of the validator, so a rule the validator skips or gets wrong makes these fail.
 */
class GeneratedEndpointsProperties {
  private final WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();
  private final WorkloadEndpointValidator withIdentity =
      WorkloadEndpointValidator.builder().identityCheck(true).build();

  @Test
  void everyGeneratedValidEndpointPasses() {
    Property.forAllAssert(
        "generated valid endpoints validate with no errors or warnings",
        WorkloadEndpointGenerators.validEndpoints(),
        wep -> {
          ValidationResult result = withIdentity.validate(wep);
          assertThat(result.errors()).as("errors").isEmpty();
          assertThat(result.warnings()).as("warnings").isEmpty();
        });
  }

  @Test
  void everyMutationFailsWithExactlyItsPathAndType() {
    Property.forAllAssert(
        "a single mutation gives exactly the expected violation",
        WorkloadEndpointGenerators.mutatedEndpoints(),
        mutated -> {
          ValidationResult result = validator.validate(mutated.endpoint());
          assertThat(pathsAndTypes(result.errors()))
              .as("errors of mutation %s", mutated.mutation())
              .containsExactly(mutated.expectedPath() + " " + mutated.expectedType());
          assertThat(result.warnings()).as("warnings").isEmpty();
        });
  }

  @Test
  void everyWarningMutationWarnsWithoutChangingTheOutcome() {
    Property.forAllAssert(
        "a warning mutation gives exactly the expected warning",
        WorkloadEndpointGenerators.warningEndpoints(),
        (MutatedEndpoint mutated) -> {
          ValidationResult result = validator.validate(mutated.endpoint());
          assertThat(result.isValid()).isTrue();
          assertThat(pathsAndTypes(result.warnings()))
              .containsExactly(mutated.expectedPath() + " " + mutated.expectedType());
        });
  }

  private static List<String> pathsAndTypes(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.path() + " " + v.type().jsonName())
        .collect(Collectors.toList());
  }
}
