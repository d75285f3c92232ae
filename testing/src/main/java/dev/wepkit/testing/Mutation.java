// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import dev.wepkit.WorkloadEndpoint;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A change that makes a valid WorkloadEndpoint invalid in exactly one way, and says which violation
 * a validator must report for it. The library's mutations are in {@link Mutations}.
 *
 * <pre>{@code
 * Mutation noInterface = Mutation.of("interfaceName empty", (wep, ctx) ->
 *     MutatedEndpoint.of("interfaceName empty",
 *         ImmutableWorkloadEndpoint.copyOf(wep).withSpec(
 *             ImmutableWorkloadEndpointSpec.copyOf(wep.spec()).withInterfaceName("")),
 *         "spec.interfaceName", MutatedEndpoint.REQUIRED));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Mutation {
  /**
   * A short name, for example {@code spec.ports[i].protocol not supported}.
   *
   * @return the name
   */
  String name();

  /**
   * Applies the mutation to a valid endpoint. It may add an element (a port, a NAT) when the
   * endpoint has none to change.
   *
   * @param endpoint a valid endpoint
   * @param ctx the randomness to use
   * @return the mutated endpoint and the violation it must produce
   */
  MutatedEndpoint apply(WorkloadEndpoint endpoint, GenContext ctx);

  /**
   * Returns a mutation from a name and a function.
   *
   * @param name the name
   * @param function the change
   * @return the mutation
   */
  static Mutation of(
      String name, BiFunction<WorkloadEndpoint, GenContext, MutatedEndpoint> function) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(function, "function");
    return new Mutation() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public MutatedEndpoint apply(WorkloadEndpoint endpoint, GenContext ctx) {
        return function.apply(endpoint, ctx);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
