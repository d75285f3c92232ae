// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * The API server refused a change (409 Conflict): the Pod changed since the resourceVersion the
 * change was based on, or its UID is not the one given (another instance of the Pod). Read the Pod
 * again and retry against {@link #currentResourceVersion()}.
 *
 * <pre>{@code
 * try {
 *   client.patchOutPodIPs("default", name, resourceVersion, uid);
 * } catch (WorkloadEndpointConflictException e) {
 *   System.err.println("retry at " + e.currentResourceVersion());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointConflictException extends WorkloadEndpointClientException {
  /** See {@link #currentResourceVersion()}. */
  private final String currentResourceVersion;

  /**
   * An exception for this conflict.
   *
   * @param message what conflicted
   * @param currentResourceVersion the Pod's resourceVersion now, or {@code ""} when unknown
   * @param cause the underlying failure, or {@code null}
   */
  public WorkloadEndpointConflictException(
      String message, String currentResourceVersion, Throwable cause) {
    super(message, cause);
    this.currentResourceVersion = currentResourceVersion;
  }

  /**
   * The Pod's resourceVersion when the conflict was reported.
   *
   * @return the resourceVersion, or {@code ""} when the Pod could not be read again
   */
  public String currentResourceVersion() {
    return currentResourceVersion;
  }
}
