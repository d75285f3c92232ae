// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first problem {@link LabelKeys#checkValid} and {@link LabelValues#checkValid} name: for a
 * key, the slashes, then the prefix (empty, too long, not a lower-case DNS subdomain), then the
 * name part; for a value, the same rules as the name part, except that it may be empty.
 */
class LabelKeysSentencesTest {
  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # key                   | the first problem
          a/b/c                   | the key has more than one '/'
          //                      | the key has more than one '/'
          /name                   | the prefix before '/' must not be empty
          ProjectCalico.org/label | the prefix "ProjectCalico.org" must be a lower-case DNS subdomain: it contains the upper-case letter 'P': use lower case
          a..b/x                  | the prefix "a..b" must be a lower-case DNS subdomain: it must not contain an empty part between dots
          -a.io/x                 | the prefix "-a.io" must be a lower-case DNS subdomain: it must start with a lower-case letter or digit, not '-'
          a_b.io/x                | the prefix "a_b.io" must be a lower-case DNS subdomain: it contains '_': use only lower-case letters, digits, '-' and '.'
          a.io./x                 | the prefix "a.io." must be a lower-case DNS subdomain: it must not end with '.'
          prefix/                 | the name must not be empty
          ''                      | the name must not be empty
          -a                      | the name must start with a letter or digit, not '-'
          _a                      | the name must start with a letter or digit, not '_'
          .a                      | the name must start with a letter or digit, not '.'
          a-                      | the name must end with a letter or digit, not '-'
          a_                      | the name must end with a letter or digit, not '_'
          a.                      | the name must end with a letter or digit, not '.'
          -                       | the name must start with a letter or digit, not '-'
          a/-x                    | the name must start with a letter or digit, not '-'
          app.io/x_               | the name must end with a letter or digit, not '_'
          ab$                     | the name contains '$': use only letters, digits, '-', '_' and '.'
          a-b.c_d$                | the name contains '$': use only letters, digits, '-', '_' and '.'
          'a b'                   | the name contains a space: use only letters, digits, '-', '_' and '.'
          app.io/a:b              | the name contains ':': use only letters, digits, '-', '_' and '.'
          """)
  void theFirstProblemOfAKeyIsNamed(String key, String problem) {
    assertThatThrownBy(() -> LabelKeys.checkValid(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid label key: \"" + key + "\" (" + problem + ")");
  }

  @Test
  void prefixLengthsCountUtf8Bytes() {
    String ascii254 = "a".repeat(254);
    assertThatThrownBy(() -> LabelKeys.checkValid(ascii254 + "/x"))
        .hasMessage(
            "not a valid label key: \""
                + "a".repeat(100)
                + "...\" (the prefix is 254 bytes long; the limit is 253)");
    // 127 characters, 254 bytes.
    String accented = "\u00e9".repeat(127);
    assertThatThrownBy(() -> LabelKeys.checkValid(accented + "/x"))
        .hasMessage(
            "not a valid label key: \""
                + "\u00e9".repeat(100)
                + "...\" (the prefix is 254 bytes long; the limit is 253)");
    // At 253 bytes the length is fine, so the prefix's own problem is named.
    String upper253 = "A" + "a".repeat(252);
    assertThatThrownBy(() -> LabelKeys.checkValid(upper253 + "/x"))
        .hasMessage(
            "not a valid label key: \""
                + upper253.substring(0, 100)
                + "...\" (the prefix \""
                + upper253
                + "\" must be a lower-case DNS subdomain: it contains the upper-case letter 'A':"
                + " use lower case)");
  }

  @Test
  void nameLengthsCountUtf8Bytes() {
    assertThatThrownBy(() -> LabelKeys.checkValid("x".repeat(64)))
        .hasMessage(
            "not a valid label key: \""
                + "x".repeat(64)
                + "\" (the name is 64 bytes long; the limit is 63)");
    assertThatThrownBy(() -> LabelKeys.checkValid("app.io/" + "x".repeat(64)))
        .hasMessage(
            "not a valid label key: \"app.io/"
                + "x".repeat(64)
                + "\" (the name is 64 bytes long; the limit is 63)");
    // 32 characters, 64 bytes.
    assertThatThrownBy(() -> LabelKeys.checkValid("\u00e9".repeat(32)))
        .hasMessage(
            "not a valid label key: \""
                + "\u00e9".repeat(32)
                + "\" (the name is 64 bytes long; the limit is 63)");
    // At 63 the length is fine, so the character problem is named.
    assertThatThrownBy(() -> LabelKeys.checkValid("-" + "a".repeat(62)))
        .hasMessage(
            "not a valid label key: \"-"
                + "a".repeat(62)
                + "\" (the name must start with a letter or digit, not '-')");
  }

  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # value | the first problem
          -a      | the value must start with a letter or digit, not '-'
          .a      | the value must start with a letter or digit, not '.'
          a_      | the value must end with a letter or digit, not '_'
          a.      | the value must end with a letter or digit, not '.'
          'a b'   | the value contains a space: use only letters, digits, '-', '_' and '.'
          a/b     | the value contains '/': use only letters, digits, '-', '_' and '.'
          """)
  void theFirstProblemOfAValueIsNamed(String value, String problem) {
    assertThatThrownBy(() -> LabelValues.checkValid(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid label value: \"" + value + "\" (" + problem + ")");
  }

  @Test
  void valueLengthsCountUtf8Bytes() {
    assertThatThrownBy(() -> LabelValues.checkValid("v".repeat(64)))
        .hasMessage(
            "not a valid label value: \""
                + "v".repeat(64)
                + "\" (the value is 64 bytes long; the limit is 63)");
    assertThatThrownBy(() -> LabelValues.checkValid("\u00e9".repeat(32)))
        .hasMessage(
            "not a valid label value: \""
                + "\u00e9".repeat(32)
                + "\" (the value is 64 bytes long; the limit is 63)");
  }

  @Test
  void validInputComesBackAndNullHasNoReason() {
    assertThat(LabelValues.checkValid("frontend")).isEqualTo("frontend");
    assertThat(LabelKeys.checkValid("app.kubernetes.io/name")).isEqualTo("app.kubernetes.io/name");
    assertThat(LabelValues.isValid(null)).isFalse();
    assertThatThrownBy(() -> LabelKeys.checkValid(null)).hasMessage("not a valid label key: null");
    assertThatThrownBy(() -> LabelValues.checkValid(null))
        .hasMessage("not a valid label value: null");
  }
}
