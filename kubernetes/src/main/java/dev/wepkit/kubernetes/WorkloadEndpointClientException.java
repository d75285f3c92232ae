// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * A {@link WorkloadEndpointClient} operation failed. Subclasses say why: the endpoint does not
 * exist, a conflict, missing permissions, bad credentials, an unreachable server, an expired watch.
 * No exception of the Kubernetes client underneath reaches callers unwrapped; it is the cause of
 * one of these.
 *
 * <pre>{@code
 * try {
 *   client.getRequired("default", "node1-k8s-nginx-eth0");
 * } catch (WorkloadEndpointNotFoundException e) {
 *   System.err.println(e.getMessage());
 * } catch (WorkloadEndpointClientException e) {
 *   System.err.println("cluster problem: " + e.getMessage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class WorkloadEndpointClientException extends RuntimeException {
  /**
   * An exception with this message.
   *
   * @param message what failed and what to do
   * @param cause the underlying failure, or {@code null}
   */
  public WorkloadEndpointClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
