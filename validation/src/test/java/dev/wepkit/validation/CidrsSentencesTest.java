// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sentences of {@link Cidrs#parse} and {@link Cidrs#parseStrict}: {@code not a CIDR or IP
 * address: "<input>" (<reason>)}. Without a {@code /} the reason is the address's own; with one, it
 * names the part before the slash when that is not an address, and otherwise the prefix length and
 * its limit for the address's family.
 */
class CidrsSentencesTest {
  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # input           | why Calico rejects it
          ''                | empty
          garbage           | not an IPv4 or IPv6 address
          01.2.3.4          | IPv4 needs four decimal octets from 0 to 255, without leading zeros
          ' 1.2.3.4'        | surrounding spaces are not allowed
          fe80::1%eth0      | zones such as %eth0 are not allowed
          01.2.3.4/24       | the address "01.2.3.4" is invalid: IPv4 needs four decimal octets from 0 to 255, without leading zeros
          /24               | the address "" is invalid: empty
          ' 1.2.3.4/24'     | the address " 1.2.3.4" is invalid: surrounding spaces are not allowed
          fe80::1%eth0/64   | the address "fe80::1%eth0" is invalid: zones such as %eth0 are not allowed
          garbage/8         | the address "garbage" is invalid: not an IPv4 or IPv6 address
          10.0.1.0/33       | the prefix length must be a number from 0 to 32
          1.2.3.4/          | the prefix length must be a number from 0 to 32
          1.2.3.4/-1        | the prefix length must be a number from 0 to 32
          1.2.3.4/+8        | the prefix length must be a number from 0 to 32
          1.2.3.4/99999999  | the prefix length must be a number from 0 to 32
          aabb::/129        | the prefix length must be a number from 0 to 128
          ::/129            | the prefix length must be a number from 0 to 128
          ::ffff:1.2.3.4/129 | the prefix length must be a number from 0 to 128
          fe80::/64%eth0    | the prefix length must be a number from 0 to 128
          """)
  void eachReasonHasItsSentence(String input, String reason) {
    assertThatThrownBy(() -> Cidrs.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a CIDR or IP address: \"" + input + "\" (" + reason + ")");
    // The strict parse fails first for the same reason.
    assertThatThrownBy(() -> Cidrs.parseStrict(input))
        .hasMessage("not a CIDR or IP address: \"" + input + "\" (" + reason + ")");
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # input          | its network
          10.0.0.1/8       | 10.0.0.0/8
          10.1.2.3/12      | 10.0.0.0/12
          2001:db8::1/32   | 2001:db8::/32
          2001:DB8:FFFF::1/33 | 2001:db8:8000::/33
          ::ffff:1.2.3.4/120 | 1.2.3.0/24
          """)
  void theStrictParseNamesTheNetwork(String input, String network) {
    assertThatThrownBy(() -> Cidrs.parseStrict(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a strictly masked CIDR: \""
                + input
                + "\" (host bits are set; the network is "
                + network
                + ")");
  }

  @Test
  void nullHasNoReason() {
    assertThatThrownBy(() -> Cidrs.parse(null)).hasMessage("not a CIDR or IP address: null");
    assertThatThrownBy(() -> Cidrs.parseStrict(null)).hasMessage("not a CIDR or IP address: null");
  }
}
