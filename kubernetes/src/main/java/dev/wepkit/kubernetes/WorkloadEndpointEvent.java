// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.internal.WepkitStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change seen by a {@link WorkloadEndpointClient#watch watch}: an endpoint added, modified or
 * deleted, or a {@link Type#RESYNC} after the server forgot the watch's position (410 Gone), which
 * carries everything that changed while the watch could not see.
 *
 * <pre>{@code
 * try (AutoCloseable watch = client.watch(ListOptions.allNamespaces(), list, event -> {
 *   switch (event.type()) {
 *     case RESYNC -> event.removed().forEach(inventory::remove);
 *     default -> System.out.println(event.type() + " " + event.object().orElseThrow());
 *   }
 * })) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface WorkloadEndpointEvent {
  /** What happened. */
  enum Type {
    /** The endpoint appeared (its Pod was added). */
    ADDED,
    /** The endpoint's Pod changed. */
    MODIFIED,
    /** The endpoint is gone: its Pod was deleted or stopped being an endpoint. */
    DELETED,
    /**
     * The watch listed again after 410 Gone: {@link #added()}, {@link #changed()} and {@link
     * #removed()} bring the caller's view up to date.
     */
    RESYNC
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static ImmutableWorkloadEndpointEvent.Builder builder() {
    return ImmutableWorkloadEndpointEvent.builder();
  }

  /**
   * An added, modified or deleted endpoint.
   *
   * @param type {@code ADDED}, {@code MODIFIED} or {@code DELETED}
   * @param endpoint the endpoint (for {@code DELETED}, its last state)
   * @return the event
   */
  static WorkloadEndpointEvent of(Type type, WorkloadEndpoint endpoint) {
    return builder().type(type).object(endpoint).build();
  }

  /**
   * What happened.
   *
   * @return the type
   */
  Type type();

  /**
   * The endpoint, for {@code ADDED}, {@code MODIFIED} and {@code DELETED}.
   *
   * @return the endpoint, empty for {@code RESYNC}
   */
  Optional<WorkloadEndpoint> object();

  /**
   * For {@code RESYNC}: endpoints that appeared.
   *
   * @return the endpoints, in list order
   */
  List<WorkloadEndpoint> added();

  /**
   * For {@code RESYNC}: endpoints that exist still but changed (new state).
   *
   * @return the endpoints, in list order
   */
  List<WorkloadEndpoint> changed();

  /**
   * For {@code RESYNC}: endpoints that are gone (last state seen).
   *
   * @return the endpoints
   */
  List<WorkloadEndpoint> removed();

  /**
   * For {@code RESYNC}: the resourceVersion of the new list, from which the watch resumes.
   *
   * @return the resourceVersion, or {@code ""}
   */
  @Value.Default
  default String resourceVersion() {
    return "";
  }

  /** Only a resync carries lists, and only the others carry one endpoint. */
  @Value.Check
  default void check() {
    if ((type() == Type.RESYNC) == object().isPresent()) {
      throw new IllegalStateException(
          type() == Type.RESYNC
              ? "a RESYNC event has no object"
              : "a " + type() + " event needs its endpoint");
    }
    if (type() != Type.RESYNC
        && (!added().isEmpty() || !changed().isEmpty() || !removed().isEmpty())) {
      throw new IllegalStateException("only a RESYNC event carries added, changed and removed");
    }
  }
}
