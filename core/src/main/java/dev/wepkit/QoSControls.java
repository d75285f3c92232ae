// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bandwidth, packet-rate and connection limits of a WorkloadEndpoint ({@code spec.qosControls},
 * Calico 3.30 and later).
 *
 * <p>Every limit is an {@code int64} in Go with {@code omitempty}: 0 means "no limit" and is not
 * written. Calico's validator checks none of them; wepkit's validation module warns when a value is
 * outside the documented range. {@link QoSLimit} lists the fourteen limits with their wire names,
 * units and ranges, and reads or sets each one.
 *
 * <pre>{@code
 * QoSControls qos = QoSControls.builder()
 *     .ingressBandwidth(100_000_000L)
 *     .egressMaxConnections(1000L)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface QoSControls {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableQoSControls.Builder builder() {
    return ImmutableQoSControls.builder();
  }

  /**
   * The ingress bandwidth in bits per second; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long ingressBandwidth() {
    return 0L;
  }

  /**
   * The ingress burst size in bits; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long ingressBurst() {
    return 0L;
  }

  /**
   * The ingress peak rate in bits per second; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long ingressPeakrate() {
    return 0L;
  }

  /**
   * The ingress minimum burst in bytes; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long ingressMinburst() {
    return 0L;
  }

  /**
   * The egress bandwidth in bits per second; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long egressBandwidth() {
    return 0L;
  }

  /**
   * The egress burst size in bits; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long egressBurst() {
    return 0L;
  }

  /**
   * The egress peak rate in bits per second; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long egressPeakrate() {
    return 0L;
  }

  /**
   * The egress minimum burst in bytes; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long egressMinburst() {
    return 0L;
  }

  /**
   * The ingress packet rate in packets per second; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long ingressPacketRate() {
    return 0L;
  }

  /**
   * The ingress packet burst; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long ingressPacketBurst() {
    return 0L;
  }

  /**
   * The egress packet rate in packets per second; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long egressPacketRate() {
    return 0L;
  }

  /**
   * The egress packet burst; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long egressPacketBurst() {
    return 0L;
  }

  /**
   * The maximum number of ingress connections; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long ingressMaxConnections() {
    return 0L;
  }

  /**
   * The maximum number of egress connections; 0 when unset.
   *
   * @return the limit
   */
  @Value.Default
  default long egressMaxConnections() {
    return 0L;
  }

  /**
   * The DSCP value to mark egress traffic with.
   *
   * @return the value, or empty
   */
  Optional<Dscp> dscp();

  /**
   * Fields Calico does not know, kept as they were read.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, JsonNode> unknownFields();
}
