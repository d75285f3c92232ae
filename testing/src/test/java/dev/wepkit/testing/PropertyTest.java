// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wepkit.WorkloadEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PropertyTest {
  private static final Gen<List<Integer>> INT_LISTS =
      ctx -> Gen.<Integer>constant(0).map(unused -> ctx.between(0, 100)).list(0, 40).generate(ctx);

  @Test
  void aPassingPropertyRunsEveryCase() {
    AtomicInteger runs = new AtomicInteger();
    Property.named("counts")
        .withSeed(1L)
        .withTries(1234)
        .check(
            GenContext::size,
            size -> {
              runs.incrementAndGet();
              return size >= 0 && size <= GenContext.MAX_SIZE;
            });
    assertThat(runs).hasValue(1234);
  }

  @Test
  void failureMessageNamesPropertySeedCaseAndReplay() {
    // Case i of 1000 has size floor(i * 100 / 999): the first of size 50 is case 500.
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.named("sizes stay small")
                    .withSeed(42L)
                    .withTries(1000)
                    .check(GenContext::size, size -> size < 50));
    assertThat(error.getMessage())
        .contains(
            "'sizes stay small'", "case 500 of 1000", "seed 42", "-Dwepkit.seed=42", "case: 50");
  }

  @Test
  void everyRunPrintsItsSeedBeforeItsFirstCase() {
    // A run that never ends leaves no failure message, so the seed must be in the log already.
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    AtomicReference<String> printedBeforeFirstCase = new AtomicReference<>();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Property.named("prints first")
          .withSeed(-77L)
          .withTries(3)
          .check(
              GenContext::size,
              size -> {
                printedBeforeFirstCase.compareAndSet(
                    null, captured.toString(StandardCharsets.UTF_8));
                return true;
              });
    } finally {
      System.setOut(original);
    }
    assertThat(printedBeforeFirstCase.get())
        .contains("'prints first'", "3 cases", "seed -77", "-Dwepkit.seed=-77");
  }

  @Test
  void shrinkingStopsAtItsTimeLimitAndStillReportsTheFailure() {
    AtomicInteger checks = new AtomicInteger();
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.named("slow and always failing")
                    .withSeed(5L)
                    .withTries(10)
                    .withShrinkTimeLimit(Duration.ofMillis(200))
                    .check(
                        ctx -> List.copyOf(java.util.Collections.nCopies(40, 7)),
                        list -> {
                          checks.incrementAndGet();
                          try {
                            Thread.sleep(50);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          // Many shrink steps to go: elements one by one to 30, then each 7 to 0.
                          return list.size() < 30;
                        }));
    assertThat(error.getMessage()).contains("'slow and always failing'", "seed 5", "time limit");
    // One check found the failure; about four more fit in 200 ms, far short of a full shrink.
    assertThat(checks.get()).isBetween(2, 12);
  }

  @Test
  void sameSeedFailsTheSameWay() {
    Gen<WorkloadEndpoint> gen = WorkloadEndpointGenerators.validEndpoints();
    AssertionError first =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.named("few labels")
                    .withSeed(7L)
                    .withTries(1000)
                    .check(gen, wep -> wep.metadata().labels().size() < 4));
    AssertionError second =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.named("few labels")
                    .withSeed(7L)
                    .withTries(1000)
                    .check(gen, wep -> wep.metadata().labels().size() < 4));
    assertThat(first).isNotNull();
    assertThat(second.getMessage()).isEqualTo(first.getMessage());
  }

  @Test
  void shrinkingMakesAFailingListSmaller() {
    // Lists of 5 to 40 numbers: any failing list has several elements to drop.
    Gen<List<Integer>> lists =
        ctx ->
            Gen.<Integer>constant(0).map(unused -> ctx.between(0, 100)).list(5, 40).generate(ctx);
    AtomicReference<List<Integer>> original = new AtomicReference<>();
    AtomicReference<List<Integer>> lastFailing = new AtomicReference<>();
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.named("no big numbers")
                    .withTries(1000)
                    .check(
                        lists,
                        list -> {
                          boolean ok = list.stream().allMatch(n -> n < 90);
                          if (!ok) {
                            original.compareAndSet(null, list);
                            lastFailing.set(list);
                          }
                          return ok;
                        }));
    assertThat(original.get()).hasSizeGreaterThanOrEqualTo(5);
    // Dropping elements one at a time ends with the single offending element.
    assertThat(lastFailing.get()).hasSize(1).allMatch(n -> n >= 90);
    assertThat(error.getMessage())
        .contains(
            "shrunk case",
            "[" + lastFailing.get().get(0) + "]",
            "original case: " + original.get());
  }

  @Test
  void shrinkingStopsAtALocalMinimum() {
    AtomicReference<List<Integer>> lastFailing = new AtomicReference<>();
    catchThrowableOfType(
        AssertionError.class,
        () ->
            Property.named("small sums")
                .withTries(1000)
                .check(
                    INT_LISTS,
                    list -> {
                      boolean ok = sum(list) < 300;
                      if (!ok) {
                        lastFailing.set(list);
                      }
                      return ok;
                    }));
    List<Integer> shrunk = lastFailing.get();
    assertThat(sum(shrunk)).isGreaterThanOrEqualTo(300);
    // Shrinking stops only when dropping any one element makes the property pass.
    for (int i = 0; i < shrunk.size(); i++) {
      assertThat(sum(shrunk) - shrunk.get(i)).isLessThan(300);
    }
  }

  private static int sum(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void shrinkingDropsEndpointPartsOneAtATime() {
    AtomicReference<WorkloadEndpoint> lastFailing = new AtomicReference<>();
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.named("fewer than three labels")
                    .withSeed(11L)
                    .withTries(1000)
                    .verify(
                        WorkloadEndpointGenerators.validEndpoints(),
                        wep -> {
                          if (wep.metadata().labels().size() >= 3) {
                            lastFailing.set(wep);
                            throw new AssertionError("labels: " + wep.metadata().labels().size());
                          }
                        }));
    WorkloadEndpoint shrunk = lastFailing.get();
    assertThat(shrunk.metadata().labels()).hasSize(3);
    assertThat(shrunk.metadata().annotations()).isEmpty();
    assertThat(shrunk.spec().ports()).isEmpty();
    assertThat(shrunk.spec().ipNATs()).isEmpty();
    assertThat(shrunk.spec().ipNetworks()).isEmpty();
    assertThat(shrunk.spec().mac()).isEmpty();
    assertThat(CalicoOracle.errors(shrunk)).as("shrinking keeps the endpoint valid").isEmpty();
    assertThat(error.getMessage()).contains("shrunk case", shrunk.toString(), "labels: 3");
    assertThat(error.getCause()).hasMessage("labels: 3");
  }

  @Test
  void shrinkingKeepsNatsCovered() {
    AtomicReference<WorkloadEndpoint> lastFailing = new AtomicReference<>();
    catchThrowableOfType(
        AssertionError.class,
        () ->
            Property.named("no NATs")
                .withSeed(5L)
                .withTries(1000)
                .check(
                    WorkloadEndpointGenerators.validEndpoints(),
                    wep -> {
                      boolean ok = wep.spec().ipNATs().isEmpty();
                      if (!ok) {
                        lastFailing.set(wep);
                      }
                      return ok;
                    }));
    WorkloadEndpoint shrunk = lastFailing.get();
    assertThat(shrunk.spec().ipNATs()).hasSize(1);
    assertThat(shrunk.spec().ipNetworks()).hasSize(1);
    assertThat(CalicoOracle.errors(shrunk)).isEmpty();
  }

  @Test
  void stringsShrinkToTheBoundary() {
    Gen<String> strings = ctx -> Generators.random(ctx, "abc", ctx.sized(0, 60));
    AtomicReference<String> lastFailing = new AtomicReference<>();
    catchThrowableOfType(
        AssertionError.class,
        () ->
            Property.named("short strings")
                .withSeed(1L)
                .withTries(1000)
                .check(
                    strings,
                    s -> {
                      if (s.length() >= 5) {
                        lastFailing.set(s);
                      }
                      return s.length() < 5;
                    }));
    assertThat(lastFailing.get()).hasSize(5);
  }

  @Test
  void exceptionsAndGeneratorFailuresAreReported() {
    AssertionError thrown =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.named("throws")
                    .withSeed(9L)
                    .withTries(10)
                    .check(
                        Gen.constant("x"),
                        s -> {
                          throw new IllegalStateException("boom");
                        }));
    assertThat(thrown)
        .hasMessageContaining("'throws'")
        .hasMessageContaining("case 0 of 10")
        .hasMessageContaining("boom")
        .hasCauseInstanceOf(IllegalStateException.class);
    AssertionError broken =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.named("bad gen")
                    .withSeed(9L)
                    .withTries(10)
                    .check(
                        ctx -> {
                          throw new IllegalStateException("no value");
                        },
                        v -> true));
    assertThat(broken)
        .hasMessageContaining("'bad gen'")
        .hasMessageContaining("-Dwepkit.seed=9")
        .hasMessageContaining("no value");
    assertThatIllegalArgumentException().isThrownBy(() -> Property.named("x").withTries(0));
  }

  @Test
  void staticEntryPointsRunOneThousandCasesByDefault() {
    AtomicInteger runs = new AtomicInteger();
    Property.forAll("static predicate", Gen.constant(1), v -> runs.incrementAndGet() > 0);
    Property.forAllAssert("static assertion", Gen.constant(1), v -> runs.incrementAndGet());
    assertThat(runs).hasValue(2 * Seeds.tries(Property.DEFAULT_TRIES));
  }
}
