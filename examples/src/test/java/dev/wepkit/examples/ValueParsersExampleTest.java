// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueParsersExampleTest {
  @Test
  void acceptsAndRejectsAsGoDoes() throws Exception {
    String out = ExampleOutput.of(ValueParsersExample::run);
    assertThat(out)
        .contains("ip 10.65.0.1: ok\n")
        // Go's net.ParseIP: no leading zeros, no zones.
        .contains("ip 010.65.0.1: rejected\n")
        .contains("ip fd00::1: ok\n")
        .contains("ip fe80::1%eth0: rejected\n")
        .contains("contains 10.65.0.1: true\n")
        .contains("10.65.1.7/16 masked: 10.65.0.0/16\n")
        .contains("mac 52:54:00:44:49:56: ok\n")
        // Five octets is not a MAC length Go accepts.
        .contains("mac ca:fe:1d:52:bb: rejected\n")
        .contains("port name http: ok\n")
        .contains("port name metrics-9090: ok\n");
    // Port names are IANA service names: lower case only; the message names the input.
    assertThat(out).containsPattern("port name HTTP: .*HTTP");
  }
}
