// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenContextTest {
  private static List<Long> draws(GenContext ctx) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      out.add(ctx.between(-1000L, 1000L));
      out.add((long) ctx.nextInt(7));
      out.add(ctx.chance(0.5) ? 1L : 0L);
      out.add((long) ctx.choose("a", "b", "c").hashCode());
    }
    return out;
  }

  @Test
  void sameSeedSameDraws() {
    assertThat(draws(GenContext.of(42L))).isEqualTo(draws(GenContext.of(42L)));
    assertThat(draws(GenContext.of(42L))).isNotEqualTo(draws(GenContext.of(43L)));
  }

  @Test
  void betweenStaysInItsRangeAndReachesBothEnds() {
    GenContext ctx = GenContext.of(1L);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      int v = ctx.between(-2, 2);
      assertThat(v).isBetween(-2, 2);
      seen.add(v);
    }
    assertThat(seen).containsExactlyInAnyOrder(-2, -1, 0, 1, 2);
    for (int i = 0; i < 1000; i++) {
      assertThat(ctx.between(Long.MAX_VALUE - 1, Long.MAX_VALUE))
          .isGreaterThanOrEqualTo(Long.MAX_VALUE - 1);
      assertThat(ctx.between(Long.MIN_VALUE, Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
    }
    assertThat(ctx.between(7, 7)).isEqualTo(7);
    assertThatIllegalArgumentException().isThrownBy(() -> ctx.between(3, 2));
  }

  @Test
  void sizedGrowsWithTheSize() {
    GenContext small = GenContext.of(5L, 0);
    GenContext half = GenContext.of(5L, 50);
    GenContext large = GenContext.of(5L, GenContext.MAX_SIZE);
    int maxHalf = 0;
    int maxLarge = 0;
    for (int i = 0; i < 2000; i++) {
      assertThat(small.sized(1, 101)).isEqualTo(1);
      maxHalf = Math.max(maxHalf, half.sized(1, 101));
      maxLarge = Math.max(maxLarge, large.sized(1, 101));
    }
    assertThat(maxHalf).isEqualTo(51);
    assertThat(maxLarge).isEqualTo(101);
  }

  @Test
  void caseSizesRunFromZeroToMax() {
    assertThat(GenContext.sizeFor(0, 1000)).isZero();
    assertThat(GenContext.sizeFor(999, 1000)).isEqualTo(GenContext.MAX_SIZE);
    assertThat(GenContext.sizeFor(0, 1)).isEqualTo(GenContext.MAX_SIZE);
    int previous = -1;
    for (int i = 0; i < 1000; i++) {
      int size = GenContext.forCase(3L, i, 1000).size();
      assertThat(size).isGreaterThanOrEqualTo(previous);
      previous = size;
    }
    assertThatIllegalArgumentException().isThrownBy(() -> GenContext.forCase(3L, 10, 10));
    assertThatIllegalArgumentException().isThrownBy(() -> GenContext.of(3L, 101));
  }

  @Test
  void splitIsIndependentAndReproducible() {
    GenContext a = GenContext.of(9L);
    GenContext b = GenContext.of(9L);
    List<Long> childA = draws(a.split());
    List<Long> childB = draws(b.split());
    assertThat(childA).isEqualTo(childB);
    assertThat(draws(a)).isEqualTo(draws(b)).isNotEqualTo(childA);
    assertThat(a.withSize(3).size()).isEqualTo(3);
    assertThat(a.seed()).isEqualTo(9L);
  }

  @Test
  void chooseAndChanceBehave() {
    GenContext ctx = GenContext.of(2L);
    for (int i = 0; i < 100; i++) {
      assertThat(ctx.chance(0)).isFalse();
      assertThat(ctx.chance(1)).isTrue();
      assertThat(ctx.choose(List.of("only"))).isEqualTo("only");
    }
    assertThatIllegalArgumentException().isThrownBy(() -> ctx.choose(List.of()));
  }
}
