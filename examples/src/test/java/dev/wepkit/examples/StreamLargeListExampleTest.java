// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamLargeListExampleTest {
  @Test
  void countsEveryItemOfTheList() throws Exception {
    String out = ExampleOutput.of(o -> StreamLargeListExample.run(o, 20_000));
    assertThat(out).startsWith("list of 20000 endpoints: ");
    // Items go round-robin over four nodes.
    assertThat(out)
        .endsWith(
            "node0: 5000 endpoints\nnode1: 5000 endpoints\nnode2: 5000 endpoints\n"
                + "node3: 5000 endpoints\n");
  }
}
