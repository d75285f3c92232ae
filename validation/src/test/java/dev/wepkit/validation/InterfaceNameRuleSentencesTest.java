// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The problem {@link InterfaceNameRule#checkValid} names: a missing name, the first character
 * outside {@code [a-zA-Z0-9_.-]}, or else the length and Linux's limit of 15.
 */
class InterfaceNameRuleSentencesTest {
  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # name                | the problem
          ''                    | an interface name is required
          Invalid:Intface       | contains ':': use only letters, digits, '_', '.' and '-'
          Invalid:InterfaceName | contains ':': use only letters, digits, '_', '.' and '-'
          **                    | contains '*': use only letters, digits, '_', '.' and '-'
          a*                    | contains '*': use only letters, digits, '_', '.' and '-'
          'eth 0'               | contains a space: use only letters, digits, '_', '.' and '-'
          eth0\u00e9            | contains the non-ASCII character U+00E9: use only letters, digits, '_', '.' and '-'
          interfaceTooLong      | is 16 characters long; Linux interface names have at most 15
          a_b.c-d_e.f-g_hij     | is 17 characters long; Linux interface names have at most 15
          """)
  void theProblemIsNamed(String name, String problem) {
    assertThatThrownBy(() -> InterfaceNameRule.checkValid(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid interface name: \"" + name + "\" (" + problem + ")");
  }

  @Test
  void controlCharactersAreEscapedAndNamed() {
    assertThatThrownBy(() -> InterfaceNameRule.checkValid("eth0\n"))
        .hasMessage(
            "not a valid interface name: \"eth0\\n\" (contains the control character U+000A: use"
                + " only letters, digits, '_', '.' and '-')");
  }

  @Test
  void nullHasNoReason() {
    assertThat(InterfaceNameRule.isValid(null)).isFalse();
    assertThatThrownBy(() -> InterfaceNameRule.checkValid(null))
        .hasMessage("not a valid interface name: null");
  }
}
