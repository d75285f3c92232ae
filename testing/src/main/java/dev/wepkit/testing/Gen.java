// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A generator of values of type {@code T}, drawing all its randomness from a {@link GenContext} so
 * that the same seed always gives the same value.
 *
 * <p>Generators are plain functions and combine with {@link #map}, {@link #flatMap} and {@link
 * #list}. The factories for Calico values are in {@link Generators} and {@link
 * WorkloadEndpointGenerators}.
 *
 * <pre>{@code
 * Gen<String> hostPorts = ctx -> "0.0.0.0:" + ctx.between(1, 65535);
 * Gen<List<String>> several = hostPorts.list(1, 5);
 * List<String> sample = several.generate(GenContext.of(42L));
 * }</pre>
 *
 * @param <T> the type of the generated values
 * @since 0.1.0
 */
@FunctionalInterface
public interface Gen<T> {
  /**
   * Generates one value.
   *
   * @param ctx the randomness and size to use
   * @return the value
   */
  T generate(GenContext ctx);

  /**
   * Returns a generator that applies {@code mapper} to each value.
   *
   * @param <R> the result type
   * @param mapper the function to apply
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return ctx -> mapper.apply(generate(ctx));
  }

  /**
   * Returns a generator that uses each value to choose the next generator.
   *
   * @param <R> the result type
   * @param next the function that picks the generator
   * @return the chained generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
    Objects.requireNonNull(next, "next");
    return ctx -> next.apply(generate(ctx)).generate(ctx);
  }

  /**
   * Returns a generator of lists of {@code min} to {@code max} values, the upper end growing with
   * the context's size.
   *
   * @param min the smallest length
   * @param max the largest length at the largest size
   * @return the list generator
   * @throws IllegalArgumentException if {@code min} is negative or {@code max < min}
   */
  default Gen<List<T>> list(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad list length range [" + min + ", " + max + "]");
    }
    return ctx -> {
      int length = ctx.sized(min, max);
      List<T> out = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        out.add(generate(ctx));
      }
      return out;
    };
  }

  /**
   * Generates one value from a fresh context with this seed, at the largest size.
   *
   * @param seed the seed
   * @return the value
   */
  default T sample(long seed) {
    return generate(GenContext.of(seed));
  }

  /**
   * Returns a generator that always gives {@code value}.
   *
   * @param <T> the value type
   * @param value the value
   * @return the generator
   */
  static <T> Gen<T> constant(T value) {
    return ctx -> value;
  }

  /**
   * Returns a generator that picks one of {@code values} uniformly.
   *
   * @param <T> the value type
   * @param values at least one value
   * @return the generator
   * @throws IllegalArgumentException if there are no values
   */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    return elements(List.of(values));
  }

  /**
   * Returns a generator that picks one element of {@code values} uniformly.
   *
   * @param <T> the value type
   * @param values a non-empty list, copied
   * @return the generator
   * @throws IllegalArgumentException if the list is empty
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to pick from");
    }
    return ctx -> ctx.choose(copy);
  }

  /**
   * Returns a generator that picks one of {@code gens} uniformly and generates from it.
   *
   * @param <T> the value type
   * @param gens at least one generator
   * @return the generator
   * @throws IllegalArgumentException if there are no generators
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = List.of(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators to pick from");
    }
    return ctx -> ctx.choose(copy).generate(ctx);
  }
}
