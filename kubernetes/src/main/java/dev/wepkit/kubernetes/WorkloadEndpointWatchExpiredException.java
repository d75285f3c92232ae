// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

/**
 * The resourceVersion a watch or a paged list started from is too old (410 Gone): the server no
 * longer keeps the changes since then. A watch handles this itself (it lists again and sends a
 * {@link WorkloadEndpointEvent.Type#RESYNC}); callers see it only when that is impossible, for
 * example for a {@link WorkloadEndpointClient#stream stream} whose continue token expired. List
 * again from the start.
 *
 * <pre>{@code
 * catch (WorkloadEndpointWatchExpiredException e) {
 *   list = client.list(options);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointWatchExpiredException extends WorkloadEndpointClientException {
  /**
   * An exception with this message.
   *
   * @param message what expired
   * @param cause the underlying failure, or {@code null}
   */
  public WorkloadEndpointWatchExpiredException(String message, Throwable cause) {
    super(message, cause);
  }
}
