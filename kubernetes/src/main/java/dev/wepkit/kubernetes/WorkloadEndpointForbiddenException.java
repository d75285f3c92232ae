// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * The credentials lack a permission (403 Forbidden). The message names the RBAC rule to grant: the
 * verb ({@code get}, {@code list}, {@code watch}, {@code patch}), the resource ({@code pods} or
 * {@code pods/status}) and the namespace ({@code ""} for all namespaces).
 *
 * <pre>{@code
 * catch (WorkloadEndpointForbiddenException e) {
 *   System.err.println("grant " + e.verb() + " on " + e.resource() + " in " + e.namespace());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointForbiddenException extends WorkloadEndpointClientException {
  /** See {@link #verb()}. */
  private final String verb;

  /** See {@link #resource()}. */
  private final String resource;

  /** See {@link #namespace()}. */
  private final String namespace;

  /**
   * An exception for this missing permission.
   *
   * @param verb the verb refused
   * @param resource the resource, with its subresource ({@code pods/status})
   * @param namespace the namespace, or {@code ""} for all namespaces
   * @param cause the underlying failure, or {@code null}
   */
  public WorkloadEndpointForbiddenException(
      String verb, String resource, String namespace, Throwable cause) {
    super(
        "forbidden: the credentials may not "
            + verb
            + " "
            + resource
            + (namespace.isEmpty() ? " in all namespaces" : " in namespace " + namespace)
            + "; grant the RBAC verb \""
            + verb
            + "\" on \""
            + resource
            + "\"",
        cause);
    this.verb = verb;
    this.resource = resource;
    this.namespace = namespace;
  }

  /**
   * The verb refused.
   *
   * @return {@code get}, {@code list}, {@code watch} or {@code patch}
   */
  public String verb() {
    return verb;
  }

  /**
   * The resource refused.
   *
   * @return {@code pods} or {@code pods/status}
   */
  public String resource() {
    return resource;
  }

  /**
   * The namespace.
   *
   * @return the namespace, or {@code ""} for all namespaces
   */
  public String namespace() {
    return namespace;
  }
}
