// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first problem {@link DnsNames#checkValidName} and {@link DnsNames#checkValidObjectName} name
 * in a name that breaks Calico's lower-case DNS subdomain rule, and how an offending character is
 * described.
 */
class DnsNamesSentencesTest {
  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # name     | the first problem
          ''         | must not be empty
          .a         | must start with a lower-case letter or digit, not '.'
          -a         | must start with a lower-case letter or digit, not '-'
          a..b       | must not contain an empty part between dots
          a.b..c     | must not contain an empty part between dots
          a-.b       | a part must not end with '-' before '.'
          a.-b       | a part must not start with '-' after '.'
          a.b.-c     | a part must not start with '-' after '.'
          a.         | must not end with '.'
          a-         | must end with a lower-case letter or digit, not '-'
          a.b-       | must end with a lower-case letter or digit, not '-'
          Node1      | contains the upper-case letter 'N': use lower case
          Apod       | contains the upper-case letter 'A': use lower case
          podZ       | contains the upper-case letter 'Z': use lower case
          my_orch    | contains '_': use only lower-case letters, digits, '-' and '.'
          test$set   | contains '$': use only lower-case letters, digits, '-' and '.'
          a~b        | contains '~': use only lower-case letters, digits, '-' and '.'
          a@b        | contains '@': use only lower-case letters, digits, '-' and '.'
          a[b        | contains '[': use only lower-case letters, digits, '-' and '.'
          a`b        | contains '`': use only lower-case letters, digits, '-' and '.'
          a{b        | contains '{': use only lower-case letters, digits, '-' and '.'
          a/b        | contains '/': use only lower-case letters, digits, '-' and '.'
          a:b        | contains ':': use only lower-case letters, digits, '-' and '.'
          'a b'      | contains a space: use only lower-case letters, digits, '-' and '.'
          -A         | must start with a lower-case letter or digit, not '-'
          A-         | contains the upper-case letter 'A': use lower case
          """)
  void theFirstProblemIsNamed(String name, String problem) {
    assertThatThrownBy(() -> DnsNames.checkValidName(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid name: \"" + name + "\" (" + problem + ")");
  }

  static Stream<Arguments> characters() {
    return Stream.of(
        Arguments.of("a\u0000b", "\"a\\u0000b\"", "the control character U+0000"),
        Arguments.of("a\tb", "\"a\\tb\"", "the control character U+0009"),
        Arguments.of("a\u001fb", "\"a\\u001fb\"", "the control character U+001F"),
        Arguments.of("a\u007fb", "\"a\\u007fb\"", "the control character U+007F"),
        Arguments.of("a\u0080b", "\"a\u0080b\"", "the non-ASCII character U+0080"),
        Arguments.of("caf\u00e9", "\"caf\u00e9\"", "the non-ASCII character U+00E9"),
        Arguments.of("\u212a", "\"\u212a\"", "the non-ASCII character U+212A"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("characters")
  void controlAndNonAsciiCharactersAreNamedByCodePoint(
      String name, String shown, String character) {
    assertThatThrownBy(() -> DnsNames.checkValidName(name))
        .hasMessage(
            "not a valid name: "
                + shown
                + " (contains "
                + character
                + ": use only lower-case letters, digits, '-' and '.')");
  }

  @Test
  void objectNamesAreLimitedTo253Characters() {
    assertThatThrownBy(() -> DnsNames.checkValidObjectName("x".repeat(254)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a valid object name: \"" + "x".repeat(100) + "...\" (longer than 253 characters)");
    // At the limit the length is fine, so the pattern's problem is named.
    assertThatThrownBy(() -> DnsNames.checkValidObjectName("X".repeat(253)))
        .hasMessage(
            "not a valid object name: \""
                + "X".repeat(100)
                + "...\" (contains the upper-case letter 'X': use lower case)");
    assertThatThrownBy(() -> DnsNames.checkValidObjectName("a..b"))
        .hasMessage(
            "not a valid object name: \"a..b\" (must not contain an empty part between dots)");
  }

  @Test
  void nullHasNoReason() {
    assertThatThrownBy(() -> DnsNames.checkValidName(null)).hasMessage("not a valid name: null");
    assertThatThrownBy(() -> DnsNames.checkValidObjectName(null))
        .hasMessage("not a valid object name: null");
  }
}
