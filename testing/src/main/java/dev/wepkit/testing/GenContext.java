// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The source of randomness and the current size for a {@link Gen}: a {@link SplittableRandom}
 * seeded from a {@code long}, plus a size from 0 to {@link #MAX_SIZE} that generators use to scale
 * collections and strings.
 *
 * <p>The same seed and size always give the same values, on every JVM. A context is not
 * thread-safe; use {@link #split()} to hand an independent stream to another thread or to a
 * sub-generator whose draws should not shift the values that follow.
 *
 * <pre>{@code
 * GenContext ctx = GenContext.of(42L, 10);
 * int port = ctx.between(1, 65535);
 * String proto = ctx.choose("TCP", "UDP", "SCTP");
 * boolean named = ctx.chance(0.8);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GenContext {
  /** The largest size; properties grow their cases' size from 0 up to this. */
  public static final int MAX_SIZE = 100;

  private final SplittableRandom random;
  private final long seed;
  private final int size;

  private GenContext(SplittableRandom random, long seed, int size) {
    this.random = random;
    this.seed = seed;
    this.size = size;
  }

  /**
   * Returns a context at the largest size.
   *
   * @param seed the seed
   * @return a new context
   */
  public static GenContext of(long seed) {
    return of(seed, MAX_SIZE);
  }

  /**
   * Returns a context with this seed and size.
   *
   * @param seed the seed
   * @param size 0 to {@link #MAX_SIZE}
   * @return a new context
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static GenContext of(long seed, int size) {
    checkSize(size);
    return new GenContext(new SplittableRandom(seed), seed, size);
  }

  /**
   * Returns the context of case {@code index} of a run of {@code tries} cases started from {@code
   * seed}: its seed is {@link Seeds#caseSeed(long, int)} and its size grows linearly from 0 for the
   * first case to {@link #MAX_SIZE} for the last.
   *
   * @param seed the run's seed
   * @param index the case index, from 0
   * @param tries the number of cases in the run
   * @return a new context
   * @throws IllegalArgumentException if {@code index} is not in {@code [0, tries)}
   */
  public static GenContext forCase(long seed, int index, int tries) {
    if (index < 0 || index >= tries) {
      throw new IllegalArgumentException("case index " + index + " is not in [0, " + tries + ")");
    }
    return of(Seeds.caseSeed(seed, index), sizeFor(index, tries));
  }

  /**
   * The size of case {@code index} of {@code tries}: 0 for the first case, {@link #MAX_SIZE} for
   * the last, linear in between.
   *
   * @param index the case index, from 0
   * @param tries the number of cases, at least 1
   * @return the size
   */
  public static int sizeFor(int index, int tries) {
    return tries <= 1 ? MAX_SIZE : (int) ((long) index * MAX_SIZE / (tries - 1));
  }

  /**
   * The seed this context started from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The size, from 0 to {@link #MAX_SIZE}.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns an independent context with the same size, drawing from this one's stream once.
   *
   * @return a new context
   */
  public GenContext split() {
    SplittableRandom child = random.split();
    return new GenContext(child, seed, size);
  }

  /**
   * Returns a context that shares this one's random stream but has another size, for generating
   * parts of a value smaller than the whole.
   *
   * @param newSize 0 to {@link #MAX_SIZE}
   * @return a context drawing from the same stream
   * @throws IllegalArgumentException if {@code newSize} is out of range
   */
  public GenContext withSize(int newSize) {
    checkSize(newSize);
    return new GenContext(random, seed, newSize);
  }

  /**
   * Returns a uniformly distributed int in {@code [0, bound)}.
   *
   * @param bound the exclusive upper bound, at least 1
   * @return the value
   * @throws IllegalArgumentException if {@code bound} is less than 1
   */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /**
   * Returns a uniformly distributed int in {@code [min, max]}.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the value
   * @throws IllegalArgumentException if {@code max < min}
   */
  public int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    return (int) between((long) min, (long) max);
  }

  /**
   * Returns a uniformly distributed long in {@code [min, max]}.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the value
   * @throws IllegalArgumentException if {@code max < min}
   */
  public long between(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    if (max == Long.MAX_VALUE) {
      return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong(min, max + 1);
  }

  /**
   * Returns a random long.
   *
   * @return the value
   */
  public long nextLong() {
    return random.nextLong();
  }

  /**
   * Returns a random boolean.
   *
   * @return the value
   */
  public boolean nextBoolean() {
    return random.nextBoolean();
  }

  /**
   * Returns true with probability {@code p}.
   *
   * @param p the probability, from 0 to 1
   * @return the outcome
   */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /**
   * Returns a count in {@code [min, max]} whose upper end grows with the size: {@code min} at size
   * 0, up to {@code max} at {@link #MAX_SIZE}.
   *
   * @param min the smallest count
   * @param max the largest count at the largest size
   * @return the count
   * @throws IllegalArgumentException if {@code max < min}
   */
  public int sized(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    int top = min + (int) ((long) (max - min) * size / MAX_SIZE);
    return between(min, top);
  }

  /**
   * Returns one element of a list, uniformly.
   *
   * @param <T> the element type
   * @param options a non-empty list
   * @return one of the elements
   * @throws IllegalArgumentException if the list is empty
   */
  public <T> T choose(List<? extends T> options) {
    Objects.requireNonNull(options, "options");
    if (options.isEmpty()) {
      throw new IllegalArgumentException("nothing to choose from");
    }
    return options.get(random.nextInt(options.size()));
  }

  /**
   * Returns one of the arguments, uniformly.
   *
   * @param <T> the element type
   * @param options at least one option
   * @return one of them
   * @throws IllegalArgumentException if there are none
   */
  @SafeVarargs
  public final <T> T choose(T... options) {
    return choose(List.of(options));
  }

  private static void checkSize(int size) {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size " + size + " is not in [0, " + MAX_SIZE + "]");
    }
  }

  @Override
  public String toString() {
    return "GenContext{seed=" + seed + ", size=" + size + "}";
  }
}
