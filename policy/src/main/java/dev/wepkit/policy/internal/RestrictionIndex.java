// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

import dev.wepkit.policy.LabelRestriction;
import dev.wepkit.policy.Selector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Selectors bucketed by one label each requires, so that the selectors worth evaluating for a set
 * of labels are found without looking at the others. A selector that requires a label to have one
 * of some values is filed under each (key, value); one that only requires a label to be present,
 * under the key; one that requires nothing is a candidate for every label set; one that can never
 * match is filed nowhere. Of several required labels the one whose buckets are least shared is
 * chosen. The candidates are a superset of the matches: the caller still evaluates them.
 */
public final class RestrictionIndex {
  private static final int[] NONE = new int[0];

  private final Map<String, int[]> byKey;
  private final Map<String, Map<String, int[]>> byValue;
  private final int[] always;

  /**
   * Builds the index.
   *
   * @param selectors the selectors, by id (their position); null entries are never candidates
   */
  public RestrictionIndex(List<Selector> selectors) {
    // First pass: how many selectors could share each bucket.
    Map<String, Map<String, Integer>> valueCounts = new HashMap<>();
    Map<String, Integer> keyCounts = new HashMap<>();
    for (Selector s : selectors) {
      if (s == null) {
        continue;
      }
      s.labelRestrictions()
          .forEach(
              (key, r) -> {
                Optional<Set<String>> values = r.mustHaveOneOfValues();
                if (values.isPresent()) {
                  Map<String, Integer> counts =
                      valueCounts.computeIfAbsent(key, k -> new HashMap<>());
                  values.get().forEach(v -> counts.merge(v, 1, Integer::sum));
                } else if (r.mustBePresent()) {
                  keyCounts.merge(key, 1, Integer::sum);
                }
              });
    }
    Map<String, List<Integer>> keyLists = new HashMap<>();
    Map<String, Map<String, List<Integer>>> valueLists = new HashMap<>();
    List<Integer> alwaysList = new ArrayList<>();
    for (int id = 0; id < selectors.size(); id++) {
      Selector s = selectors.get(id);
      if (s == null) {
        continue;
      }
      String bestKey = null;
      boolean bestIsValue = false;
      long bestCost = Long.MAX_VALUE;
      boolean never = false;
      for (Map.Entry<String, LabelRestriction> e : s.labelRestrictions().entrySet()) {
        LabelRestriction r = e.getValue();
        Optional<Set<String>> values = r.mustHaveOneOfValues();
        if ((r.mustBePresent() && r.mustBeAbsent()) || values.map(Set::isEmpty).orElse(false)) {
          never = true;
          break;
        }
        if (values.isPresent()) {
          long cost = 0;
          Map<String, Integer> counts = valueCounts.get(e.getKey());
          for (String v : values.get()) {
            cost += counts.get(v);
          }
          // A value bucket is hit only by label sets with that value: prefer it to any key bucket.
          if (!bestIsValue || cost < bestCost) {
            bestKey = e.getKey();
            bestIsValue = true;
            bestCost = cost;
          }
        } else if (r.mustBePresent() && !bestIsValue) {
          long cost = keyCounts.get(e.getKey());
          if (cost < bestCost) {
            bestKey = e.getKey();
            bestCost = cost;
          }
        }
      }
      if (never) {
        continue;
      }
      if (bestKey == null) {
        alwaysList.add(id);
      } else if (bestIsValue) {
        Map<String, List<Integer>> byV = valueLists.computeIfAbsent(bestKey, k -> new HashMap<>());
        for (String v : s.labelRestrictions().get(bestKey).mustHaveOneOfValues().get()) {
          byV.computeIfAbsent(v, k -> new ArrayList<>()).add(id);
        }
      } else {
        keyLists.computeIfAbsent(bestKey, k -> new ArrayList<>()).add(id);
      }
    }
    this.byKey = new HashMap<>();
    keyLists.forEach((k, ids) -> byKey.put(k, toArray(ids)));
    this.byValue = new HashMap<>();
    valueLists.forEach(
        (k, m) -> {
          Map<String, int[]> out = new HashMap<>();
          m.forEach((v, ids) -> out.put(v, toArray(ids)));
          byValue.put(k, out);
        });
    this.always = toArray(alwaysList);
  }

  private static int[] toArray(List<Integer> ids) {
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The ids of the selectors that may match a label set, ascending.
   *
   * @param labels every label of the set
   * @return the ids
   */
  public int[] candidates(Map<String, String> labels) {
    int[] out = Arrays.copyOf(always, always.length + 16);
    int n = always.length;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      int[] k = byKey.getOrDefault(e.getKey(), NONE);
      Map<String, int[]> values = byValue.get(e.getKey());
      int[] v = values == null ? NONE : values.getOrDefault(e.getValue(), NONE);
      if (k.length + v.length == 0) {
        continue;
      }
      if (n + k.length + v.length > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, n + k.length + v.length));
      }
      System.arraycopy(k, 0, out, n, k.length);
      n += k.length;
      System.arraycopy(v, 0, out, n, v.length);
      n += v.length;
    }
    int[] result = Arrays.copyOf(out, n);
    Arrays.sort(result);
    return result;
  }
}
