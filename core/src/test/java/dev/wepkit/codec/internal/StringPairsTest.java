// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringPairsTest {
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
