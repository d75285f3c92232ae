// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * Seeded, reproducible generators of valid and invalid Calico WorkloadEndpoints, and a small
 * property runner, for wepkit's own property tests and for users who test code built on wepkit.
 *
 * <p>The pieces:
 *
 * <ul>
 *   <li>{@link dev.wepkit.testing.Gen} and {@link dev.wepkit.testing.GenContext}: a generator is a
 *       function of a seeded random source and a size;
 *   <li>{@link dev.wepkit.testing.Generators} (single values) and {@link
 *       dev.wepkit.testing.WorkloadEndpointGenerators} (whole endpoints, valid or mutated);
 *   <li>{@link dev.wepkit.testing.Mutations}: each makes a valid endpoint invalid in exactly one
 *       way and names the violation (path and type) a validator must report;
 *   <li>{@link dev.wepkit.testing.Property} runs a check over many cases, shrinks a failure and
 *       prints the seed; {@link dev.wepkit.testing.Cases} feeds JUnit's {@code @MethodSource} and
 *       {@code @TestFactory};
 *   <li>{@link dev.wepkit.testing.Seeds}: {@code -Dwepkit.seed=N} replays a run, {@code
 *       -Dwepkit.tries=N} changes its length.
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void everyValidEndpointRoundTrips() {
 *   Property.forAllAssert("JSON round trip", WorkloadEndpointGenerators.validEndpoints(),
 *       wep -> assertThat(json.read(json.write(wep))).isEqualTo(wep));
 * }
 * }</pre>
 *
 * <p>The module depends on wepkit-core only, so it can be a test-scoped dependency of any project.
 */
package dev.wepkit.testing;
