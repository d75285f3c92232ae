// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link StringPairs} against a {@code LinkedHashMap}; the seeded test prints its seed (replay with
 * {@code -Dwepkit.seed=N}).
 */
class StringPairsTest {
  private static final long SEED = Long.getLong("wepkit.seed", new SplittableRandom().nextLong());

  /** Few distinct keys, so that maps repeat them; several share a hash ("Aa" and "BB" do). */
  private static final String[] KEYS = {
    "Aa",
    "BB",
    "AaAa",
    "AaBB",
    "BBAa",
    "BBBB",
    "app",
    "tier",
    "k8s-app",
    "pod-template-hash",
    "projectcalico.org/namespace",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "\u00e9",
    "\ud83d\ude00",
    ""
  };

  private static void add(StringPairs pairs, String key, String value) {
    pairs.put(pairs.indexOf(key), key, value);
  }

  @Test
  void behavesLikeALinkedHashMapForOneCopyingPass() {
    StringPairs pairs = new StringPairs();
    Map<String, String> expected = new LinkedHashMap<>();
    // More than the initial capacity, with repeated keys (a fresh String, not the same instance).
    for (int i = 0; i < 40; i++) {
      String key = "k" + (i % 25);
      String value = "v" + i;
      assertThat(pairs.indexOf(new String(key)) >= 0).isEqualTo(expected.containsKey(key));
      add(pairs, key, value);
      expected.put(key, value);
    }
    assertThat(pairs).hasSize(25);
    assertThat(pairs).containsExactlyEntriesOf(expected);
    assertThat(pairs).isEqualTo(expected);
    assertThat(pairs.hashCode()).isEqualTo(expected.hashCode());
    assertThat(new LinkedHashMap<>(pairs)).isEqualTo(expected);
  }

  @Test
  void oneInstanceReusedForManyMapsOfEverySizeAgreesWithALinkedHashMap() {
    System.out.println("StringPairsTest: seed " + SEED + " (-Dwepkit.seed=" + SEED + ")");
    SplittableRandom random = new SplittableRandom(SEED);
    StringPairs pairs = new StringPairs();
    for (int map = 0; map < 500; map++) {
      pairs.clear();
      Map<String, String> expected = new LinkedHashMap<>();
      // Sizes on both sides of the scan limit, and past the index's first and later growth.
      int puts =
          random.nextInt(4) == 0 ? random.nextInt(120) : random.nextInt(2 * StringPairs.SCAN_LIMIT);
      for (int i = 0; i < puts; i++) {
        String key =
            KEYS[random.nextInt(KEYS.length)]
                + (random.nextBoolean() ? "" : "/" + random.nextInt(40));
        String value = "v" + i;
        String probe = new String(key);
        assertThat(pairs.indexOf(probe) >= 0)
            .as("map %d, put %d: %s (seed %d)", map, i, key, SEED)
            .isEqualTo(expected.containsKey(key));
        add(pairs, probe, value);
        expected.put(key, value);
      }
      assertThat(pairs).as("map %d (seed %d)", map, SEED).containsExactlyEntriesOf(expected);
      for (String key : expected.keySet()) {
        assertThat(pairs.indexOf(new String(key))).isGreaterThanOrEqualTo(0);
        // Lookups as the Pod conversion makes them on a Pod's annotations.
        assertThat(pairs.get(new String(key))).isEqualTo(expected.get(key));
        assertThat(pairs.containsKey(new String(key))).isTrue();
      }
      assertThat(pairs.indexOf("absent-" + map)).isEqualTo(-1);
      assertThat(pairs.get("absent-" + map)).isNull();
      assertThat(pairs.getOrDefault("absent-" + map, "none")).isEqualTo("none");
      assertThat(pairs.containsKey("absent-" + map)).isFalse();
      assertThat(pairs.get(map)).isNull();
    }
  }

  @Test
  void clearEmptiesItForReuse() {
    StringPairs pairs = new StringPairs();
    add(pairs, "a", "1");
    add(pairs, "b", "2");
    pairs.clear();
    assertThat(pairs).isEmpty();
    assertThat(pairs.indexOf("a")).isEqualTo(-1);
    add(pairs, "c", "3");
    assertThat(pairs).containsExactly(Map.entry("c", "3"));
  }
}
