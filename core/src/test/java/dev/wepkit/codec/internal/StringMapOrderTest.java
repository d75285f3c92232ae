// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link StringMapOrder#goOrder}'s sort by packed key prefixes: keys that share their
 * first seven characters, keys shorter than seven, characters beyond Latin-1 in the prefix (which
 * fall back to comparing strings) and maps too large for a position in one byte.
 */
class StringMapOrderTest {
  @Test
  void keysSharingTheirPrefixAreSortedAmongThemselves() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String key :
        List.of(
            "track",
            "features.example.com/flag-10",
            "features.example.com/flag-02",
            "app.kubernetes.io/version",
            "app",
            "app.kubernetes.io/name",
            "features",
            "feature",
            "featurez",
            "appl",
            "app\u0000",
            "\u00ff\u00fe",
            "\u00ff")) {
      map.put(key, "v-" + key);
    }
    assertInGoOrder(map);
  }

  @Test
  void charactersBeyondLatin1AndLargeMapsAreSortedAsStrings() {
    SplittableRandom random = new SplittableRandom(42);
    for (int size : new int[] {2, 7, 64, 65, 255, 256, 257, 600}) {
      Map<String, String> map = new LinkedHashMap<>();
      while (map.size() < size) {
        StringBuilder key = new StringBuilder("common");
        for (int i = random.nextInt(4); i >= 0; i--) {
          int c = random.nextInt(5) == 0 ? 0x100 + random.nextInt(0xD000) : 'a' + random.nextInt(3);
          key.append((char) c);
        }
        map.put(key.toString(), "v" + map.size());
      }
      assertInGoOrder(map);
    }
  }

  private static void assertInGoOrder(Map<String, String> map) {
    List<String> expected = new ArrayList<>(map.keySet());
    expected.sort(
        (a, b) ->
            Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
    StringMapOrder.Sorted sorted = StringMapOrder.goOrder(map);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      keys.add(sorted.key(i));
      assertThat(sorted.value(i)).isEqualTo(map.get(sorted.key(i)));
    }
    assertThat(keys).isEqualTo(expected);
  }
}
