// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's json.Unmarshal into []string, as Calico applies it to pod annotations. */
class GoStringArrayTest {
  @Test
  void arrayOfStrings() {
    assertThat(GoStringArray.parse(" [\"1.1.1.1\" , \"fd80::10\"]\n"))
        .containsExactly("1.1.1.1", "fd80::10");
    assertThat(GoStringArray.parse("[]")).isEmpty();
  }

  @Test
  void nullIsNoEntriesAndNullElementsAreEmptyStrings() {
    assertThat(GoStringArray.parse("null")).isEmpty();
    assertThat(GoStringArray.parse("[null, \"a\"]")).containsExactly("", "a");
  }

  @Test
  void escapesAreDecodedAndLoneSurrogatesBecomeReplacementCharacters() {
    assertThat(GoStringArray.parse("[\"\\u0031.1.1.1\", \"\\ud800x\", \"\\ud83d\\ude00\"]"))
        .containsExactly("1.1.1.1", "\uFFFDx", "\uD83D\uDE00");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "[",
        "[\"a\"",
        "[\"a\",]",
        "[\"a\"] [\"b\"]",
        "[\"a\"] x",
        "\"a\"",
        "1",
        "true",
        "{}",
        "[1]",
        "[true]",
        "[{}]",
        "[[\"a\"]]",
        "['a']",
        "[\"a\" /* c */]",
        "[\"tab\there\"]",
      })
  void errorsWhereGoErrors(String text) {
    assertThatThrownBy(() -> GoStringArray.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
