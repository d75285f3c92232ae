// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A {@code WorkloadEndpointList}: what {@code calicoctl get workloadendpoints} prints.
 *
 * <pre>{@code
 * WorkloadEndpointList list = WorkloadEndpointList.builder()
 *     .addItem(first)
 *     .addItem(second)
 *     .build();
 * }</pre>
 *
 * <p>For large lists, read items one at a time with the codecs' streaming methods instead.
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface WorkloadEndpointList {
  /** The {@code kind} of a list. */
  String KIND = "WorkloadEndpointList";

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableWorkloadEndpointList.Builder builder() {
    return ImmutableWorkloadEndpointList.builder();
  }

  /**
   * Returns the list of these endpoints, with empty list metadata.
   *
   * @param items the endpoints
   * @return the list
   */
  static WorkloadEndpointList of(Iterable<? extends WorkloadEndpoint> items) {
    return builder().addAllItems(items).build();
  }

  /**
   * Always {@value WorkloadEndpoint#API_VERSION}.
   *
   * @return the API version
   */
  default String apiVersion() {
    return WorkloadEndpoint.API_VERSION;
  }

  /**
   * Always {@value #KIND}.
   *
   * @return the kind
   */
  default String kind() {
    return KIND;
  }

  /**
   * The list metadata; Go always writes it, as {@code {}} when empty.
   *
   * @return the metadata, never null
   */
  @Value.Default
  default ListMeta metadata() {
    return ListMeta.builder().build();
  }

  /**
   * The endpoints, in order.
   *
   * @return the items, never null
   */
  List<WorkloadEndpoint> items();

  /**
   * Top-level fields Calico does not know, kept as they were read.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, JsonNode> unknownFields();
}
