// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kubernetes label selectors converted as Calico converts them. The expected strings of the first
 * two tests are those of Calico's conversion tests (policy selector with sorted matchLabels, a
 * peer's pod selector, an empty namespace selector); the others follow the rules stated on {@link
 * PolicySelectors#kubernetesPodSelector(JsonNode)}.
 */
class KubernetesSelectorTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('`', '"'));
  }

  @Test
  void matchLabelsAreSortedAfterTheOrchestratorTerm() throws Exception {
    assertThat(
            PolicySelectors.kubernetesPodSelector(
                    json("{`matchLabels`:{`label2`:`value2`,`label`:`value`}}"))
                .selector())
        .isEqualTo(
            "projectcalico.org/orchestrator == 'k8s' && label == 'value' && label2 == 'value2'");
    assertThat(
            PolicySelectors.kubernetesPodSelector(json("{`matchLabels`:{`k`:`v`,`k2`:`v2`}}"))
                .selector())
        .isEqualTo("projectcalico.org/orchestrator == 'k8s' && k == 'v' && k2 == 'v2'");
  }

  @Test
  void namespaceSelectorsPresentButEmptyAreAllAndAbsentAreEmpty() throws Exception {
    assertThat(PolicySelectors.kubernetesNamespaceSelector(json("{}")).selector())
        .isEqualTo("all()");
    assertThat(PolicySelectors.kubernetesNamespaceSelector(json("{`matchLabels`:{}}")).selector())
        .isEqualTo("all()");
    assertThat(
            PolicySelectors.kubernetesNamespaceSelector(json("{`matchLabels`:{`k`:`v`}}"))
                .selector())
        .isEqualTo("k == 'v'");
    assertThat(PolicySelectors.kubernetesNamespaceSelector(null).selector()).isEmpty();
    assertThat(PolicySelectors.kubernetesNamespaceSelector(MissingNode.getInstance()).selector())
        .isEmpty();
    // An empty pod selector selects every pod of the namespace: only the orchestrator term.
    assertThat(PolicySelectors.kubernetesPodSelector(json("{}")).selector())
        .isEqualTo("projectcalico.org/orchestrator == 'k8s'");
    assertThat(PolicySelectors.kubernetesPodSelector(null).selector())
        .isEqualTo("projectcalico.org/orchestrator == 'k8s'");
  }

  @Test
  void matchExpressionsKeepTheirOrderAndCalicosSpelling() throws Exception {
    TranslatedSelector t =
        PolicySelectors.kubernetesPodSelector(
            json(
                "{`matchLabels`:{`app`:`web`},`matchExpressions`:["
                    + "{`key`:`tier`,`operator`:`In`,`values`:[`b`,`a`]},"
                    + "{`key`:`env`,`operator`:`NotIn`,`values`:[`dev`]},"
                    + "{`key`:`canary`,`operator`:`DoesNotExist`},"
                    + "{`key`:`team`,`operator`:`Exists`}]}"));
    String expected =
        "projectcalico.org/orchestrator == 'k8s' && app == 'web' && tier in { 'b', 'a' }"
            + " && env not in { 'dev' } && ! has(canary) && has(team)";
    assertThat(t.selector()).isEqualTo(expected);
    assertThat(t.warnings()).isEmpty();
    Selector s = Selector.parse(t.selector());
    Map<String, String> pod =
        Map.of("projectcalico.org/orchestrator", "k8s", "app", "web", "tier", "a", "team", "x");
    assertThat(s.matches(pod)).isTrue();
    // Kubernetes NotIn also matches pods without the label, and so does Calico's not in.
    assertThat(
            s.matches(
                Map.of(
                    "projectcalico.org/orchestrator",
                    "k8s",
                    "app",
                    "web",
                    "tier",
                    "b",
                    "team",
                    "",
                    "env",
                    "prod")))
        .isTrue();
    assertThat(
            s.matches(
                Map.of(
                    "projectcalico.org/orchestrator",
                    "k8s",
                    "app",
                    "web",
                    "tier",
                    "a",
                    "team",
                    "x",
                    "canary",
                    "")))
        .isFalse();
  }

  @Test
  void anUnknownOperatorAddsNoTermButAWarning() throws Exception {
    TranslatedSelector t =
        PolicySelectors.kubernetesPodSelector(
            json("{`matchExpressions`:[{`key`:`a`,`operator`:`Gt`,`values`:[`1`]}]}"));
    assertThat(t.selector()).isEqualTo("projectcalico.org/orchestrator == 'k8s'");
    assertThat(t.warnings())
        .containsExactly(
            "matchExpressions[0].operator \"Gt\" is not In, NotIn, Exists or DoesNotExist;"
                + " Calico adds no term for it");
  }

  @Test
  void aFieldOfTheWrongShapeIsNamed() throws Exception {
    assertThat(pathOf("{`matchLabels`:[]}")).isEqualTo("matchLabels");
    assertThat(pathOf("{`matchLabels`:{`a`:1}}")).isEqualTo("matchLabels[a]");
    assertThat(pathOf("{`matchExpressions`:{`a`:1}}")).isEqualTo("matchExpressions");
    assertThat(pathOf("{`matchExpressions`:[{`operator`:`In`}]}"))
        .isEqualTo("matchExpressions[0].key");
    assertThat(pathOf("{`matchExpressions`:[{`key`:`a`,`operator`:`In`,`values`:[1]}]}"))
        .isEqualTo("matchExpressions[0].values[0]");
    assertThat(pathOf("[]")).isEmpty();
  }

  private static String pathOf(String text) throws Exception {
    JsonNode tree = json(text);
    PolicyInputException e =
        catchThrowableOfType(
            PolicyInputException.class, () -> PolicySelectors.kubernetesPodSelector(tree));
    assertThat(e).as(text).isNotNull();
    return e.path();
  }
}
