// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PortNames#checkValid} names every rule a port name breaks, joined by "and", in a fixed
 * order: the length, upper case, the first character outside {@code a-z 0-9 -}, a missing letter,
 * {@code --}, and a dash at either end.
 */
class PortNamesSentencesTest {
  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # name             | every rule it breaks
          ''                 | must not be empty
          HTTP               | must be lower case
          A1                 | must be lower case
          Z1                 | must be lower case
          8080               | must contain at least one letter (a-z)
          0                  | must contain at least one letter (a-z)
          9                  | must contain at least one letter (a-z)
          a--b               | must not contain "--"
          a--1               | must not contain "--"
          z--1               | must not contain "--"
          -http              | must not begin or end with '-'
          http-              | must not begin or end with '-'
          a.b                | contains '.' (only a-z, 0-9 and '-' are allowed)
          a_b                | contains '_' (only a-z, 0-9 and '-' are allowed)
          a.b_c              | contains '.' (only a-z, 0-9 and '-' are allowed)
          a-b.c              | contains '.' (only a-z, 0-9 and '-' are allowed)
          a\u00e9            | contains the non-ASCII character U+00E9 (only a-z, 0-9 and '-' are allowed)
          abcdefghijklmnop   | is 16 characters long (at most 15)
          abcdefghijklmn-    | must not begin or end with '-'
          -                  | must contain at least one letter (a-z) and must not begin or end with '-'
          --                 | must contain at least one letter (a-z) and must not contain "--" and must not begin or end with '-'
          Http--             | must be lower case and must not contain "--" and must not begin or end with '-'
          '1 2'              | contains a space (only a-z, 0-9 and '-' are allowed) and must contain at least one letter (a-z)
          ABCDEFGHIJKLMNOP-- | is 18 characters long (at most 15) and must be lower case and must not contain "--" and must not begin or end with '-'
          """)
  void everyBrokenRuleIsNamed(String name, String reasons) {
    assertThatThrownBy(() -> PortNames.checkValid(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid port name: \"" + name + "\" (" + reasons + ")");
  }

  @Test
  void validNamesComeBackAndNullHasNoReason() {
    assertThat(PortNames.checkValid("http-alt")).isEqualTo("http-alt");
    assertThat(PortNames.isValid(null)).isFalse();
    assertThatThrownBy(() -> PortNames.checkValid(null)).hasMessage("not a valid port name: null");
  }
}
