// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A framework-agnostic property runner: it generates {@link #tries()} cases from {@link #seed()},
 * with sizes growing from small to large, checks each one, and on the first failure shrinks the
 * case and throws an {@link AssertionError} that names the property, the seed, the case index, the
 * {@code -Dwepkit.seed=N} option that replays the run and the (shrunk) case.
 *
 * <p>A case fails when a {@link Predicate} returns false, or when the check throws an {@link
 * AssertionError} or a {@link RuntimeException} (so AssertJ assertions work inside a {@link
 * Consumer}). The default seed is {@link Seeds#seed()} and the default number of cases is {@link
 * Seeds#tries(int) Seeds.tries(1000)}.
 *
 * <p>Every run prints one line to standard output before its first case, with the property's name,
 * its seed and the option that replays it, so that even a run that never ends (a check or a
 * generator that hangs, stopped by a build timeout) can be replayed from its log. Shrinking stops
 * after {@value #MAX_SHRINK_STEPS} steps, {@value #MAX_SHRINK_ATTEMPTS} candidates or {@value
 * #MAX_SHRINK_SECONDS} seconds, whichever comes first, and reports the smallest failure found.
 *
 * <pre>{@code
 * @Test
 * void namesAreDerived() {
 *   Property.forAll("names are derived", WorkloadEndpointGenerators.validEndpoints(),
 *       wep -> wep.metadata().name().equals(
 *           WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(wep.spec()))));
 * }
 *
 * @Test
 * void portsAreInRange() {
 *   Property.named("ports are in range").withTries(200)
 *       .verify(WorkloadEndpointGenerators.validEndpoints(),
 *           wep -> assertThat(wep.spec().ports()).allMatch(p -> p.port() > 0));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Property {
  /** The number of cases when neither the caller nor {@code -Dwepkit.tries} says otherwise. */
  public static final int DEFAULT_TRIES = 1000;

  /** The most shrink steps taken, so that a shrinker that never settles cannot hang a build. */
  private static final int MAX_SHRINK_STEPS = 1000;

  /** The most candidates tried in all, for the same reason. */
  private static final int MAX_SHRINK_ATTEMPTS = 20_000;

  /**
   * The longest shrinking may take: a slow check (one that times out, say) times the attempt limit
   * would otherwise keep a failing build running for hours.
   */
  private static final int MAX_SHRINK_SECONDS = 30;

  private final String name;
  private final long seed;
  private final int tries;
  private final long shrinkNanos;

  private Property(String name, long seed, int tries) {
    this(name, seed, tries, MAX_SHRINK_SECONDS * 1_000_000_000L);
  }

  private Property(String name, long seed, int tries, long shrinkNanos) {
    this.name = Objects.requireNonNull(name, "name");
    this.seed = seed;
    this.tries = tries;
    this.shrinkNanos = shrinkNanos;
  }

  /** A copy whose shrinking stops after this long: for this class's own tests. */
  Property withShrinkTimeLimit(java.time.Duration limit) {
    return new Property(name, seed, tries, limit.toNanos());
  }

  /**
   * Returns a property with this name, the seed from {@link Seeds#seed()} and the number of cases
   * from {@link Seeds#tries(int) Seeds.tries(DEFAULT_TRIES)}.
   *
   * @param name a short description, printed on failure
   * @return the property
   */
  public static Property named(String name) {
    return new Property(name, Seeds.seed(), Seeds.tries(DEFAULT_TRIES));
  }

  /**
   * Checks that {@code property} holds for every generated case, shrinking a failure with {@link
   * Shrinkers#auto()}.
   *
   * @param <T> the value type
   * @param name a short description, printed on failure
   * @param gen the generator
   * @param property the predicate that must hold
   * @throws AssertionError describing the first failing case
   */
  public static <T> void forAll(String name, Gen<T> gen, Predicate<? super T> property) {
    named(name).check(gen, property);
  }

  /**
   * Runs {@code assertion} on every generated case, shrinking a failure with {@link
   * Shrinkers#auto()}.
   *
   * @param <T> the value type
   * @param name a short description, printed on failure
   * @param gen the generator
   * @param assertion the check; it fails a case by throwing
   * @throws AssertionError describing the first failing case
   */
  public static <T> void forAllAssert(String name, Gen<T> gen, Consumer<? super T> assertion) {
    named(name).verify(gen, assertion);
  }

  /**
   * Returns a copy that uses this seed, whatever {@code -Dwepkit.seed} says.
   *
   * @param newSeed the seed
   * @return the copy
   */
  public Property withSeed(long newSeed) {
    return new Property(name, newSeed, tries, shrinkNanos);
  }

  /**
   * Returns a copy that runs this many cases, whatever {@code -Dwepkit.tries} says.
   *
   * @param newTries the number of cases, at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code newTries} is less than 1
   */
  public Property withTries(int newTries) {
    if (newTries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, not " + newTries);
    }
    return new Property(name, seed, newTries, shrinkNanos);
  }

  /**
   * The property's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The seed of the run.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of cases.
   *
   * @return at least 1
   */
  public int tries() {
    return tries;
  }

  /**
   * Checks that {@code property} holds for every case, shrinking a failure with {@link
   * Shrinkers#auto()}.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param property the predicate that must hold
   * @throws AssertionError describing the first failing case
   */
  public <T> void check(Gen<T> gen, Predicate<? super T> property) {
    check(gen, Shrinkers.auto(), property);
  }

  /**
   * Checks that {@code property} holds for every case, shrinking a failure with {@code shrinker}.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param shrinker proposes smaller failing cases
   * @param property the predicate that must hold
   * @throws AssertionError describing the first failing case
   */
  public <T> void check(Gen<T> gen, Shrinker<T> shrinker, Predicate<? super T> property) {
    Objects.requireNonNull(property, "property");
    run(
        gen,
        shrinker,
        value -> {
          if (!property.test(value)) {
            throw new AssertionError("the predicate returned false");
          }
        });
  }

  /**
   * Runs {@code assertion} on every case, shrinking a failure with {@link Shrinkers#auto()}.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param assertion the check; it fails a case by throwing
   * @throws AssertionError describing the first failing case
   */
  public <T> void verify(Gen<T> gen, Consumer<? super T> assertion) {
    verify(gen, Shrinkers.auto(), assertion);
  }

  /**
   * Runs {@code assertion} on every case, shrinking a failure with {@code shrinker}.
   *
   * @param <T> the value type
   * @param gen the generator
   * @param shrinker proposes smaller failing cases
   * @param assertion the check; it fails a case by throwing
   * @throws AssertionError describing the first failing case
   */
  public <T> void verify(Gen<T> gen, Shrinker<T> shrinker, Consumer<? super T> assertion) {
    Objects.requireNonNull(assertion, "assertion");
    run(gen, shrinker, assertion::accept);
  }

  private <T> void run(Gen<T> gen, Shrinker<T> shrinker, Consumer<T> check) {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(shrinker, "shrinker");
    System.out.println(
        "property '"
            + name
            + "': "
            + tries
            + " cases, seed "
            + seed
            + " ("
            + Seeds.replayHint(seed)
            + ")");
    for (int index = 0; index < tries; index++) {
      GenContext ctx = GenContext.forCase(seed, index, tries);
      T value;
      try {
        value = gen.generate(ctx);
      } catch (RuntimeException e) {
        throw new AssertionError(header(index, ctx.size()) + "\nthe generator threw " + e, e);
      }
      Throwable failure = failure(check, value);
      if (failure != null) {
        throw shrunkFailure(index, ctx.size(), value, failure, shrinker, check);
      }
    }
  }

  private <T> AssertionError shrunkFailure(
      int index,
      int size,
      T original,
      Throwable firstFailure,
      Shrinker<T> shrinker,
      Consumer<T> check) {
    T current = original;
    Throwable currentFailure = firstFailure;
    int steps = 0;
    int attempts = 0;
    long deadline = System.nanoTime() + shrinkNanos;
    boolean outOfTime = false;
    boolean progressed = true;
    while (progressed && !outOfTime && steps < MAX_SHRINK_STEPS && attempts < MAX_SHRINK_ATTEMPTS) {
      progressed = false;
      Iterator<T> candidates;
      try {
        candidates = shrinker.candidates(current).iterator();
      } catch (RuntimeException e) {
        break; // a broken shrinker must not hide the original failure
      }
      while (candidates.hasNext() && attempts < MAX_SHRINK_ATTEMPTS) {
        if (System.nanoTime() - deadline > 0) {
          outOfTime = true;
          break;
        }
        T candidate = candidates.next();
        attempts++;
        Throwable candidateFailure = failure(check, candidate);
        if (candidateFailure != null) {
          current = candidate;
          currentFailure = candidateFailure;
          steps++;
          progressed = true;
          break;
        }
      }
    }
    StringBuilder message = new StringBuilder(header(index, size));
    if (steps > 0) {
      message
          .append("\nshrunk case (")
          .append(steps)
          .append(" shrink steps")
          .append(outOfTime ? ", stopped by the time limit" : "")
          .append("): ")
          .append(current);
      message.append("\noriginal case: ").append(original);
    } else {
      message.append("\ncase: ").append(current);
      if (outOfTime) {
        message.append("\n(not shrunk: shrinking stopped by the time limit)");
      }
    }
    message.append("\ncause: ").append(currentFailure);
    return new AssertionError(message.toString(), currentFailure);
  }

  private String header(int index, int size) {
    return "Property '"
        + name
        + "' failed on case "
        + index
        + " of "
        + tries
        + " (size "
        + size
        + "), seed "
        + seed
        + "; replay with "
        + Seeds.replayHint(seed);
  }

  private static <T> Throwable failure(Consumer<T> check, T value) {
    try {
      check.accept(value);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  @Override
  public String toString() {
    return "Property{name=" + name + ", seed=" + seed + ", tries=" + tries + "}";
  }
}
