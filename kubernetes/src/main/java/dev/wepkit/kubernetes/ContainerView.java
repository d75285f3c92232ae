// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.internal.WepkitStyle;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * The parts of a Kubernetes {@code Container} (or init container) that Calico reads: its ports.
 *
 * <pre>{@code
 * ContainerView app = ContainerView.of(
 *     ContainerPortView.builder().name("http").containerPort(8080).build());
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface ContainerView {
  /**
   * Returns a new builder.
   *
   * @return a builder with no name and no ports
   */
  static ImmutableContainerView.Builder builder() {
    return ImmutableContainerView.builder();
  }

  /**
   * Returns an unnamed container with these ports.
   *
   * @param ports the ports, in order
   * @return the container
   */
  static ContainerView of(ContainerPortView... ports) {
    return builder().addAllPorts(Arrays.asList(ports)).build();
  }

  /**
   * The container's name ({@code name}); Calico does not use it.
   *
   * @return the name, or {@code ""}
   */
  @Value.Default
  default String name() {
    return "";
  }

  /**
   * The container's ports ({@code ports}), in order.
   *
   * @return the ports, never null
   */
  List<ContainerPortView> ports();
}
