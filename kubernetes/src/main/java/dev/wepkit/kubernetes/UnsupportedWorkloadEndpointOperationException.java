// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * On the Kubernetes datastore WorkloadEndpoints are derived from Pods, so they cannot be created,
 * updated or deleted as such: change the Pod instead. Calico's reference lists Create and Delete as
 * not supported for this datastore. The CNI plugin's two Pod patches are offered as {@link
 * WorkloadEndpointClient#patchInPodIPs} and {@link WorkloadEndpointClient#patchOutPodIPs}.
 *
 * <pre>{@code
 * try {
 *   client.create(wep);
 * } catch (UnsupportedWorkloadEndpointOperationException e) {
 *   System.err.println(e.operation() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnsupportedWorkloadEndpointOperationException
    extends UnsupportedOperationException {
  /** See {@link #operation()}. */
  private final String operation;

  /**
   * An exception for this operation.
   *
   * @param operation {@code create}, {@code update} or {@code delete}
   */
  public UnsupportedWorkloadEndpointOperationException(String operation) {
    super(
        operation
            + " is not supported for WorkloadEndpoints on the Kubernetes datastore: they are"
            + " derived from Pods; change the Pod instead (the CNI plugin's Pod patches are"
            + " patchInPodIPs and patchOutPodIPs)");
    this.operation = operation;
  }

  /**
   * The operation refused.
   *
   * @return {@code create}, {@code update} or {@code delete}
   */
  public String operation() {
    return operation;
  }
}
