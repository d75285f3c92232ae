// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.internal.WepkitStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which WorkloadEndpoints a {@link WorkloadEndpointClient} lists, streams or watches: one namespace
 * or all, optionally one endpoint name, one node and a Kubernetes label selector.
 *
 * <p>A name is parsed by Calico's rules; its Pod goes to the API server as a {@code metadata.name}
 * field selector and, when the name carries an endpoint, only the endpoint with exactly that name
 * is kept. A node goes to the server as a {@code spec.nodeName} field selector (a wepkit addition;
 * Calico lists every node). The label selector is passed on as written.
 *
 * <pre>{@code
 * ListOptions onNode = ListOptions.builder().node("node1").build();          // all namespaces
 * ListOptions web = ListOptions.inNamespace("default").withLabelSelector("app=web");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface ListOptions {
  /**
   * Returns a new builder (all namespaces, no filter).
   *
   * @return the builder
   */
  static ImmutableListOptions.Builder builder() {
    return ImmutableListOptions.builder();
  }

  /**
   * Every endpoint in every namespace.
   *
   * @return the options
   */
  static ImmutableListOptions allNamespaces() {
    return builder().build();
  }

  /**
   * Every endpoint in one namespace.
   *
   * @param namespace the namespace
   * @return the options
   */
  static ImmutableListOptions inNamespace(String namespace) {
    return builder().namespace(namespace).build();
  }

  /**
   * The namespace.
   *
   * @return the namespace, or empty for all namespaces
   */
  Optional<String> namespace();

  /**
   * One endpoint name (or a name prefix with the pod, as Calico allows).
   *
   * @return the name, or empty for every endpoint
   */
  Optional<String> name();

  /**
   * One node ({@code spec.nodeName}).
   *
   * @return the node, or empty for every node
   */
  Optional<String> node();

  /**
   * A Kubernetes label selector ({@code app=web,tier!=db}).
   *
   * @return the selector, or empty
   */
  Optional<String> labelSelector();
}
