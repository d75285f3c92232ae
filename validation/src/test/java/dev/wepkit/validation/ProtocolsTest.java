// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.Protocol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolsTest {
  @ParameterizedTest
  @CsvSource({
    // text,   validateProtocol, SupportsPorts
    "TCP,      true,  true",
    "UDP,      true,  true",
    "SCTP,     true,  true",
    "ICMP,     true,  false",
    "ICMPv6,   true,  false",
    "UDPLite,  true,  false",
    "tcp,      false, true", // SupportsPorts folds case; validateProtocol does not
    "udp,      false, true",
    "sctp,     false, true",
    "Tcp,      false, false",
    "icmp,     false, false",
    "footcp,   false, false",
    "tcpfoo,   false, false",
    "6,        true,  true",
    "17,       true,  true",
    "132,      true,  true",
    "1,        true,  false",
    "255,      true,  false",
    "0,        false, false",
    "256,      false, false", // stays a string, and no protocol has that name
  })
  void calicoProtocolRules(String text, boolean valid, boolean supportsPorts) {
    Protocol protocol = Protocol.of(text);
    assertThat(Protocols.isValid(protocol)).isEqualTo(valid);
    assertThat(Protocols.supportsPorts(protocol)).isEqualTo(supportsPorts);
    assertThat(Protocols.isValidForPort(protocol)).isEqualTo(valid && supportsPorts);
  }

  @ParameterizedTest
  @CsvSource({"6, true", "17, true", "132, true", "0, false", "1, false", "58, false"})
  void numbers(int number, boolean forPort) {
    assertThat(Protocols.isValidForPort(Protocol.of(number))).isEqualTo(forPort);
  }

  @ParameterizedTest
  @CsvSource({
    "tcp, case-sensitive",
    "Udp, case-sensitive",
    "icmp, does not support ports",
    "ICMP, does not support ports",
    "1, does not support ports",
    "HTTP, not a protocol Calico knows",
  })
  void explainsWhyAPortCannotUseIt(String text, String fragment) {
    assertThat(Protocols.explainForPort(Protocol.of(text))).contains(fragment);
  }
}
