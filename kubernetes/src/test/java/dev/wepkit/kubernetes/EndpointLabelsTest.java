// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.internal.StringPairs;
import dev.wepkit.names.CalicoLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link EndpointLabels} against {@link CalicoLabels#apply}, the map it stands in for: same entries
 * in the same order, as the copy {@code withLabels} makes of it shows. Replay a failure with {@code
 * -Dwepkit.seed=N}.
 */
class EndpointLabelsTest {
  private static final long SEED = Long.getLong("wepkit.seed", new SplittableRandom().nextLong());
  private static final int TRIES = Integer.getInteger("wepkit.tries", 1000);
  private static final String[] KEYS = {
    "app",
    "tier",
    "pod-template-hash",
    CalicoLabels.NAMESPACE,
    CalicoLabels.ORCHESTRATOR,
    CalicoLabels.SERVICE_ACCOUNT,
    CalicoLabels.NAME
  };
  private static final ImmutableObjectMeta EMPTY = ObjectMeta.builder().build();

  @Test
  void givesCalicosLabelsInLinkedHashMapOrder() {
    SplittableRandom random = new SplittableRandom(SEED);
    StringPairs reused = new StringPairs();
    for (int i = 0; i < TRIES; i++) {
      Map<String, String> pod = new LinkedHashMap<>();
      // Past StringPairs' scan limit at times, so that replacing a Pod label goes through its
      // index.
      for (int n = random.nextInt(5) == 0 ? random.nextInt(40) : random.nextInt(6); n > 0; n--) {
        String key =
            random.nextInt(3) == 0 ? "k" + random.nextInt(30) : KEYS[random.nextInt(KEYS.length)];
        pod.put(key, "v" + random.nextInt(3));
      }
      String namespace = random.nextInt(5) == 0 ? "" : "ns" + random.nextInt(3);
      String account = account(random);
      Map<String, String> expected = CalicoLabels.apply(pod, namespace, "k8s", account);
      // One map for every try, as a list's conversion reuses it.
      reused.clear();
      Map<String, String> actual = EndpointLabels.fill(reused, pod, namespace, "k8s", account);
      String replay = "try " + i + ", " + pod + "; replay with -Dwepkit.seed=" + SEED;

      assertThat(actual).as(replay).isEqualTo(expected).hasSameHashCodeAs(expected);
      assertThat(actual.size()).as(replay).isEqualTo(expected.size());
      Map<String, String> copied = EMPTY.withLabels(actual).labels();
      assertThat(entries(copied)).as(replay).isEqualTo(entries(expected));
      assertThat(entries(new LinkedHashMap<>(actual))).as(replay).isEqualTo(entries(expected));
    }
  }

  @Test
  void aPodLabelWithCalicosKeyIsReplacedWhereItStands() {
    Map<String, String> pod = new LinkedHashMap<>();
    pod.put(CalicoLabels.ORCHESTRATOR, "mine");
    pod.put("app", "a");

    assertThat(entries(EndpointLabels.fill(new StringPairs(), pod, "prod", "k8s", "sa")))
        .containsExactly(
            CalicoLabels.ORCHESTRATOR + "=k8s",
            "app=a",
            CalicoLabels.NAMESPACE + "=prod",
            CalicoLabels.SERVICE_ACCOUNT + "=sa");
  }

  private static String account(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return "";
      case 1:
        // Over Calico's 62-byte limit for the label: no service account label.
        return "a".repeat(63);
      case 2:
        return "s\u00e9".repeat(20);
      default:
        return "default";
    }
  }

  /** The entries as text, in iteration order (the map's entries need not outlive next()). */
  private static List<String> entries(Map<String, String> map) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> entry : map.entrySet()) {
      out.add(entry.getKey() + "=" + entry.getValue());
    }
    return out;
  }
}
