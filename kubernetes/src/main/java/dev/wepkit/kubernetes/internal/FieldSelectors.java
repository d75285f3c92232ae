// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kubernetes field selectors of equality terms, with values escaped as the API server reads them.
 */
public final class FieldSelectors {
  private FieldSelectors() {}

  /**
   * {@code metadata.name=<pod>} and {@code spec.nodeName=<node>}, each when given, joined by {@code
   * ,}.
   *
   * @param pod the Pod's name
   * @param node the node's name
   * @return the selector, or empty when neither is given
   */
  public static Optional<String> of(Optional<String> pod, Optional<String> node) {
    List<String> terms = new ArrayList<>(2);
    pod.ifPresent(p -> terms.add("metadata.name=" + escape(p)));
    node.ifPresent(n -> terms.add("spec.nodeName=" + escape(n)));
    return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(",", terms));
  }

  /** The API server splits terms on {@code ,} and operators on {@code =}; a backslash escapes. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == ',' || c == '=') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
