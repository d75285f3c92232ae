// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * The API server could not be reached, or did not answer in time.
 *
 * <pre>{@code
 * catch (WorkloadEndpointUnreachableException e) {
 *   System.err.println("is the cluster up? " + e.url());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointUnreachableException extends WorkloadEndpointClientException {
  /** See {@link #url()}. */
  private final String url;

  /**
   * An exception for the server at this URL.
   *
   * @param url the API server's URL
   * @param detail what happened (refused, timed out)
   * @param cause the underlying failure, or {@code null}
   */
  public WorkloadEndpointUnreachableException(String url, String detail, Throwable cause) {
    super(
        "the API server at "
            + url
            + " is unreachable: "
            + detail
            + "; check the kubeconfig's server and the network",
        cause);
    this.url = url;
  }

  /**
   * The API server's URL.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }
}
