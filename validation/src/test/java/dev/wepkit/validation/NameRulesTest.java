// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calico's and Kubernetes' name rules, each a loop standing in for a regular expression. */
class NameRulesTest {
  @ParameterizedTest
  @CsvSource({
    "a, true",
    "0, true",
    "node1, true",
    "my-pod.v1, true",
    "kns.default, true",
    "knp.default.fun, true",
    "fun-funner1234, true",
    "a.b.c, true",
    "'', false",
    "-a, false",
    "a-, false",
    ".fun, false",
    "fun., false",
    "a..b, false",
    "a.-b, false",
    "a-.b, false",
    "Node1, false",
    "my_orch, false",
    "a b, false",
    "test$set, false",
    "caf\u00e9, false",
  })
  void calicoNameRule(String name, boolean valid) {
    assertThat(DnsNames.isValidName(name)).isEqualTo(valid);
    if (!valid) {
      assertThat(DnsNames.explainName(name)).isNotBlank();
    }
  }

  @Test
  void nameRuleHasNoLengthLimitButObjectNamesDo() {
    String long253 = "x".repeat(253);
    String long254 = "x".repeat(254);
    assertThat(DnsNames.isValidName(long254)).isTrue();
    assertThat(DnsNames.isValidObjectName(long253)).isTrue();
    assertThat(DnsNames.isValidObjectName(long254)).isFalse();
    assertThat(DnsNames.checkValidObjectName(long253)).isSameAs(long253);
    assertThatThrownBy(() -> DnsNames.checkValidObjectName(long254))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 253");
    assertThatThrownBy(() -> DnsNames.checkValidName("Node1"))
        .hasMessageContaining("\"Node1\"")
        .hasMessageContaining("upper-case");
  }

  @ParameterizedTest
  @CsvSource({
    "Cath01234-G, true",
    "a12345a, true",
    "1337495556942031415926535, true",
    "a, true",
    "'', false",
    "-abcdefg, false",
    "abcdeSg-, false",
    "abcde-j.g, false",
    "abc_d, false",
    "1.3374956e+24, false",
  })
  void containerIdRule(String id, boolean valid) {
    assertThat(ContainerIds.isValid(id)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "cali0ef24ba, true",
    "eth0, true",
    "Valid_Iface.0-9, true",
    "*, true",
    "-, true",
    "abcdefghijklmno, true", // 15
    "'', false",
    "interfaceTooLong, false", // 16
    "Invalid:Intface, false",
    "Invalid&Intface, false",
    "Invalid#Intface, false",
    "**, false",
    "a*, false",
  })
  void interfaceNameRule(String name, boolean valid) {
    assertThat(InterfaceNameRule.isValid(name)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "http, true",
    "a-valid-port, true",
    "abcdefghijklmno, true",
    "h2c, true",
    "'', false",
    "abcdefghijklmnop, false", // 16
    "8080, false", // needs a letter
    "HTTP, false",
    "a--b, false",
    "-http, false",
    "http-, false",
    "a.b, false",
    "a_b, false",
  })
  void portNameRule(String name, boolean valid) {
    assertThat(PortNames.isValid(name)).isEqualTo(valid);
    if (!valid && !name.isEmpty()) {
      assertThat(PortNames.explain(name)).isNotBlank();
      assertThatThrownBy(() -> PortNames.checkValid(name))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "app, true",
    "app.kubernetes.io/name, true",
    "projectcalico.org/namespace, true",
    "projectcalico.org/Label, true", // upper case is fine in the name part
    "My_Label.x, true",
    "'', false",
    ".mylabel, false",
    "my-invalid-label$, false",
    "ProjectCalico.org/label, false", // not in the prefix
    "/name, false",
    "prefix/, false",
    "a/b/c, false",
    "-a, false",
    "a-, false",
    "a b, false",
  })
  void labelKeyRule(String key, boolean valid) {
    assertThat(LabelKeys.isValid(key)).isEqualTo(valid);
    if (!valid) {
      assertThat(LabelKeys.explain(key)).isNotBlank();
    }
  }

  @Test
  void labelKeyLengths() {
    assertThat(LabelKeys.isValid("x".repeat(63))).isTrue();
    assertThat(LabelKeys.isValid("x".repeat(64))).isFalse();
    String prefix253 = ("a".repeat(61) + ".").repeat(4) + "a".repeat(5); // 253 characters
    assertThat(prefix253).hasSize(253);
    assertThat(LabelKeys.isValid(prefix253 + "/x")).isTrue();
    assertThat(LabelKeys.isValid("b" + prefix253 + "/x")).isFalse();
    assertThat(LabelKeys.isValid(prefix253 + "/" + "y".repeat(63))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "'', true",
    "value, true",
    "v1.2_3-x, true",
    "A, true",
    "-a, false",
    "a., false",
    "a b, false",
    "a/b, false",
  })
  void labelValueRule(String value, boolean valid) {
    assertThat(LabelValues.isValid(value)).isEqualTo(valid);
  }

  @Test
  void labelValueLengthCountsBytes() {
    assertThat(LabelValues.isValid("x".repeat(63))).isTrue();
    assertThat(LabelValues.isValid("x".repeat(64))).isFalse();
    assertThat(LabelValues.isTooLong("x".repeat(64))).isTrue();
    // 40 characters but 80 bytes, as Go's len counts.
    assertThat(LabelValues.isTooLong("\u00e9".repeat(40))).isTrue();
  }

  @Test
  void checkValidReturnsTheInput() {
    assertThat(ContainerIds.checkValid("abc")).isEqualTo("abc");
    assertThat(InterfaceNameRule.checkValid("eth0")).isEqualTo("eth0");
    assertThat(PortNames.checkValid("http")).isEqualTo("http");
    assertThat(LabelKeys.checkValid("app")).isEqualTo("app");
    assertThat(LabelValues.checkValid("")).isEqualTo("");
    assertThat(DnsNames.checkValidName("a.b")).isEqualTo("a.b");
    assertThatThrownBy(() -> ContainerIds.checkValid(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null");
  }
}
