// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.internal.WepkitStyle;
import org.immutables.value.Value;

/**
 * The fields of a Kubernetes {@code ContainerPort} that Calico reads when it converts a Pod.
 *
 * <p>Values are kept as the manifest gives them, so conversion can apply Calico's own rules: the
 * protocol is the Kubernetes text ({@code TCP}, {@code UDP}, {@code SCTP}, or empty for TCP), and
 * the ports are Kubernetes' 32-bit integers.
 *
 * <pre>{@code
 * ContainerPortView http = ContainerPortView.builder()
 *     .name("http")
 *     .containerPort(8080)
 *     .protocol("TCP")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface ContainerPortView {
  /**
   * Returns a new builder.
   *
   * @return a builder with every field empty or 0
   */
  static ImmutableContainerPortView.Builder builder() {
    return ImmutableContainerPortView.builder();
  }

  /**
   * The port's name ({@code name}).
   *
   * @return the name, or {@code ""}
   */
  @Value.Default
  default String name() {
    return "";
  }

  /**
   * The port inside the container ({@code containerPort}).
   *
   * @return the port, or 0 when unset
   */
  @Value.Default
  default int containerPort() {
    return 0;
  }

  /**
   * The host port it is exposed on ({@code hostPort}).
   *
   * @return the port, or 0 when unset
   */
  @Value.Default
  default int hostPort() {
    return 0;
  }

  /**
   * The host address the host port binds to ({@code hostIP}).
   *
   * @return the address as text, or {@code ""}
   */
  @Value.Default
  default String hostIP() {
    return "";
  }

  /**
   * The Kubernetes protocol ({@code protocol}).
   *
   * @return {@code TCP}, {@code UDP}, {@code SCTP}, any other text as given, or {@code ""}
   */
  @Value.Default
  default String protocol() {
    return "";
  }
}
