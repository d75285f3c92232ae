// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The translation rules the 32 vectors leave out: textual rewrites, drops and their warnings. */
class PolicySelectorsTest {
  @Test
  void globalPolicyRewritesAllTextEverywhereEvenInsideStrings() {
    TranslatedSelector t = PolicySelectors.globalNetworkPolicy("app == 'all()'", "all()", "");
    assertThat(t.selector())
        .isEqualTo(
            "(app == 'has(projectcalico.org/namespace)') && has(projectcalico.org/namespace)");
    assertThat(t.warnings()).isEmpty();
    // The user's selector is not rewritten when there is no namespace or SA selector.
    assertThat(PolicySelectors.globalNetworkPolicy("all()", "", "").selector()).isEqualTo("all()");
  }

  @Test
  void globalPolicyDropsAnUnparseableNamespaceSelectorWithAWarning() {
    TranslatedSelector t = PolicySelectors.globalNetworkPolicy("a == 'b'", "team = 'x'", "");
    assertThat(t.selector()).isEqualTo("a == 'b'");
    assertThat(t.warnings())
        .containsExactly(
            "namespaceSelector \"team = 'x'\" is not a valid selector (expected == at position 5);"
                + " Calico ignores it");
  }

  @Test
  void namespacedPolicyWithoutNamespaceKeepsTheSelector() {
    assertThat(PolicySelectors.networkPolicy("", "a == 'b'", null).selector())
        .isEqualTo("a == 'b'");
    assertThat(PolicySelectors.networkPolicy(null, null, null).selector()).isEmpty();
  }

  @Test
  void ruleNamespaceSelectorRewritesAllAndGlobal() {
    assertThat(PolicySelectors.entityRule("ns", "", "", "all()", null, null).selector())
        .isEqualTo("has(projectcalico.org/namespace)");
    assertThat(PolicySelectors.entityRule("ns", "", "", "global()", null, null).selector())
        .isEqualTo("!has(projectcalico.org/namespace)");
    assertThat(PolicySelectors.entityRule("ns", "has(x)", "", "global()", null, null).selector())
        .isEqualTo("(!has(projectcalico.org/namespace)) && (has(x))");
  }

  @Test
  void anUnparseableRuleNamespaceSelectorRemovesEveryNamespaceRestriction() {
    TranslatedSelector t = PolicySelectors.entityRule("ns", "has(x)", "", "team = 'a'", null, "");
    // Not even the policy's own namespace is applied: the rule selects has(x) anywhere.
    assertThat(t.selector()).isEqualTo("has(x)");
    assertThat(t.warnings()).hasSize(2);
    assertThat(t.warnings().get(0)).startsWith("namespaceSelector \"team = 'a'\"");
  }

  @Test
  void serviceAccountNamesAreSortedAndDeduplicated() {
    assertThat(PolicySelectors.entityRule("", "", "", "", List.of("b", "a", "b"), "").selector())
        .isEqualTo("projectcalico.org/serviceaccount in {\"a\", \"b\"}");
  }

  @Test
  void aServiceAccountNameWithAQuoteDropsTheWholeServiceAccountMatch() {
    TranslatedSelector t =
        PolicySelectors.entityRule("ns", "", "", "", List.of("it's"), "role == 'x'");
    // Nothing is left but the notSelector-less, selector-less rule: no selector at all.
    assertThat(t.selector()).isEmpty();
    assertThat(t.warnings()).hasSize(1);
    assertThat(t.warnings().get(0)).startsWith("serviceAccounts.names [it's]");
  }

  @Test
  void notSelectorIsPassedThroughAndStillNamespacesThePositiveSide() {
    TranslatedSelector t = PolicySelectors.entityRule("ns", "", "has(a)", "", null, null);
    assertThat(t.selector()).isEqualTo("projectcalico.org/namespace == 'ns'");
    assertThat(t.notSelector()).isEqualTo("has(a)");
    TranslatedSelector global = PolicySelectors.entityRule("", "", "has(a)", "", null, null);
    assertThat(global.selector()).isEmpty();
    assertThat(global.notSelector()).isEqualTo("has(a)");
  }

  @Test
  void matchesAppliesTheSelectorAndTheNotSelector() {
    TranslatedSelector rule =
        PolicySelectors.entityRule("ns", "app == 'web'", "has(canary)", "", null, null);
    Map<String, String> inNs = Map.of("projectcalico.org/namespace", "ns", "app", "web");
    assertThat(rule.matches(Labels.of(inNs))).isTrue();
    Map<String, String> canary = new HashMap<>(inNs);
    canary.put("canary", "");
    assertThat(rule.matches(Labels.of(canary))).isFalse();
    assertThat(rule.matches(Labels.of(Map.of("app", "web")))).isFalse();
    // No selectors at all: every endpoint.
    assertThat(PolicySelectors.entityRule("", "", "", "", null, null).matches(key -> null))
        .isTrue();
    // A spliced user selector that does not parse is refused when evaluated.
    TranslatedSelector bad = PolicySelectors.entityRule("ns", "a = b", "", "", null, null);
    assertThatThrownBy(() -> bad.matches(key -> null)).isInstanceOf(SelectorParseException.class);
  }
}
