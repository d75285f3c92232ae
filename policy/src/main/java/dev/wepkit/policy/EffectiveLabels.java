// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.names.CalicoLabels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The labels Felix matches a WorkloadEndpoint against: its own labels first, then each of its
 * profiles' labels in the order of {@code spec.profiles}; the first that has a key wins, so the
 * endpoint's own labels beat its profiles' and an earlier profile beats a later one. A profile that
 * is not known contributes nothing.
 *
 * <p>The endpoint's own labels are as Calico stores and forwards them: {@code metadata.labels}
 * without any {@code pcns.*} or {@code pcsa.*} key (an endpoint cannot pose as being in another
 * namespace or service account), with {@code projectcalico.org/namespace} set to the endpoint's
 * namespace and {@code projectcalico.org/orchestrator} to its orchestrator (Calico's client
 * overwrites both on every stored endpoint), and {@code projectcalico.org/serviceaccount} set to
 * {@code spec.serviceAccountName} when that is not empty, whatever its length.
 *
 * <pre>{@code
 * EffectiveLabels labels = EffectiveLabels.of(endpoint, List.of(
 *     Profile.forNamespace("prod", Map.of("team", "a")),
 *     Profile.forServiceAccount("prod", "api", Map.of())));
 * labels.get("pcns.team");                       // a
 * Selector.parse("pcns.team == 'a'").matches(labels);   // true
 * labels.asMap();                                // every label, as Felix sees them
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EffectiveLabels implements Labels {
  private final Map<String, String> own;
  private final List<Profile> profiles;
  private final List<String> missingProfiles;

  private EffectiveLabels(
      Map<String, String> own, List<Profile> profiles, List<String> missingProfiles) {
    this.own = own;
    this.profiles = profiles;
    this.missingProfiles = missingProfiles;
  }

  /**
   * The effective labels of an endpoint, given the profiles that exist (only those the endpoint
   * lists are used).
   *
   * @param endpoint the endpoint
   * @param knownProfiles the profiles known, by name; when two have the same name the later wins
   * @return the effective labels
   */
  public static EffectiveLabels of(WorkloadEndpoint endpoint, Collection<Profile> knownProfiles) {
    Objects.requireNonNull(knownProfiles, "knownProfiles");
    Map<String, Profile> byName = new HashMap<>();
    for (Profile p : knownProfiles) {
      byName.put(Objects.requireNonNull(p, "profile").name(), p);
    }
    return of(endpoint, byName);
  }

  /**
   * The effective labels of an endpoint, given the profiles that exist.
   *
   * @param endpoint the endpoint
   * @param profilesByName the profiles known, by name
   * @return the effective labels
   */
  public static EffectiveLabels of(WorkloadEndpoint endpoint, Map<String, Profile> profilesByName) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(profilesByName, "profilesByName");
    Map<String, String> own = new LinkedHashMap<>();
    endpoint
        .metadata()
        .labels()
        .forEach(
            (k, v) -> {
              if (!k.startsWith(PolicySelectors.NAMESPACE_LABEL_PREFIX)
                  && !k.startsWith(PolicySelectors.SERVICE_ACCOUNT_LABEL_PREFIX)) {
                own.put(k, v);
              }
            });
    own.put(CalicoLabels.NAMESPACE, endpoint.metadata().namespace());
    own.put(CalicoLabels.ORCHESTRATOR, endpoint.spec().orchestrator());
    String serviceAccount = endpoint.spec().serviceAccountName();
    if (!serviceAccount.isEmpty()) {
      own.put(CalicoLabels.SERVICE_ACCOUNT, serviceAccount);
    }
    List<Profile> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : endpoint.spec().profiles()) {
      Profile p = profilesByName.get(name);
      if (p == null) {
        missing.add(name);
      } else {
        found.add(p);
      }
    }
    return new EffectiveLabels(
        Collections.unmodifiableMap(own),
        Collections.unmodifiableList(found),
        Collections.unmodifiableList(missing));
  }

  /**
   * The value Felix sees for a key: the endpoint's own, else the first of its profiles that has it.
   *
   * @param key the label key
   * @return the value, or null when no layer has the key
   */
  @Override
  public String get(String key) {
    String v = own.get(key);
    if (v != null) {
      return v;
    }
    for (Profile p : profiles) {
      v = p.labelsToApply().get(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * Every effective label in one map: the endpoint's own first, then each profile's keys not seen
   * before, in profile order.
   *
   * @return a new unmodifiable map
   */
  public Map<String, String> asMap() {
    Map<String, String> out = new LinkedHashMap<>(own);
    for (Profile p : profiles) {
      p.labelsToApply().forEach(out::putIfAbsent);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The endpoint's own labels as Calico forwards them (without {@code pcns.}/{@code pcsa.} keys,
   * with the three {@code projectcalico.org/*} labels).
   *
   * @return the labels (unmodifiable)
   */
  public Map<String, String> ownLabels() {
    return own;
  }

  /**
   * The endpoint's profiles that are known, in its order.
   *
   * @return the profiles (unmodifiable)
   */
  public List<Profile> profiles() {
    return profiles;
  }

  /**
   * The endpoint's profiles that are not known, which contribute no labels (an audit tool should
   * say so).
   *
   * @return the names, in the endpoint's order (unmodifiable)
   */
  public List<String> missingProfiles() {
    return missingProfiles;
  }

  @Override
  public String toString() {
    return "EffectiveLabels" + asMap();
  }
}
