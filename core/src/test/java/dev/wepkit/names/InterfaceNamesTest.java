// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Interface names. Expected values are Calico's (conversion_test.go, resources tests, the
 * Enterprise fork's multi-NIC test and docs) or were computed independently with Python's hashlib
 * and base64.b32encode from the rule.
 */
class InterfaceNamesTest {
  // {namespace, pod, expected name}: Calico test values.
  private static final String[][] KNOWN = {
    {"default", "podA", "cali7f94ce7c295"},
    {"default", "podB", "cali92cf1f5e9f6"},
    {"testNamespace", "simplePod", "caliedff4356bd6"},
    {"testNamespace", "simplePod2", "cali4274eb44391"},
    {"testNamespace", "termPod", "calidfce31fd9be"},
    {"default", "multus-test-pod-1", "calif887e436e8b"},
  };

  @Test
  void defaultPrefixGivesFifteenCharacters() {
    for (String[] known : KNOWN) {
      assertThat(InterfaceNames.forPod(known[0], known[1])).isEqualTo(known[2]).hasSize(15);
    }
  }

  @Test
  void hashesUtf8Bytes() {
    // Python: hashlib.sha1("ns-ü.pöd".encode()).hexdigest()[:11]
    assertThat(InterfaceNames.forPod("ns-\u00fc", "p\u00f6d")).isEqualTo("cali9f91fb261c7");
  }

  @Test
  void customPrefixIsUsedAsIs() {
    // conversion_test.go: FELIX_INTERFACEPREFIX=eni,veth,foo gives a 14-character name.
    assertThat(InterfaceNames.forPod("namespace", "podname", "eni")).isEqualTo("eni82111e10a96");
    assertThat(InterfaceNames.forPod("namespace", "podname", "")).isEqualTo("82111e10a96");
  }

  @Test
  void additionalInterfacesUseBase32() {
    assertThat(InterfaceNames.forPod("testNamespace", "simplePod", "cali", 1))
        .isEqualTo("calim15X7UGVV5N");
    assertThat(InterfaceNames.forPod("default", "multus-test-pod-1", "cali", 2))
        .isEqualTo("calim27CD6INXIX");
    // Python: base64.b32encode(sha1(b"namespace.podname").digest())[:9] == "QIIR4EFJM"
    assertThat(InterfaceNames.forPod("namespace", "podname", "eni", 9)).isEqualTo("enim9QIIR4EFJM");
  }

  @Test
  void indexZeroIsTheDefaultInterface() {
    assertThat(InterfaceNames.forPod("testNamespace", "simplePod", "cali", 0))
        .isEqualTo("caliedff4356bd6");
  }

  @Test
  void rejectsIndexTenAndNegativeIndexes() {
    assertThatThrownBy(() -> InterfaceNames.forPod("default", "p", "cali", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a maximum of 9 additional interfaces is allowed on a pod");
    assertThatThrownBy(() -> InterfaceNames.forPod("default", "p", "cali", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prefixComesFromTheFirstItemOfFelixSetting() {
    assertThat(InterfaceNames.prefixFromFelixSetting(null)).isEqualTo("cali");
    assertThat(InterfaceNames.prefixFromFelixSetting("")).isEqualTo("cali");
    assertThat(InterfaceNames.prefixFromFelixSetting("eni,veth,foo")).isEqualTo("eni");
    assertThat(InterfaceNames.prefixFromFelixSetting("tap")).isEqualTo("tap");
    // Go's strings.Split(",eni", ",")[0] is "": the prefix stops at the first, empty, item.
    assertThat(InterfaceNames.prefixFromFelixSetting(",eni")).isEmpty();
    // No trimming.
    assertThat(InterfaceNames.prefixFromFelixSetting(" eni ,x")).isEqualTo(" eni ");
  }

  @Test
  void containerWorkloadsUseTheContainerId() {
    assertThat(InterfaceNames.forContainer("abcdefa0123456")).isEqualTo("caliabcdefa0123");
    assertThat(InterfaceNames.forContainer("abc")).isEqualTo("caliabc");
    assertThat(InterfaceNames.forContainer("")).isEqualTo("cali");
  }

  @Test
  void isThreadSafe() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<String>> task =
            () -> {
              start.await();
              List<String> wrong = new ArrayList<>();
              for (int round = 0; round < 500; round++) {
                for (String[] known : KNOWN) {
                  String name = InterfaceNames.forPod(known[0], known[1]);
                  if (!name.equals(known[2])) {
                    wrong.add(name + " != " + known[2]);
                  }
                }
              }
              return wrong;
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
