// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import dev.wepkit.internal.WepkitStyle;
import org.immutables.value.Value;

/**
 * Felix's v1 key of a WorkloadEndpoint (libcalico-go's {@code model.WorkloadEndpointKey}), as made
 * from a v3 namespace and name by {@link WorkloadEndpointNames#v1Key(String, String)}.
 *
 * <pre>{@code
 * V1WorkloadEndpointKey key = WorkloadEndpointNames.v1Key("default", "node1-k8s-testpod1-eth0");
 * key.workloadID();                              // "default/testpod1"
 * WorkloadEndpointNames.statusFilename(key);     // "k8s default%2Ftestpod1 eth0"
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface V1WorkloadEndpointKey {
  /**
   * Returns a key with the given fields.
   *
   * @param hostname the node name (part 1 of the v3 name)
   * @param orchestratorID the orchestrator (part 2)
   * @param workloadID {@code <namespace>/<part 3>}
   * @param endpointID the endpoint (part 4)
   * @return the key
   */
  static V1WorkloadEndpointKey of(
      String hostname, String orchestratorID, String workloadID, String endpointID) {
    return ImmutableV1WorkloadEndpointKey.of(hostname, orchestratorID, workloadID, endpointID);
  }

  /**
   * The node (host) name.
   *
   * @return the hostname
   */
  @Value.Parameter
  String hostname();

  /**
   * The orchestrator, for example {@code k8s}.
   *
   * @return the orchestrator ID
   */
  @Value.Parameter
  String orchestratorID();

  /**
   * The namespace and workload, {@code <namespace>/<workload>}; for k8s, {@code <namespace>/<pod>}.
   *
   * @return the workload ID
   */
  @Value.Parameter
  String workloadID();

  /**
   * The endpoint, for example {@code eth0}.
   *
   * @return the endpoint ID
   */
  @Value.Parameter
  String endpointID();
}
