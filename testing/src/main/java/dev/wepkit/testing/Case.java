// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import java.util.Objects;

/**
 * One generated case of a run: the value together with the run's seed, the case's index and size,
 * so that a failing case can be named and replayed.
 *
 * <p>{@link #toString()} is short ({@code #17 (seed 42, size 1)}) so that it makes a readable JUnit
 * display name; {@link #describe()} includes the value.
 *
 * <pre>{@code
 * static Stream<Case<WorkloadEndpoint>> endpoints() {
 *   return Cases.stream(WorkloadEndpointGenerators.validEndpoints(), 1000);
 * }
 *
 * @ParameterizedTest
 * @MethodSource("endpoints")
 * void roundTrips(Case<WorkloadEndpoint> c) { ... c.value() ... }
 * }</pre>
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public final class Case<T> {
  private final long seed;
  private final int index;
  private final int size;
  private final T value;

  private Case(long seed, int index, int size, T value) {
    this.seed = seed;
    this.index = index;
    this.size = size;
    this.value = value;
  }

  /**
   * Returns a case.
   *
   * @param <T> the type of the value
   * @param seed the seed of the run the case belongs to
   * @param index the case's index in the run, from 0
   * @param size the size it was generated at
   * @param value the generated value
   * @return the case
   */
  public static <T> Case<T> of(long seed, int index, int size, T value) {
    return new Case<>(seed, index, size, value);
  }

  /**
   * The seed of the run; {@code -Dwepkit.seed} with this value regenerates the same cases.
   *
   * @return the run's seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The case's position in the run.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * The size the value was generated at.
   *
   * @return 0 to {@link GenContext#MAX_SIZE}
   */
  public int size() {
    return size;
  }

  /**
   * The generated value.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Returns the JVM option that replays the run this case belongs to.
   *
   * @return {@code -Dwepkit.seed=<seed>}
   */
  public String replayHint() {
    return Seeds.replayHint(seed);
  }

  /**
   * Describes the case with its value, for assertion messages.
   *
   * @return for example {@code case #17 (seed 42, size 1, replay with -Dwepkit.seed=42): <value>}
   */
  public String describe() {
    return "case #"
        + index
        + " (seed "
        + seed
        + ", size "
        + size
        + ", replay with "
        + replayHint()
        + "): "
        + value;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Case)) {
      return false;
    }
    Case<?> that = (Case<?>) other;
    return seed == that.seed
        && index == that.index
        && size == that.size
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, index, size, value);
  }

  /** Returns {@code #<index> (seed <seed>, size <size>)}. */
  @Override
  public String toString() {
    return "#" + index + " (seed " + seed + ", size " + size + ")";
  }
}
