// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named port or host-port mapping of a WorkloadEndpoint.
 *
 * <p>As in Go, every field is always written: {@code name}, {@code protocol}, {@code port}, {@code
 * hostPort} (0 when unset) and {@code hostIP} ({@code ""} when unset). {@code hostIP} is an IP
 * address as text, whatever the Calico documentation's table says.
 *
 * <pre>{@code
 * WorkloadEndpointPort http = WorkloadEndpointPort.builder()
 *     .name("http")
 *     .protocol(Protocol.TCP)
 *     .port(8080)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface WorkloadEndpointPort {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableWorkloadEndpointPort.Builder builder() {
    return ImmutableWorkloadEndpointPort.builder();
  }

  /**
   * The port name (an IANA service name), used by policy rules that name ports.
   *
   * @return the name, or {@code ""}
   */
  @Value.Default
  default String name() {
    return "";
  }

  /**
   * The protocol; {@link Protocol#NONE} (the number 0) when the document gives none.
   *
   * @return the protocol
   */
  @Value.Default
  default Protocol protocol() {
    return Protocol.NONE;
  }

  /**
   * The workload's port, 0 to 65535 (Calico requires 1 or more).
   *
   * @return the port
   */
  @Value.Default
  default int port() {
    return 0;
  }

  /**
   * The host port mapped to {@link #port()}, 0 to 65535; 0 means no mapping.
   *
   * @return the host port
   */
  @Value.Default
  default int hostPort() {
    return 0;
  }

  /**
   * The host address of the mapping.
   *
   * @return an IP or CIDR as text, or {@code ""}
   */
  @Value.Default
  default String hostIP() {
    return "";
  }

  /**
   * Fields Calico does not know, kept as they were read.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, JsonNode> unknownFields();

  /** Go stores ports as uint16: anything else cannot be on the wire. */
  @Value.Check
  default void checkRanges() {
    if (port() < 0 || port() > 65535) {
      throw new IllegalArgumentException("port " + port() + " is out of range: use 0 to 65535");
    }
    if (hostPort() < 0 || hostPort() > 65535) {
      throw new IllegalArgumentException(
          "hostPort " + hostPort() + " is out of range: use 0 to 65535");
    }
  }
}
