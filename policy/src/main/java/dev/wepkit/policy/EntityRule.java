// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.List;
import java.util.Objects;

/**
 * One side of a policy rule (its {@code source} or {@code destination}), as far as it picks
 * endpoints: the selectors as written and the one selector Felix evaluates for them ({@link
 * PolicySelectors#entityRule}). Addresses ({@code nets}, {@code notNets}) are kept so a caller can
 * tell that a side also matches on addresses; they are not evaluated here. Ports, protocols and
 * services are not read.
 *
 * <pre>{@code
 * EntityRule source = policy.ingress().get(0).source();
 * source.selector();               // role == 'frontend'
 * source.translated().selector();  // (projectcalico.org/namespace == 'prod') && (role == 'frontend')
 * source.selects(EffectiveLabels.of(endpoint, profiles));   // is the endpoint a peer of this side?
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EntityRule {
  private final String selector;
  private final String notSelector;
  private final String namespaceSelector;
  private final List<String> serviceAccountNames;
  private final String serviceAccountSelector;
  private final List<String> nets;
  private final List<String> notNets;
  private final TranslatedSelector translated;

  EntityRule(
      String policyNamespace,
      String selector,
      String notSelector,
      String namespaceSelector,
      List<String> serviceAccountNames,
      String serviceAccountSelector,
      List<String> nets,
      List<String> notNets) {
    this.selector = Objects.requireNonNull(selector, "selector");
    this.notSelector = Objects.requireNonNull(notSelector, "notSelector");
    this.namespaceSelector = Objects.requireNonNull(namespaceSelector, "namespaceSelector");
    this.serviceAccountNames = List.copyOf(serviceAccountNames);
    this.serviceAccountSelector =
        Objects.requireNonNull(serviceAccountSelector, "serviceAccountSelector");
    this.nets = List.copyOf(nets);
    this.notNets = List.copyOf(notNets);
    this.translated =
        PolicySelectors.entityRule(
            policyNamespace,
            selector,
            notSelector,
            namespaceSelector,
            serviceAccountNames,
            serviceAccountSelector);
  }

  /**
   * {@code selector} as written.
   *
   * @return the text, empty when absent
   */
  public String selector() {
    return selector;
  }

  /**
   * {@code notSelector} as written.
   *
   * @return the text, empty when absent
   */
  public String notSelector() {
    return notSelector;
  }

  /**
   * {@code namespaceSelector} as written ({@code all()} for a Kubernetes peer's empty {@code
   * namespaceSelector: {}}).
   *
   * @return the text, empty when absent
   */
  public String namespaceSelector() {
    return namespaceSelector;
  }

  /**
   * {@code serviceAccounts.names}.
   *
   * @return the names, possibly empty (unmodifiable)
   */
  public List<String> serviceAccountNames() {
    return serviceAccountNames;
  }

  /**
   * {@code serviceAccounts.selector} as written.
   *
   * @return the text, empty when absent
   */
  public String serviceAccountSelector() {
    return serviceAccountSelector;
  }

  /**
   * {@code nets} (CIDRs) as written; not evaluated by this library.
   *
   * @return the nets, possibly empty (unmodifiable)
   */
  public List<String> nets() {
    return nets;
  }

  /**
   * {@code notNets} as written; not evaluated by this library.
   *
   * @return the nets, possibly empty (unmodifiable)
   */
  public List<String> notNets() {
    return notNets;
  }

  /**
   * The selector and notSelector Felix evaluates for this side, with warnings for what Calico
   * dropped.
   *
   * @return the translation
   */
  public TranslatedSelector translated() {
    return translated;
  }

  /**
   * Whether this side has no selector at all, so that any peer matches on labels (an endpoint or
   * not, subject to addresses, ports and so on).
   *
   * @return true when neither translated text is set
   */
  public boolean matchesAnyPeer() {
    return translated.selector().isEmpty() && translated.notSelector().isEmpty();
  }

  /**
   * Whether an endpoint with these labels is a peer of this side: the translated selector matches
   * and the {@code notSelector} does not (addresses are not considered).
   *
   * @param labels the endpoint's labels, normally its {@link EffectiveLabels}
   * @return whether it is selected
   */
  public boolean selects(Labels labels) {
    return translated.matches(labels);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EntityRule)) {
      return false;
    }
    EntityRule r = (EntityRule) o;
    return selector.equals(r.selector)
        && notSelector.equals(r.notSelector)
        && namespaceSelector.equals(r.namespaceSelector)
        && serviceAccountNames.equals(r.serviceAccountNames)
        && serviceAccountSelector.equals(r.serviceAccountSelector)
        && nets.equals(r.nets)
        && notNets.equals(r.notNets)
        && translated.equals(r.translated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(selector, notSelector, namespaceSelector, translated);
  }

  @Override
  public String toString() {
    return "EntityRule{" + translated.selector() + ", not=" + translated.notSelector() + "}";
  }
}
