// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import java.util.stream.Stream;

/**
 * Proposes smaller versions of a failing value. {@link Property} tries the candidates in order and
 * keeps the first that still fails, then asks again, until no candidate fails.
 *
 * <p>Candidates should be strictly smaller than the value (so shrinking ends) and should keep the
 * value well-formed, so that the reported case fails for the original reason. Ready-made shrinkers
 * are in {@link Shrinkers}.
 *
 * <pre>{@code
 * Shrinker<Integer> towardsZero = n -> n == 0 ? Stream.empty() : Stream.of(0, n / 2);
 * }</pre>
 *
 * @param <T> the type of the values
 * @since 0.1.0
 */
@FunctionalInterface
public interface Shrinker<T> {
  /**
   * Returns smaller variants of {@code value}, most aggressive first.
   *
   * @param value a value that fails a property
   * @return the candidates, possibly empty
   */
  Stream<T> candidates(T value);
}
