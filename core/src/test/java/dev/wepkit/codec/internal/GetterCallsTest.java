// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every getter call site calls the getter it is given, and every getter of the model that the
 * writer calls through {@link GetterCalls} has a site of its own.
 */
class GetterCallsTest {
  @Test
  void everySiteCallsTheGetterWithTheValue() {
    for (int site = -1; site <= GetterCalls.SITES + 1; site++) {
      int s = site;
      Function<String, String> getter = v -> v + "@" + s;
      assertThat(GetterCalls.call(site, getter, "value")).isEqualTo("value@" + site);
    }
  }

  @Test
  void theModelsGettersHaveSitesOfTheirOwn() {
    List<Integer> sites = new ArrayList<>();
    for (ModelType<?, ?> type : ResourceFields.allTypes()) {
      sites.add(type.unknownFieldsSite());
      for (Field<?, ?> field : type.fields()) {
        if (field.site >= 0) {
          sites.add(field.site);
        }
      }
    }
    assertThat(sites).doesNotHaveDuplicates().allMatch(site -> site < GetterCalls.SITES);
    // Strings, string lists and structs go through the sites: the model has dozens.
    assertThat(sites).hasSizeGreaterThan(30);
  }
}
