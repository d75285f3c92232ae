// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;

/** The {@code policy_translation} section of {@code selectors.json}: one test per record. */
final class PolicyTranslationCases {
  private PolicyTranslationCases() {}

  static List<DynamicTest> all(JsonNode section) {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode r : section.get("entity_rule")) {
      tests.add(entityRule(r));
    }
    for (JsonNode r : section.get("network_policy")) {
      tests.add(networkPolicy(r));
    }
    for (JsonNode r : section.get("global_network_policy")) {
      tests.add(globalNetworkPolicy(r));
    }
    return tests;
  }

  private static DynamicTest entityRule(JsonNode r) {
    JsonNode e = r.get("entity");
    JsonNode sa = e.path("serviceAccounts");
    List<String> names =
        sa.has("names") ? SelectorConformanceTest.stringList(sa.get("names")) : List.of();
    return DynamicTest.dynamicTest(
        r.get("source").asText() + " entity rule " + e,
        () -> {
          TranslatedSelector t =
              PolicySelectors.entityRule(
                  r.get("policy_namespace").asText(),
                  e.path("selector").asText(""),
                  e.path("notSelector").asText(""),
                  e.path("namespaceSelector").asText(""),
                  names,
                  sa.path("selector").asText(""));
          assertThat(t.selector()).isEqualTo(r.get("expected_selector").asText());
          assertThat(t.notSelector()).isEqualTo(r.get("expected_not_selector").asText());
          assertThat(t.warnings()).isEmpty();
        });
  }

  private static DynamicTest networkPolicy(JsonNode r) {
    String saSelector = r.get("serviceAccountSelector").asText();
    return DynamicTest.dynamicTest(
        r.get("source").asText() + " NetworkPolicy " + r.get("selector").asText(),
        () -> {
          TranslatedSelector t =
              PolicySelectors.networkPolicy(
                  r.get("namespace").asText(), r.get("selector").asText(), saSelector);
          assertThat(t.selector()).isEqualTo(r.get("expected_selector").asText());
          checkWarnings(t, saSelector);
        });
  }

  private static DynamicTest globalNetworkPolicy(JsonNode r) {
    String nsSelector = r.get("namespaceSelector").asText();
    String saSelector = r.get("serviceAccountSelector").asText();
    return DynamicTest.dynamicTest(
        r.get("source").asText() + " GlobalNetworkPolicy " + r.get("selector").asText(),
        () -> {
          TranslatedSelector t =
              PolicySelectors.globalNetworkPolicy(
                  r.get("selector").asText(), nsSelector, saSelector);
          assertThat(t.selector()).isEqualTo(r.get("expected_selector").asText());
          checkWarnings(t, nsSelector, saSelector);
        });
  }

  /** A dropped (unparseable) selector gives exactly one warning naming it; others give none. */
  private static void checkWarnings(TranslatedSelector t, String... inputs) {
    int dropped = 0;
    for (String input : inputs) {
      if (!input.isEmpty() && !Selector.isValid(input)) {
        dropped++;
        assertThat(t.warnings()).anyMatch(w -> w.contains("\"" + input + "\""));
      }
    }
    assertThat(t.warnings()).hasSize(dropped);
  }
}
