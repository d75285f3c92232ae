// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoYamlKeyOrderTest {
  /**
   * The string keys of TestSortedOutput in gopkg.in/yaml.v2's encode_test.go (v2.4, the version
   * under sigs.k8s.io/yaml and so calicoctl), in go-yaml's order.
   */
  private static final List<String> GO_YAML_SORTED_OUTPUT =
      List.of(
          "", ".1", ".2", ".a", "1", "2", "a!10", "a/0001", "a/002", "a/3", "a/10", "a/11",
          "a/0012", "a/100", "a~10", "ab/1", "b/1", "b/01", "b/2", "b/02", "b/3", "b/03", "b1",
          "b01", "b3", "c2.10", "c10.2", "d1", "d7", "d7abc", "d12", "d12a");

  @Test
  void sortsGoYamlsOwnTestKeysInGoYamlsOrder() {
    for (long seed = 1; seed <= 20; seed++) {
      List<String> keys = new ArrayList<>(GO_YAML_SORTED_OUTPUT);
      Collections.shuffle(keys, new Random(seed));
      keys.sort(GoYamlKeyOrder.V2);
      assertThat(keys).as("seed %d", seed).containsExactlyElementsOf(GO_YAML_SORTED_OUTPUT);
    }
  }

  @Test
  void isAConsistentTotalOrderOnGoYamlsKeys() {
    for (int i = 0; i < GO_YAML_SORTED_OUTPUT.size(); i++) {
      for (int j = 0; j < GO_YAML_SORTED_OUTPUT.size(); j++) {
        String a = GO_YAML_SORTED_OUTPUT.get(i);
        String b = GO_YAML_SORTED_OUTPUT.get(j);
        assertThat(Integer.signum(GoYamlKeyOrder.V2.compare(a, b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @ParameterizedTest(name = "{0} < {1}")
  @CsvSource({
    // two letters: code points, so upper case first
    "B, a",
    "Zebra, apple",
    // a letter sorts after anything that is not a letter
    "a1, aa",
    "a-, aa",
    "a/b, ab",
    "a., aB",
    // digit runs compare as numbers, then by length, then by code point
    "a2, a10",
    "node9, node10",
    "a1x, a01",
    "x1y, x01y",
    // a zero inside a number keeps its place value
    "a101, a1001",
    // a prefix sorts first
    "name, namespace",
    "ip, ipNATs",
    // calicoctl's keys
    "apiVersion, kind",
    "kind, metadata",
    "metadata, spec",
    "creationTimestamp, labels",
    "labels, name",
    "name, namespace",
    "namespace, resourceVersion",
    "resourceVersion, uid",
    "interfaceName, ipNATs",
    "ipNATs, ipNetworks",
    "ipNetworks, ipv4Gateway",
    "ipv4Gateway, ipv6Gateway",
    "hostIP, hostPort",
    "projectcalico.org/namespace, projectcalico.org/orchestrator",
    "externalIP, internalIP",
  })
  void ordersPairs(String lower, String higher) {
    assertThat(GoYamlKeyOrder.V2.compare(lower, higher)).isNegative();
    assertThat(GoYamlKeyOrder.V2.compare(higher, lower)).isPositive();
  }

  @Test
  void keepsGoYamlV2sOrderOfALetterAgainstADigitAfterADigit() {
    // v2 puts the non-letter first even inside a number; yaml.v3 later changed this ("e2b" <
    // "e21a" there). calicoctl prints through v2.
    assertThat(GoYamlKeyOrder.V2.compare("e21a", "e2b")).isNegative();
    // ...which makes a cycle with two comparisons that are plainly numeric.
    assertThat(GoYamlKeyOrder.V2.compare("e2b", "e4b")).isNegative();
    assertThat(GoYamlKeyOrder.V2.compare("e4b", "e21a")).isNegative();
  }

  @Test
  void v3OrderSortsGoYamlV3sTestKeysAndIsTransitive() {
    // TestSortedOutput of gopkg.in/yaml.v3 adds these three keys after v2's list.
    List<String> expected = new ArrayList<>(GO_YAML_SORTED_OUTPUT);
    expected.addAll(List.of("e2b", "e4b", "e21a"));
    for (long seed = 1; seed <= 20; seed++) {
      List<String> keys = new ArrayList<>(expected);
      Collections.shuffle(keys, new Random(seed));
      keys.sort(GoYamlKeyOrder.V3);
      assertThat(keys).as("seed %d", seed).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void equalKeysCompareEqual() {
    assertThat(GoYamlKeyOrder.V2.compare("spec", "spec")).isZero();
    assertThat(GoYamlKeyOrder.V2.compare("", "")).isZero();
  }

  @Test
  void comparesLettersBeyondAsciiAsLetters() {
    // 'é' is a letter, '_' is not: the letter sorts last.
    assertThat(GoYamlKeyOrder.V2.compare("a_", "aé")).isNegative();
    // Two letters: code points, so 'z' (122) before 'é' (233).
    assertThat(GoYamlKeyOrder.V2.compare("az", "aé")).isNegative();
  }
}
