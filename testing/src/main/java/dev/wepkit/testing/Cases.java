// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generated cases for JUnit's {@code @MethodSource} and {@code @TestFactory}, with sizes growing
 * from small to large and each case tagged with the run's seed and its index.
 *
 * <p>Case {@code i} depends only on the seed and {@code i} ({@link GenContext#forCase}), so the
 * same seed gives the same cases in the same order.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> validEndpointsHaveDerivedNames() {
 *   return Cases.stream(WorkloadEndpointGenerators.validEndpoints(), 1000)
 *       .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c.value())));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Cases {
  private Cases() {}

  /**
   * Returns a lazy stream of cases with the seed from {@link Seeds#seed()} and the number of cases
   * from {@link Seeds#tries(int)}.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param defaultTries the number of cases unless {@code -Dwepkit.tries} says otherwise
   * @return the cases, in index order
   */
  public static <T> Stream<Case<T>> stream(Gen<T> gen, int defaultTries) {
    return stream(gen, Seeds.tries(defaultTries), Seeds.seed());
  }

  /**
   * Returns a lazy stream of exactly {@code tries} cases from {@code seed}.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param tries the number of cases, at least 1
   * @param seed the run's seed
   * @return the cases, in index order
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public static <T> Stream<Case<T>> stream(Gen<T> gen, int tries, long seed) {
    Objects.requireNonNull(gen, "gen");
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, not " + tries);
    }
    return IntStream.range(0, tries).mapToObj(i -> generate(gen, seed, i, tries));
  }

  /**
   * Returns the cases of {@link #stream(Gen, int)} as a list.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param defaultTries the number of cases unless {@code -Dwepkit.tries} says otherwise
   * @return the cases, in index order
   */
  public static <T> List<Case<T>> list(Gen<T> gen, int defaultTries) {
    return stream(gen, defaultTries).collect(Collectors.toList());
  }

  /**
   * Returns the cases of {@link #stream(Gen, int, long)} as a list.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param tries the number of cases, at least 1
   * @param seed the run's seed
   * @return the cases, in index order
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public static <T> List<Case<T>> list(Gen<T> gen, int tries, long seed) {
    return stream(gen, tries, seed).collect(Collectors.toList());
  }

  /**
   * Returns just the values of {@link #stream(Gen, int, long)}.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param tries the number of cases, at least 1
   * @param seed the run's seed
   * @return the values, in index order
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public static <T> Stream<T> values(Gen<T> gen, int tries, long seed) {
    return stream(gen, tries, seed).map(Case::value);
  }

  /**
   * Regenerates one case of a run.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param seed the run's seed
   * @param index the case index, from 0
   * @param tries the number of cases in the run (it sets the case's size)
   * @return the case
   * @throws IllegalArgumentException if {@code index} is not in {@code [0, tries)}
   */
  public static <T> Case<T> generate(Gen<T> gen, long seed, int index, int tries) {
    GenContext ctx = GenContext.forCase(seed, index, tries);
    return Case.of(seed, index, ctx.size(), gen.generate(ctx));
  }
}
