// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calico checks annotation keys as {@code IsQualifiedName(strings.ToLower(key))}. For ASCII keys
 * the validator checks in place instead of lower-casing a copy; this holds it to the definition.
 */
class AnnotationKeyLoweringTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ProjectCalico.org/Label, true",
    "CNI.projectcalico.org/podIPs, true",
    "A/B, true",
    "A-.b/x, false",
    "-A.b/x, false",
    "A_B.com/x, false",
    "a/b/C, false",
    "Z, true",
    "Z., false",
  })
  void checksAsIfLowerCased(String key, boolean valid) {
    assertThat(LabelKeys.isValidAsciiLowered(key)).isEqualTo(valid);
  }

  @Test
  void prefixLengthLimitIsUnchangedByUpperCase() {
    String prefix253 =
        "A".repeat(63) + "." + "B".repeat(63) + "." + "C".repeat(63) + "." + "D".repeat(61);
    assertThat(prefix253).hasSize(253);
    assertThat(LabelKeys.isValidAsciiLowered(prefix253 + "/n")).isTrue();
    assertThat(LabelKeys.isValidAsciiLowered(prefix253 + "D/n")).isFalse();
  }

  @Test
  void agreesWithLowerCasingFirstOnEveryShortKey() {
    // Every key of up to 4 chars over an alphabet that exercises each branch of the rules.
    char[] alphabet = {'a', 'Z', '0', '-', '.', '/', '_', '$'};
    List<String> keys = new ArrayList<>();
    keys.add("");
    for (int length = 1; length <= 4; length++) {
      int combos = (int) Math.pow(alphabet.length, length);
      for (int n = 0; n < combos; n++) {
        StringBuilder key = new StringBuilder(length);
        for (int k = 0, rest = n; k < length; k++, rest /= alphabet.length) {
          key.append(alphabet[rest % alphabet.length]);
        }
        keys.add(key.toString());
      }
    }
    int valid = 0;
    for (String key : keys) {
      // Go's strings.ToLower on ASCII maps exactly A-Z, as Locale.ROOT does.
      boolean expected = LabelKeys.isValid(key.toLowerCase(Locale.ROOT));
      assertThat(LabelKeys.isValidAsciiLowered(key)).as(key).isEqualTo(expected);
      valid += expected ? 1 : 0;
    }
    assertThat(valid).isPositive().isLessThan(keys.size());
  }
}
