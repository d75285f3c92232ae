// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * The API server did not accept the credentials (401 Unauthorized): a token that expired, a
 * certificate the server does not trust. Check the kubeconfig's user or the service account.
 *
 * <pre>{@code
 * catch (WorkloadEndpointUnauthorizedException e) {
 *   System.err.println("log in again: " + e.getMessage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointUnauthorizedException extends WorkloadEndpointClientException {
  /**
   * An exception for the server at this URL.
   *
   * @param url the API server's URL
   * @param cause the underlying failure, or {@code null}
   */
  public WorkloadEndpointUnauthorizedException(String url, Throwable cause) {
    super(
        "unauthorized: the API server at "
            + url
            + " did not accept the credentials; check the kubeconfig user or the service account",
        cause);
  }
}
