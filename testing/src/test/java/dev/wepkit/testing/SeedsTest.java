// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeedsTest {
  private String savedSeed;
  private String savedTries;

  /** A replay run sets these properties on the command line: start from neither, restore both. */
  @BeforeEach
  void clearProperties() {
    savedSeed = System.clearProperty(Seeds.SEED_PROPERTY);
    savedTries = System.clearProperty(Seeds.TRIES_PROPERTY);
  }

  @AfterEach
  void restoreProperties() {
    restore(Seeds.SEED_PROPERTY, savedSeed);
    restore(Seeds.TRIES_PROPERTY, savedTries);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void seedComesFromTheSystemProperty() {
    System.setProperty("wepkit.seed", "-1234567890123");
    assertThat(Seeds.seed()).isEqualTo(-1234567890123L);
    assertThat(Property.named("p").seed()).isEqualTo(-1234567890123L);
    System.setProperty("wepkit.seed", "abc");
    assertThatIllegalArgumentException().isThrownBy(Seeds::seed).withMessageContaining("'abc'");
  }

  @Test
  void seedIsFreshWithoutTheProperty() {
    Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      seeds.add(Seeds.seed());
    }
    assertThat(seeds).hasSizeGreaterThan(1);
  }

  @Test
  void triesComeFromTheSystemProperty() {
    assertThat(Seeds.tries(1000)).isEqualTo(1000);
    System.setProperty("wepkit.tries", "25");
    assertThat(Seeds.tries(1000)).isEqualTo(25);
    assertThat(Property.named("p").tries()).isEqualTo(25);
    assertThat(Cases.list(Gen.constant("x"), 1000)).hasSize(25);
    System.setProperty("wepkit.tries", "0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Seeds.tries(10))
        .withMessageContaining("'0'");
    System.setProperty("wepkit.tries", "many");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Seeds.tries(10))
        .withMessageContaining("'many'");
    assertThatIllegalArgumentException().isThrownBy(() -> Seeds.tries(0));
  }

  @Test
  void caseSeedsAreStableAndDistinct() {
    assertThat(Seeds.caseSeed(42L, 7)).isEqualTo(Seeds.caseSeed(42L, 7));
    Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seeds.add(Seeds.caseSeed(42L, i));
    }
    assertThat(seeds).hasSize(10_000);
    assertThat(Seeds.caseSeed(42L, 0)).isNotEqualTo(Seeds.caseSeed(43L, 0));
  }

  @Test
  void replayHintNamesTheProperty() {
    assertThat(Seeds.replayHint(-5L)).isEqualTo("-Dwepkit.seed=-5");
  }
}
