// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.internal.WepkitStyle;
import org.immutables.value.Value;

/**
 * The six spec fields from which Calico derives a WorkloadEndpoint's name (libcalico-go's {@code
 * names.WorkloadEndpointIdentifiers}). Unset fields are {@code ""}.
 *
 * <pre>{@code
 * WorkloadEndpointIdentifiers ids = WorkloadEndpointIdentifiers.builder()
 *     .node("node-1").orchestrator("k8s").pod("pod-name").endpoint("eth0")
 *     .build();
 * String name = WorkloadEndpointNames.derive(ids);   // "node--1-k8s-pod--name-eth0"
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface WorkloadEndpointIdentifiers {
  /**
   * Returns a new builder.
   *
   * @return a builder with every field {@code ""}
   */
  static ImmutableWorkloadEndpointIdentifiers.Builder builder() {
    return ImmutableWorkloadEndpointIdentifiers.builder();
  }

  /**
   * Returns the identifiers of a spec, as Calico's {@code IdentifiersForV3WorkloadEndpoint} does.
   *
   * @param spec the spec
   * @return its node, orchestrator, endpoint, workload, pod and containerID
   */
  static WorkloadEndpointIdentifiers of(WorkloadEndpointSpec spec) {
    return builder()
        .node(spec.node())
        .orchestrator(spec.orchestrator())
        .endpoint(spec.endpoint())
        .workload(spec.workload())
        .pod(spec.pod())
        .containerID(spec.containerID())
        .build();
  }

  /**
   * The node (host) name; always required.
   *
   * @return the node, or {@code ""}
   */
  @Value.Default
  default String node() {
    return "";
  }

  /**
   * The orchestrator, which chooses the third segment of the name.
   *
   * @return the orchestrator, or {@code ""}
   */
  @Value.Default
  default String orchestrator() {
    return "";
  }

  /**
   * The container-side interface name.
   *
   * @return the endpoint, or {@code ""}
   */
  @Value.Default
  default String endpoint() {
    return "";
  }

  /**
   * The workload name (orchestrators other than k8s, cni and libnetwork).
   *
   * @return the workload, or {@code ""}
   */
  @Value.Default
  default String workload() {
    return "";
  }

  /**
   * The pod name ({@code k8s}).
   *
   * @return the pod, or {@code ""}
   */
  @Value.Default
  default String pod() {
    return "";
  }

  /**
   * The container ID ({@code cni}).
   *
   * @return the container ID, or {@code ""}
   */
  @Value.Default
  default String containerID() {
    return "";
  }
}
