// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Where property runs get their seed and their number of cases, and how a case's seed follows from
 * the run's.
 *
 * <p>A run uses the seed given with {@code -Dwepkit.seed=N} if there is one, and a fresh random
 * seed otherwise; a failure message always prints the seed, so the run can be replayed exactly.
 * {@code -Dwepkit.tries=N} changes the number of cases, for example to run many more in a nightly
 * build.
 *
 * <pre>{@code
 * long seed = Seeds.seed();          // -Dwepkit.seed, or fresh
 * int tries = Seeds.tries(1000);     // -Dwepkit.tries, or 1000
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Seeds {
  /** The system property that fixes the seed: {@value}. */
  public static final String SEED_PROPERTY = "wepkit.seed";

  /** The system property that sets the number of cases: {@value}. */
  public static final String TRIES_PROPERTY = "wepkit.tries";

  private Seeds() {}

  /**
   * Returns the seed from {@code -Dwepkit.seed}, or a fresh random seed when it is not set.
   *
   * @return the seed
   * @throws IllegalArgumentException if the property is set but is not a decimal {@code long}
   */
  public static long seed() {
    String text = System.getProperty(SEED_PROPERTY);
    if (text == null || text.isBlank()) {
      return ThreadLocalRandom.current().nextLong();
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + SEED_PROPERTY + " must be a decimal long, not '" + text + "'", e);
    }
  }

  /**
   * Returns the number of cases from {@code -Dwepkit.tries}, or {@code defaultTries} when it is not
   * set.
   *
   * @param defaultTries the number to use without the property, at least 1
   * @return the number of cases
   * @throws IllegalArgumentException if {@code defaultTries} is less than 1, or the property is set
   *     but is not a positive int
   */
  public static int tries(int defaultTries) {
    if (defaultTries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, not " + defaultTries);
    }
    String text = System.getProperty(TRIES_PROPERTY);
    if (text == null || text.isBlank()) {
      return defaultTries;
    }
    int tries;
    try {
      tries = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + TRIES_PROPERTY + " must be a positive int, not '" + text + "'", e);
    }
    if (tries < 1) {
      throw new IllegalArgumentException(
          "-D" + TRIES_PROPERTY + " must be a positive int, not '" + text + "'");
    }
    return tries;
  }

  /**
   * Returns the seed of case {@code index} of a run started from {@code seed}. Each case depends
   * only on the run's seed and its own index, so one case can be regenerated without the others.
   *
   * @param seed the run's seed
   * @param index the case index, from 0
   * @return the case's seed
   */
  public static long caseSeed(long seed, int index) {
    // SplitMix64's finaliser over a golden-ratio stride: neighbouring indexes get unrelated seeds.
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns the JVM option that replays a run with this seed.
   *
   * @param seed the seed
   * @return {@code -Dwepkit.seed=<seed>}
   */
  public static String replayHint(long seed) {
    return "-D" + SEED_PROPERTY + "=" + seed;
  }
}
