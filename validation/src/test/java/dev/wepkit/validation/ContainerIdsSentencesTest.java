// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first problem {@link ContainerIds#checkValid} names in a container ID: letters of either
 * case, digits and {@code -}, with no {@code -} at either end.
 */
class ContainerIdsSentencesTest {
  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # id            | the first problem
          ''              | must not be empty
          -               | must not start with '-'
          -abc            | must not start with '-'
          abc-            | must not end with '-'
          Ab-cD-          | must not end with '-'
          abcde-j.g       | contains '.': use only letters, digits and '-'
          ab.             | contains '.': use only letters, digits and '-'
          .ab             | contains '.': use only letters, digits and '-'
          a_b             | contains '_': use only letters, digits and '-'
          a-b_c-          | contains '_': use only letters, digits and '-'
          'a b'           | contains a space: use only letters, digits and '-'
          1.3374956e+24   | contains '.': use only letters, digits and '-'
          abc\u00e9       | contains the non-ASCII character U+00E9: use only letters, digits and '-'
          """)
  void theFirstProblemIsNamed(String id, String problem) {
    assertThatThrownBy(() -> ContainerIds.checkValid(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid container ID: \"" + id + "\" (" + problem + ")");
  }

  @Test
  void nullHasNoReason() {
    assertThatThrownBy(() -> ContainerIds.checkValid(null))
        .hasMessage("not a valid container ID: null");
  }
}
