// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.List;
import java.util.Objects;

/**
 * The selector text Felix evaluates for a policy or a rule side, as Calico's syncer builds it, with
 * warnings for the parts Calico silently dropped (a namespace or service-account selector that does
 * not parse).
 *
 * <pre>{@code
 * TranslatedSelector t = PolicySelectors.networkPolicy("prod", "app == 'web'", "");
 * t.selector();   // (app == 'web') && projectcalico.org/namespace == 'prod'
 * t.warnings();   // []
 * t.matches(EffectiveLabels.of(endpoint, profiles));   // does the policy select the endpoint?
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TranslatedSelector {
  private final String selector;
  private final String notSelector;
  private final List<String> warnings;
  private volatile Selector positive;
  private volatile Selector negative;

  TranslatedSelector(String selector, String notSelector, List<String> warnings) {
    this.selector = Objects.requireNonNull(selector, "selector");
    this.notSelector = Objects.requireNonNull(notSelector, "notSelector");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The selector text, exactly as Calico builds it: user selectors are spliced in as written (not
   * checked, not canonicalised), prefixed ones in canonical form. Empty means no selector: for a
   * rule side, any peer (endpoint or not) matches.
   *
   * @return the text, possibly empty
   */
  public String selector() {
    return selector;
  }

  /**
   * A rule side's {@code notSelector}, passed through unchanged (never namespaced); empty for
   * policies and for rules without one.
   *
   * @return the text, possibly empty
   */
  public String notSelector() {
    return notSelector;
  }

  /**
   * What Calico dropped without a word, one sentence each.
   *
   * @return the warnings, possibly empty (unmodifiable)
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Whether an endpoint with these labels is selected: the selector matches (an empty one matches
   * everything) and the {@code notSelector}, if any, does not. This is how Felix applies a policy's
   * selector and a rule side's selectors to endpoints; a rule side with only a {@code notSelector}
   * also matches peers that are not endpoints, which labels cannot express.
   *
   * @param labels the endpoint's labels, normally its {@link EffectiveLabels}
   * @return whether it is selected
   * @throws SelectorParseException if a text does not parse (Calico splices user selectors in
   *     unchecked; its validation would have refused such a policy)
   */
  public boolean matches(Labels labels) {
    Objects.requireNonNull(labels, "labels");
    if (!selector.isEmpty()) {
      Selector p = positive;
      if (p == null) {
        p = Selector.parse(selector);
        positive = p;
      }
      if (!p.matches(labels)) {
        return false;
      }
    }
    if (!notSelector.isEmpty()) {
      Selector n = negative;
      if (n == null) {
        n = Selector.parse(notSelector);
        negative = n;
      }
      return !n.matches(labels);
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TranslatedSelector)) {
      return false;
    }
    TranslatedSelector other = (TranslatedSelector) o;
    return selector.equals(other.selector)
        && notSelector.equals(other.notSelector)
        && warnings.equals(other.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(selector, notSelector, warnings);
  }

  @Override
  public String toString() {
    return "TranslatedSelector{selector="
        + selector
        + ", notSelector="
        + notSelector
        + ", warnings="
        + warnings
        + "}";
  }
}
