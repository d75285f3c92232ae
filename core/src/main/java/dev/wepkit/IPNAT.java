// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A one-to-one NAT mapping of a WorkloadEndpoint: traffic to {@link #externalIP()} goes to {@link
 * #internalIP()}.
 *
 * <p>Addresses are kept as text; the validation module checks that they are IPs of one family and
 * that the internal one is among the endpoint's {@code ipNetworks}.
 *
 * <pre>{@code
 * IPNAT nat = IPNAT.of("10.65.0.2", "192.168.0.1");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface IPNAT {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableIPNAT.Builder builder() {
    return ImmutableIPNAT.builder();
  }

  /**
   * Returns the mapping from {@code externalIP} to {@code internalIP}.
   *
   * @param internalIP the endpoint's own address
   * @param externalIP the address that maps to it
   * @return the mapping
   */
  static IPNAT of(String internalIP, String externalIP) {
    return builder().internalIP(internalIP).externalIP(externalIP).build();
  }

  /**
   * The endpoint's own address.
   *
   * @return an IP as text, or {@code ""}
   */
  @Value.Default
  default String internalIP() {
    return "";
  }

  /**
   * The address that is translated to {@link #internalIP()}.
   *
   * @return an IP as text, or {@code ""}
   */
  @Value.Default
  default String externalIP() {
    return "";
  }

  /**
   * Fields Calico does not know, kept as they were read.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, JsonNode> unknownFields();
}
