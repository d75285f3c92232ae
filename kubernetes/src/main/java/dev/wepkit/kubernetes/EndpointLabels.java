// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.internal.StringPairs;
import dev.wepkit.names.CalicoLabels;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Pod's labels plus Calico's, in the order and with the values {@link CalicoLabels#apply} gives
 * them, written into a {@link StringPairs}: the map handed to {@code ObjectMeta.withLabels}, which
 * copies it into its own map at once. A {@code LinkedHashMap} in between would hash every label and
 * allocate an entry for it only to be thrown away.
 *
 * <pre>{@code
 * StringPairs labels = EndpointLabels.fill(new StringPairs(), pod.labels(), "prod", "k8s", "sa");
 * ObjectMeta meta = built.withLabels(labels);
 * }</pre>
 */
final class EndpointLabels {
  private EndpointLabels() {}

  /**
   * How many labels an endpoint of a Pod with {@code labels} has at most: the Pod's, plus Calico's
   * namespace, orchestrator and service account labels.
   */
  static int count(Map<String, String> labels) {
    return labels.size() + 3;
  }

  /**
   * Writes the endpoint's labels into {@code into}, which must be empty.
   *
   * @return {@code into}
   */
  static StringPairs fill(
      StringPairs into,
      Map<String, String> labels,
      String namespace,
      String orchestrator,
      String serviceAccountName) {
    // forEach, not an entry iterator: an unmodifiable view wraps every entry it iterates. The
    // Pod's keys are unique, so they are appended without a lookup.
    labels.forEach(
        (key, value) ->
            into.put(
                -1, Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
    // CalicoLabels decides which of its labels apply (the service account's length rule, say).
    // Looking for a Pod label to replace is only needed when the Pod has one of those keys.
    boolean overlap =
        labels.containsKey(CalicoLabels.NAMESPACE)
            || labels.containsKey(CalicoLabels.ORCHESTRATOR)
            || labels.containsKey(CalicoLabels.SERVICE_ACCOUNT);
    CalicoLabels.putAll(
        new CalicoPuts(into, overlap), null, namespace, orchestrator, serviceAccountName);
    return into;
  }

  /**
   * Receives Calico's labels from {@link CalicoLabels#putAll}: each replaces the value of a Pod
   * label of the same key where that label stands, as a {@code LinkedHashMap} would, or else goes
   * at the end.
   */
  private static final class CalicoPuts extends AbstractMap<String, String> {
    private final StringPairs pairs;
    private final boolean overlap;

    CalicoPuts(StringPairs pairs, boolean overlap) {
      this.pairs = pairs;
      this.overlap = overlap;
    }

    @Override
    public String put(String key, String value) {
      int at = overlap ? pairs.indexOf(key) : -1;
      pairs.put(at, key, value);
      return null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return pairs.entrySet();
    }
  }
}
