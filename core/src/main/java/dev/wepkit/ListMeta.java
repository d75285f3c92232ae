// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code metadata} of a {@link WorkloadEndpointList}: Kubernetes' {@code ListMeta}.
 *
 * <pre>{@code
 * ListMeta meta = ListMeta.builder().resourceVersion("1234").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface ListMeta {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableListMeta.Builder builder() {
    return ImmutableListMeta.builder();
  }

  /**
   * The revision of the list.
   *
   * @return the revision, or {@code ""}
   */
  @Value.Default
  default String resourceVersion() {
    return "";
  }

  /**
   * The token to fetch the next page ({@code continue} on the wire).
   *
   * @return the token, or {@code ""}
   */
  @Value.Default
  default String continueToken() {
    return "";
  }

  /**
   * Every other list metadata field ({@code remainingItemCount}, {@code selfLink}), kept as read.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, JsonNode> unknownFields();
}
