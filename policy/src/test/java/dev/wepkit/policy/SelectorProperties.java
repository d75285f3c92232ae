// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.testing.Gen;
import dev.wepkit.testing.Property;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of the selector engine (print the seed, replay with {@code -Dwepkit.seed=N}):
 * the canonical form parses back to an equal selector and is idempotent, except in the one corner
 * the canonical form itself creates ({@code !(!x)} prints {@code !!x}, which parses as {@code x}),
 * and evaluation agrees with an evaluator written in the test from the language's rules.
 */
class SelectorProperties {
  private static final class Pair {
    final SelectorCases.Case selector;
    final List<Map<String, String>> labels;

    Pair(SelectorCases.Case selector, List<Map<String, String>> labels) {
      this.selector = selector;
      this.labels = labels;
    }

    @Override
    public String toString() {
      return selector + " on " + labels;
    }
  }

  private static final Gen<Pair> PAIRS =
      ctx ->
          new Pair(
              SelectorCases.selectors().generate(ctx),
              SelectorCases.labels().list(1, 8).generate(ctx));

  @Test
  void generatedSelectorsAreValid() {
    Property.forAllAssert(
        "generated selectors parse",
        SelectorCases.selectors(),
        c -> assertThat(Selector.isValid(c.text)).as(c.text).isTrue());
  }

  @Test
  void theCanonicalFormParsesBackToAnEqualSelector() {
    Property.forAllAssert(
        "parse(s.toString()) equals s",
        SelectorCases.selectors(),
        c -> {
          Selector s = Selector.parse(c.text);
          Selector again = Selector.parse(s.toString());
          if (c.expr.hasDoubleNegation()) {
            // The named exception: "!(!x)" prints "!!x", and the parser collapses "!!".
            assertThat(s.toString()).contains("!!");
          } else {
            assertThat(again).isEqualTo(s);
            assertThat(again.toString()).isEqualTo(s.toString());
            assertThat(again.uniqueId()).isEqualTo(s.uniqueId());
            assertThat(again.labelRestrictions()).isEqualTo(s.labelRestrictions());
          }
        });
  }

  @Test
  void theCanonicalFormIsIdempotentAfterOneMoreRound() {
    // Even in the double-negation corner the second round is a fixed point.
    Property.forAllAssert(
        "canonical form is a fixed point after two rounds",
        SelectorCases.selectors(),
        c -> {
          String once = Selector.normalise(Selector.normalise(c.text));
          assertThat(Selector.normalise(once)).isEqualTo(once);
        });
  }

  @Test
  void evaluationAgreesWithAnIndependentEvaluator() {
    Property.forAllAssert(
        "matches agrees with the test's evaluator",
        PAIRS,
        p -> {
          Selector s = Selector.parse(p.selector.text);
          Selector canonical = Selector.parse(s.toString());
          for (Map<String, String> labels : p.labels) {
            boolean expected = p.selector.expr.eval(labels);
            assertThat(s.matches(labels)).as("%s on %s", p.selector, labels).isEqualTo(expected);
            // Canonicalisation never changes meaning, double negation included.
            assertThat(canonical.matches(labels)).as("canonical on %s", labels).isEqualTo(expected);
          }
        });
  }

  @Test
  void labelRestrictionsAreNeverContradictedByAMatch() {
    // A restriction is a lower bound: whatever matches satisfies it.
    Property.forAllAssert(
        "a match satisfies every label restriction",
        PAIRS,
        p -> {
          Selector s = Selector.parse(p.selector.text);
          for (Map<String, String> labels : p.labels) {
            if (!s.matches(labels)) {
              continue;
            }
            s.labelRestrictions()
                .forEach(
                    (key, r) -> {
                      String v = labels.get(key);
                      if (r.mustBePresent()) {
                        assertThat(v).as("%s present", key).isNotNull();
                      }
                      if (r.mustBeAbsent()) {
                        assertThat(v).as("%s absent", key).isNull();
                      }
                      r.mustHaveOneOfValues()
                          .ifPresent(values -> assertThat(values).as(key).contains(v));
                    });
          }
        });
  }

  @Test
  void prefixingKeepsMeaningUnderRenamedLabels() {
    Property.forAllAssert(
        "withLabelPrefix matches the prefixed labels",
        PAIRS,
        p -> {
          Selector s = Selector.parse(p.selector.text);
          Selector prefixed = s.withLabelPrefix("pcns.");
          if (!p.selector.expr.hasDoubleNegation()) {
            assertThat(Selector.parse(prefixed.toString())).isEqualTo(prefixed);
          }
          for (Map<String, String> labels : p.labels) {
            Labels shifted = key -> key.startsWith("pcns.") ? labels.get(key.substring(5)) : null;
            assertThat(prefixed.matches(shifted)).isEqualTo(s.matches(labels));
          }
        });
  }

  @Test
  void arbitraryTextIsAcceptedOrRefusedWithAReasonNeverAnotherException() {
    Gen<String> noise =
        ctx -> {
          String alphabet = "ab (){},'\"=!&|\t\n.-/_éhasinotcontainsstartswithendallglobal()";
          StringBuilder out = new StringBuilder();
          int n = ctx.sized(0, 30);
          for (int i = 0; i < n; i++) {
            out.append(alphabet.charAt(ctx.nextInt(alphabet.length())));
          }
          return out.toString();
        };
    Property.forAllAssert(
        "parse either succeeds or throws SelectorParseException",
        noise,
        text -> {
          boolean valid = Selector.isValid(text);
          try {
            Selector s = Selector.parse(text);
            assertThat(valid).isTrue();
            assertThat(Selector.isValid(s.toString())).isTrue();
          } catch (SelectorParseException e) {
            assertThat(valid).isFalse();
            assertThat(e.position()).isBetween(0, text.length());
            assertThat(e.reason()).isNotBlank();
          }
        });
  }
}
