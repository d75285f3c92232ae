// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.policy.internal.GoText;
import dev.wepkit.policy.internal.RestrictionIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which policies apply to which endpoints, as Felix computes it: policies, tiers and profiles (and,
 * for the endpoint-side questions, the endpoints), with the policies in Felix's order.
 *
 * <p>Felix's order: tiers that exist come before tiers a policy names but nobody created; then by
 * order, a tier without one last; then by name. Within a tier: by order, a policy without one last;
 * then by {@code name/namespace/kind} as text. Names compare as UTF-8 bytes, as in Go. The built-in
 * tiers ({@link Tier#BUILT_IN}) exist unless given with other orders. Staged policies are matched
 * and ordered with the others, as Felix does (it never enforces them); a staged policy whose {@code
 * stagedAction} is {@code Delete} is never sent to Felix and selects nothing.
 *
 * <p>{@link #policiesFor(WorkloadEndpoint)} looks only at the policies that can match: each
 * policy's selector is filed under a label it requires ({@link Selector#labelRestrictions()}), and
 * only the policies filed under the endpoint's labels are evaluated. The answers are those of
 * {@link #policiesForEvaluatingAll(WorkloadEndpoint)}, which evaluates every policy.
 *
 * <pre>{@code
 * PolicyIndex index = PolicyIndex.builder()
 *     .addResources(tree)                 // policies, tiers, Namespaces, ServiceAccounts, Profiles
 *     .addEndpoints(endpoints)
 *     .build();
 * for (AppliedPolicy a : index.policiesFor(endpoint)) {
 *   System.out.println(a.tier() + " " + a.policy().key() + " " + a.order() + " " + a.types());
 * }
 * index.endpointsFor(policy);                                // endpoints it selects, input order
 * index.peersOf(policy.ingress().get(0).source());           // endpoints a rule side selects
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyIndex {
  private final List<Tier> tiers;
  private final List<Policy> policies;
  private final List<Tier> tierOf;
  private final Map<String, Profile> profiles;
  private final List<WorkloadEndpoint> endpoints;
  private final List<EffectiveLabels> endpointLabels;
  private final RestrictionIndex index;

  private PolicyIndex(Builder b) {
    Map<String, Tier> known = new LinkedHashMap<>();
    for (Tier t : Tier.BUILT_IN) {
      known.put(t.name(), t);
    }
    b.tiers.forEach(t -> known.put(t.name(), t));
    List<Tier> sortedTiers = new ArrayList<>(known.values());
    sortedTiers.sort(TIER_ORDER);
    this.tiers = List.copyOf(sortedTiers);

    Map<String, Integer> tierRank = new HashMap<>();
    for (int i = 0; i < sortedTiers.size(); i++) {
      tierRank.put(sortedTiers.get(i).name(), i);
    }
    // Tiers named by policies but not known sort after every known tier, by name (no order).
    List<Policy> sorted = new ArrayList<>(b.policies.values());
    Map<String, Tier> unknown = new HashMap<>();
    for (Policy p : sorted) {
      if (!known.containsKey(p.tier())) {
        unknown.computeIfAbsent(p.tier(), n -> Tier.of(n, null));
      }
    }
    List<String> unknownNames = new ArrayList<>(unknown.keySet());
    unknownNames.sort(GoText.UTF8_ORDER);
    for (String n : unknownNames) {
      tierRank.put(n, tierRank.size());
    }
    sorted.sort(
        Comparator.<Policy>comparingInt(p -> tierRank.get(p.tier())).thenComparing(POLICY_ORDER));
    this.policies = List.copyOf(sorted);
    List<Tier> tierOfPolicy = new ArrayList<>();
    for (Policy p : sorted) {
      tierOfPolicy.add(known.containsKey(p.tier()) ? known.get(p.tier()) : unknown.get(p.tier()));
    }
    this.tierOf = List.copyOf(tierOfPolicy);

    this.profiles = Map.copyOf(b.profiles);
    this.endpoints = List.copyOf(b.endpoints);
    List<EffectiveLabels> labels = new ArrayList<>();
    for (WorkloadEndpoint e : endpoints) {
      labels.add(EffectiveLabels.of(e, profiles));
    }
    this.endpointLabels = List.copyOf(labels);

    List<Selector> selectors = new ArrayList<>();
    for (Policy p : sorted) {
      // A policy that is never sent to Felix is filed nowhere.
      selectors.add(
          "Delete".equals(p.stagedAction()) ? null : Selector.parse(p.selector().selector()));
    }
    this.index = new RestrictionIndex(selectors);
  }

  /** Felix's tier order: by order (none last), then by name as bytes. */
  private static final Comparator<Tier> TIER_ORDER =
      (a, b) -> {
        if (a.order() == null || b.order() == null) {
          if (a.order() != b.order()) {
            return a.order() == null ? 1 : -1;
          }
        } else if (!a.order().equals(b.order())) {
          return Double.compare(a.order(), b.order());
        }
        return GoText.compareUtf8(a.name(), b.name());
      };

  /** Felix's policy order within a tier: by order (none last), then name/namespace/kind. */
  private static final Comparator<Policy> POLICY_ORDER =
      (a, b) -> {
        double oa = a.order() == null ? Double.POSITIVE_INFINITY : a.order();
        double ob = b.order() == null ? Double.POSITIVE_INFINITY : b.order();
        if (oa != ob) {
          return Double.compare(oa, ob);
        }
        return GoText.compareUtf8(sortKey(a), sortKey(b));
      };

  private static String sortKey(Policy p) {
    return p.name()
        + "/"
        + (p.namespace() == null ? "" : p.namespace())
        + "/"
        + p.kind().calicoKind();
  }

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The tiers known (given, and the built-in ones), in Felix's order.
   *
   * @return the tiers (unmodifiable)
   */
  public List<Tier> tiers() {
    return tiers;
  }

  /**
   * Every policy, in Felix's order.
   *
   * @return the policies (unmodifiable)
   */
  public List<Policy> policies() {
    return policies;
  }

  /**
   * The endpoints given, in order.
   *
   * @return the endpoints (unmodifiable)
   */
  public List<WorkloadEndpoint> endpoints() {
    return endpoints;
  }

  /**
   * An endpoint's effective labels, with this index's profiles.
   *
   * @param endpoint the endpoint
   * @return the labels
   */
  public EffectiveLabels labelsOf(WorkloadEndpoint endpoint) {
    return EffectiveLabels.of(endpoint, profiles);
  }

  /**
   * The policies that apply to an endpoint (one of this index's or any other), in Felix's order.
   *
   * @param endpoint the endpoint
   * @return the policies with their tiers (unmodifiable)
   */
  public List<AppliedPolicy> policiesFor(WorkloadEndpoint endpoint) {
    return policiesFor(labelsOf(endpoint));
  }

  /**
   * The policies that apply to an endpoint with these labels, in Felix's order.
   *
   * @param labels the endpoint's effective labels
   * @return the policies with their tiers (unmodifiable)
   */
  public List<AppliedPolicy> policiesFor(EffectiveLabels labels) {
    Objects.requireNonNull(labels, "labels");
    List<AppliedPolicy> out = new ArrayList<>();
    for (int id : index.candidates(labels.asMap())) {
      Policy p = policies.get(id);
      if (p.selects(labels)) {
        out.add(new AppliedPolicy(tierOf.get(id), p));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The same answer as {@link #policiesFor(WorkloadEndpoint)}, found by evaluating every policy:
   * for checking the index, and to measure what it saves.
   *
   * @param endpoint the endpoint
   * @return the policies with their tiers (unmodifiable)
   */
  public List<AppliedPolicy> policiesForEvaluatingAll(WorkloadEndpoint endpoint) {
    EffectiveLabels labels = labelsOf(endpoint);
    List<AppliedPolicy> out = new ArrayList<>();
    for (int id = 0; id < policies.size(); id++) {
      Policy p = policies.get(id);
      if (p.selects(labels)) {
        out.add(new AppliedPolicy(tierOf.get(id), p));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The endpoints of this index a policy selects, in input order.
   *
   * @param policy the policy (of this index or not)
   * @return the endpoints (unmodifiable)
   */
  public List<WorkloadEndpoint> endpointsFor(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    List<WorkloadEndpoint> out = new ArrayList<>();
    for (int i = 0; i < endpoints.size(); i++) {
      if (policy.selects(endpointLabels.get(i))) {
        out.add(endpoints.get(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The endpoints of this index a rule's source or destination selects, in input order: its
   * translated selector matches and its {@code notSelector} does not. A side with no selector
   * matches every endpoint (and peers that are not endpoints); addresses are not considered.
   *
   * @param side the rule side
   * @return the endpoints (unmodifiable)
   */
  public List<WorkloadEndpoint> peersOf(EntityRule side) {
    Objects.requireNonNull(side, "side");
    List<WorkloadEndpoint> out = new ArrayList<>();
    for (int i = 0; i < endpoints.size(); i++) {
      if (side.selects(endpointLabels.get(i))) {
        out.add(endpoints.get(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The policies a reference names: {@code [namespace/]name}, where the name may also be given as
   * {@code tier.name} (the form older Calico releases required outside the default tier) or, for a
   * Kubernetes policy, {@code knp.default.name} (the name older Calico releases gave it).
   *
   * @param reference the reference
   * @return the policies it names, in Felix's order; several when kinds share a name
   */
  public List<Policy> find(String reference) {
    Objects.requireNonNull(reference, "reference");
    int slash = reference.indexOf('/');
    String ns = slash < 0 ? null : reference.substring(0, slash);
    String name = slash < 0 ? reference : reference.substring(slash + 1);
    List<Policy> out = new ArrayList<>();
    for (Policy p : policies) {
      if (ns != null && !ns.equals(p.namespace())) {
        continue;
      }
      boolean kubernetes =
          p.kind() == PolicyKind.KUBERNETES_NETWORK_POLICY
              || p.kind() == PolicyKind.STAGED_KUBERNETES_NETWORK_POLICY;
      if (name.equals(p.name())
          || name.equals(p.tier() + "." + p.name())
          || kubernetes && name.equals("knp.default." + p.name())) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Collects policies, tiers, profiles and endpoints. A policy with the same kind, namespace and
   * name as an earlier one replaces it, as an update would; so does a tier or profile of the same
   * name.
   *
   * <pre>{@code
   * PolicyIndex.builder().addPolicies(Policy.fromResources(tree)).addTier(Tier.of("security", 100.0))
   *     .addProfile(Profile.forNamespace("prod", Map.of())).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, Policy> policies = new LinkedHashMap<>();
    private final List<Tier> tiers = new ArrayList<>();
    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final List<WorkloadEndpoint> endpoints = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder addPolicy(Policy policy) {
      Objects.requireNonNull(policy, "policy");
      policies.put(policy.kind().calicoKind() + "/" + policy.key(), policy);
      return this;
    }

    /**
     * Adds policies.
     *
     * @param all the policies
     * @return this builder
     */
    public Builder addPolicies(Collection<Policy> all) {
      all.forEach(this::addPolicy);
      return this;
    }

    /**
     * Adds a tier.
     *
     * @param tier the tier
     * @return this builder
     */
    public Builder addTier(Tier tier) {
      tiers.add(Objects.requireNonNull(tier, "tier"));
      return this;
    }

    /**
     * Adds a profile (a Calico Profile, or one made from a Namespace or ServiceAccount).
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder addProfile(Profile profile) {
      Objects.requireNonNull(profile, "profile");
      profiles.put(profile.name(), profile);
      return this;
    }

    /**
     * Adds profiles.
     *
     * @param all the profiles
     * @return this builder
     */
    public Builder addProfiles(Collection<Profile> all) {
      all.forEach(this::addProfile);
      return this;
    }

    /**
     * Adds an endpoint, for {@link #endpointsFor(Policy)} and {@link #peersOf(EntityRule)}.
     *
     * @param endpoint the endpoint
     * @return this builder
     */
    public Builder addEndpoint(WorkloadEndpoint endpoint) {
      endpoints.add(Objects.requireNonNull(endpoint, "endpoint"));
      return this;
    }

    /**
     * Adds endpoints, in order.
     *
     * @param all the endpoints
     * @return this builder
     */
    public Builder addEndpoints(Collection<WorkloadEndpoint> all) {
      all.forEach(this::addEndpoint);
      return this;
    }

    /**
     * Adds every resource of a tree by its kind: the policy kinds, {@code Tier}, and {@code
     * Namespace}, {@code ServiceAccount} and {@code Profile} (as profiles). The tree may be one
     * resource, an array or a list ({@code kind: List}, {@code *List}).
     *
     * @param tree the tree
     * @return this builder
     * @throws PolicyInputException naming the path of the first problem, including a resource of
     *     another kind; nothing of the tree is added then
     */
    public Builder addResources(JsonNode tree) {
      List<Object> read =
          PolicyReader.each(
              tree,
              r -> {
                String kind = r.path("kind").asText("");
                if (kind.equals("Tier")) {
                  return Tier.fromResource(r);
                }
                if (kind.equals("Namespace")
                    || kind.equals("ServiceAccount")
                    || kind.equals("Profile")) {
                  return Profile.fromResource(r);
                }
                if (PolicyReader.isPolicyKind(kind) || !r.isObject()) {
                  return Policy.fromResource(r);
                }
                throw new PolicyInputException(
                    "kind",
                    "expected a policy, a Tier, a Namespace, a ServiceAccount or a Profile, found "
                        + PolicyReader.Fields.describe(r.path("kind")));
              });
      for (Object o : read) {
        if (o instanceof Tier) {
          addTier((Tier) o);
        } else if (o instanceof Profile) {
          addProfile((Profile) o);
        } else {
          addPolicy((Policy) o);
        }
      }
      return this;
    }

    /**
     * Builds the index.
     *
     * @return the index
     */
    public PolicyIndex build() {
      return new PolicyIndex(this);
    }
  }
}
