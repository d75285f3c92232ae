// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A policy that selects endpoints, read from its manifest: Calico {@code NetworkPolicy}, {@code
 * GlobalNetworkPolicy}, {@code StagedNetworkPolicy}, {@code StagedGlobalNetworkPolicy}, {@code
 * StagedKubernetesNetworkPolicy} ({@code projectcalico.org/v3}) or Kubernetes {@code NetworkPolicy}
 * ({@code networking.k8s.io/v1}), with Calico's defaults applied and its selectors translated into
 * the one selector Felix evaluates.
 *
 * <p>Defaults, as Calico applies them: the tier is {@code spec.tier}, or {@code default}; a Calico
 * policy without {@code types} gets {@code [Ingress]} when it has no egress rules, {@code [Egress]}
 * when it has egress rules only, and both when it has both. A Kubernetes policy is converted as
 * Calico converts it: tier {@code default}, order 1000, its pod selector turned into a Calico
 * selector, and its types those of {@code policyTypes} (which Kubernetes defaults to {@code
 * [Ingress]}, plus {@code Egress} when there are egress rules; a staged Kubernetes policy is not
 * defaulted by Kubernetes, and Calico falls back to {@code [Ingress]}). A namespaced policy without
 * {@code metadata.namespace} is in {@code default}, where {@code kubectl} and {@code calicoctl} put
 * it.
 *
 * <pre>{@code
 * Policy p = Policy.fromResource(new ObjectMapper().readTree(
 *     "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"NetworkPolicy\","
 *         + "\"metadata\":{\"name\":\"web\",\"namespace\":\"prod\"},"
 *         + "\"spec\":{\"selector\":\"app == 'web'\",\"ingress\":[{\"action\":\"Allow\"}]}}"));
 * p.tier();                  // default
 * p.types();                 // [Ingress]
 * p.selector().selector();   // (app == 'web') && projectcalico.org/namespace == 'prod'
 * p.selects(EffectiveLabels.of(endpoint, profiles));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Policy {
  private final PolicyKind kind;
  private final String namespace;
  private final String name;
  private final String tier;
  private final Double order;
  private final List<PolicyType> types;
  private final List<Rule> ingress;
  private final List<Rule> egress;
  private final String specSelector;
  private final TranslatedSelector selector;
  private final String stagedAction;
  private final List<String> warnings;

  Policy(
      PolicyKind kind,
      String namespace,
      String name,
      String tier,
      Double order,
      List<PolicyType> types,
      List<Rule> ingress,
      List<Rule> egress,
      String specSelector,
      TranslatedSelector selector,
      String stagedAction,
      List<String> warnings) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.namespace = namespace;
    this.name = Objects.requireNonNull(name, "name");
    this.tier = Objects.requireNonNull(tier, "tier");
    this.order = order;
    this.types = List.copyOf(types);
    this.ingress = List.copyOf(ingress);
    this.egress = List.copyOf(egress);
    this.specSelector = Objects.requireNonNull(specSelector, "specSelector");
    this.selector = Objects.requireNonNull(selector, "selector");
    this.stagedAction = Objects.requireNonNull(stagedAction, "stagedAction");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Reads one policy manifest (parse YAML or JSON into a tree first, with any Jackson mapper).
   *
   * @param resource the resource as a tree
   * @return the policy
   * @throws PolicyInputException naming the path of the first problem: a missing or wrong {@code
   *     apiVersion} or {@code kind}, a missing {@code metadata.name}, a field of the wrong shape, a
   *     selector Calico would refuse, a rule without an action
   */
  public static Policy fromResource(JsonNode resource) {
    return PolicyReader.policy(resource);
  }

  /**
   * Reads every policy of a tree: one manifest, an array of them, or a list ({@code kind: List} or
   * {@code *List}) with {@code items}.
   *
   * @param tree the tree
   * @return the policies, in order
   * @throws PolicyInputException naming the path of the first problem ({@code items[2].spec.order})
   */
  public static List<Policy> fromResources(JsonNode tree) {
    return PolicyReader.each(tree, PolicyReader::policy);
  }

  /**
   * The policy's kind.
   *
   * @return the kind
   */
  public PolicyKind kind() {
    return kind;
  }

  /**
   * The policy's namespace.
   *
   * @return the namespace, or null for a global policy
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The policy's name, {@code metadata.name} as written.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The policy's tier: {@code spec.tier}, or {@code default}.
   *
   * @return the tier's name
   */
  public String tier() {
    return tier;
  }

  /**
   * The policy's order ({@code spec.order}; 1000 for a Kubernetes policy).
   *
   * @return the order, or null for none (applied after every policy of its tier with an order)
   */
  public Double order() {
    return order;
  }

  /**
   * The traffic the policy governs, after Calico's defaulting.
   *
   * @return {@code [Ingress]}, {@code [Egress]} or both, in that order (unmodifiable)
   */
  public List<PolicyType> types() {
    return types;
  }

  /**
   * The ingress rules, in order (for a Kubernetes policy, one rule per peer of each rule, as Calico
   * converts them, ports aside).
   *
   * @return the rules (unmodifiable)
   */
  public List<Rule> ingress() {
    return ingress;
  }

  /**
   * The egress rules, in order.
   *
   * @return the rules (unmodifiable)
   */
  public List<Rule> egress() {
    return egress;
  }

  /**
   * The policy's own selector as written ({@code spec.selector}; for a Kubernetes policy, its pod
   * selector converted to Calico's language).
   *
   * @return the text, possibly empty
   */
  public String specSelector() {
    return specSelector;
  }

  /**
   * The one selector Felix evaluates for this policy, with namespace and service-account selectors
   * folded in ({@link PolicySelectors}).
   *
   * @return the translation
   */
  public TranslatedSelector selector() {
    return selector;
  }

  /**
   * A staged policy's {@code spec.stagedAction} ({@code Set}, {@code Delete}, {@code Learn}, {@code
   * Ignore}); empty when absent or not staged. Calico never sends a staged policy whose action is
   * {@code Delete} to Felix, so such a policy selects nothing.
   *
   * @return the action, possibly empty
   */
  public String stagedAction() {
    return stagedAction;
  }

  /**
   * Whether the policy is staged (matched and ordered like the others, never enforced).
   *
   * @return true for the staged kinds
   */
  public boolean isStaged() {
    return kind.isStaged();
  }

  /**
   * What Calico drops or changes without a word (an unparseable namespace or service-account
   * selector, egress rules a Kubernetes policy's types leave out), one sentence each with the path
   * of the field.
   *
   * @return the warnings, possibly empty (unmodifiable)
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * {@code namespace/name}, or {@code name} for a global policy.
   *
   * @return the reference
   */
  public String key() {
    return namespace == null ? name : namespace + "/" + name;
  }

  /**
   * Whether the policy selects an endpoint with these labels.
   *
   * @param labels the endpoint's labels, normally its {@link EffectiveLabels}
   * @return whether it is selected (never, for a staged policy whose action is {@code Delete})
   */
  public boolean selects(Labels labels) {
    return !"Delete".equals(stagedAction) && selector.matches(labels);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Policy)) {
      return false;
    }
    Policy p = (Policy) o;
    return kind == p.kind
        && Objects.equals(namespace, p.namespace)
        && name.equals(p.name)
        && tier.equals(p.tier)
        && Objects.equals(order, p.order)
        && types.equals(p.types)
        && ingress.equals(p.ingress)
        && egress.equals(p.egress)
        && specSelector.equals(p.specSelector)
        && selector.equals(p.selector)
        && stagedAction.equals(p.stagedAction)
        && warnings.equals(p.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, namespace, name, tier, order, selector);
  }

  @Override
  public String toString() {
    return kind.calicoKind()
        + " "
        + key()
        + " (tier "
        + tier
        + ", order "
        + (order == null ? "none" : order)
        + ", types "
        + types
        + ", selector "
        + selector.selector()
        + ")";
  }
}
