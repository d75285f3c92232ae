// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * The WorkloadEndpoint does not exist: its Pod is missing, host-networked or not scheduled, the
 * Pod's endpoints have other names, or the name names no Pod at all (Calico's "malformed
 * WorkloadEndpoint name - unable to determine Pod name").
 *
 * <pre>{@code
 * try {
 *   WorkloadEndpoint wep = client.getRequired("default", "node1-k8s-nginx-eth0");
 * } catch (WorkloadEndpointNotFoundException e) {
 *   System.err.println(e.namespace() + "/" + e.name() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointNotFoundException extends WorkloadEndpointClientException {
  /** See {@link #namespace()}. */
  private final String namespace;

  /** See {@link #name()}. */
  private final String name;

  /**
   * An exception for this endpoint.
   *
   * @param namespace the namespace asked for
   * @param name the endpoint (or Pod) name asked for
   * @param reason why it does not exist, or {@code ""}
   * @param cause the underlying failure, or {@code null}
   */
  public WorkloadEndpointNotFoundException(
      String namespace, String name, String reason, Throwable cause) {
    super(
        "WorkloadEndpoint "
            + namespace
            + "/"
            + name
            + " does not exist"
            + (reason.isEmpty() ? "" : ": " + reason),
        cause);
    this.namespace = namespace;
    this.name = name;
  }

  /**
   * The namespace asked for.
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The name asked for.
   *
   * @return the name
   */
  public String name() {
    return name;
  }
}
