// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.Map;
import java.util.Objects;

/**
 * The labels a selector is evaluated against, as a lookup: the value of a key, or null when the key
 * is absent. Presence is what matters to {@code has(k)}, {@code !=} and {@code not in}: a key
 * present with the value {@code ""} is present.
 *
 * <p>A lookup lets a caller evaluate against labels that are never merged into one map, as Felix
 * does with an endpoint's own labels layered over its profiles' ({@link EffectiveLabels}).
 *
 * <pre>{@code
 * Labels labels = Labels.of(Map.of("app", "web"));
 * Selector.parse("app == 'web'").matches(labels);   // true
 * Labels computed = key -> key.equals("tier") ? "frontend" : null;
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Labels {
  /**
   * The value of a label.
   *
   * @param key the label key
   * @return the value, or null when the label is absent
   */
  String get(String key);

  /**
   * A view of a map as labels; a key mapped to null counts as absent.
   *
   * @param labels the map, not copied
   * @return the lookup
   */
  static Labels of(Map<String, String> labels) {
    Objects.requireNonNull(labels, "labels");
    return labels::get;
  }
}
