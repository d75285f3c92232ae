// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import java.util.Optional;

/**
 * Receives the events of a {@link WorkloadEndpointClient#watch watch}, one at a time, in order, on
 * the watch's own thread.
 *
 * <pre>{@code
 * WorkloadEndpointWatcher print = event -> System.out.println(event.type());
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface WorkloadEndpointWatcher {
  /**
   * One event.
   *
   * @param event the event
   */
  void onEvent(WorkloadEndpointEvent event);

  /**
   * The watch ended, once, after its last event: closed by the caller (empty), or failed (for
   * example {@link WorkloadEndpointForbiddenException} when watching is not allowed).
   *
   * @param failure why it ended, or empty when it was closed
   */
  default void onClose(Optional<WorkloadEndpointClientException> failure) {}
}
