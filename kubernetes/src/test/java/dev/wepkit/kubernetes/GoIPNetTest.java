// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Address parsing and printing against Go's own test tables (net/ip_test.go: parseIPTests,
 * ipStringTests, parseCIDRTests) and Calico's lib/net ParseCIDROrIP behaviour.
 */
class GoIPNetTest {
  @ParameterizedTest
  @CsvSource({
    "127.0.1.2, 127.0.1.2/32",
    "127.0.0.1, 127.0.0.1/32",
    "::ffff:127.1.2.3, 127.1.2.3/32",
    "::ffff:7f01:0203, 127.1.2.3/32",
    "0:0:0:0:0000:ffff:127.1.2.3, 127.1.2.3/32",
    "0:0:0:0::ffff:127.1.2.3, 127.1.2.3/32",
    "2001:4860:0:2001::68, 2001:4860:0:2001::68/128",
    "2001:4860:0000:2001:0000:0000:0000:0068, 2001:4860:0:2001::68/128",
    "::, ::/128",
    "::1, ::1/128",
    "1::, 1::/128",
    "::1.2.3.4, ::102:304/128",
  })
  void goParseIPAcceptsAsABareNetwork(String text, String network) {
    assertThat(GoIPNet.parseCidrOrIp(text)).hasToString(network);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0:0:0:0:000000:ffff:127.1.2.3",
        "-0.0.0.0",
        "0.-1.0.0",
        "0.0.-2.0",
        "0.0.0.-3",
        "127.0.0.256",
        "abc",
        "123:",
        "fe80::1%lo0",
        "fe80::1%911",
        "a1:a2:a3:a4::b1:b2:b3:b4",
        "127.001.002.003",
        "::ffff:127.001.002.003",
        "123.000.000.000",
        "1.2..4",
        "0123.0.0.1",
        "1.2.3",
        "1.2.3.4.",
        ".1.2.3",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1::2::3",
        "12345::",
        "1:2:3:4:5:6:1.2.3.4:5",
        "1:2:3:4:5:1.2.3.4",
        "%eth0",
        " 1.2.3.4",
        "1.2.3.4 ",
        "१.२.३.४",
      })
  void goParseIPRejects(String text) {
    assertThatThrownBy(() -> GoIPNet.parseCidrOrIp(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @ParameterizedTest
  @CsvSource({
    "135.104.0.0/32, 135.104.0.0/32",
    "0.0.0.0/24, 0.0.0.0/24",
    "135.104.0.0/24, 135.104.0.0/24",
    "135.104.0.1/32, 135.104.0.1/32",
    "135.104.0.1/24, 135.104.0.0/24",
    "::1/128, ::1/128",
    "abcd:2345::/127, abcd:2345::/127",
    "abcd:2345::/65, abcd:2345::/65",
    "abcd:2345::/64, abcd:2345::/64",
    "abcd:2345::/63, abcd:2345::/63",
    "abcd:2345::/33, abcd:2345::/33",
    "abcd:2345::/32, abcd:2345::/32",
    "abcd:2344::/31, abcd:2344::/31",
    "abcd:2300::/24, abcd:2300::/24",
    "abcd:2345::/24, abcd:2300::/24",
    "2001:DB8::/48, 2001:db8::/48",
    "2001:DB8::1/48, 2001:db8::/48",
    "10.0.0.1/032, 10.0.0.1/32",
    "0.0.0.0/0, 0.0.0.0/0",
    "::/0, ::/0",
  })
  void goParseCIDR(String text, String network) {
    assertThat(GoIPNet.parseCidr(text)).hasToString(network);
    assertThat(GoIPNet.parseCidrOrIp(text)).hasToString(network);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "192.168.1.1/255.255.255.0",
        "192.168.1.1/35",
        "2001:db8::1/-1",
        "2001:db8::1/-0",
        "-0.0.0.0/32",
        "0.-1.0.0/32",
        "0.0.-2.0/32",
        "0.0.0.-3/32",
        "0.0.0.0/-0",
        "127.000.000.001/32",
        "",
        "10.0.0.1",
        "10.0.0.1/",
        "10.0.0.1/24/8",
        "fd00::/129",
        "fe80::1%eth0/64",
        "10.0.0.1/+8",
        "10.0.0.1/99999999",
      })
  void goParseCIDRRejects(String text) {
    assertThatThrownBy(() -> GoIPNet.parseCidr(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "2001:0db8:0000:0000:0000:0123:0012:0001, 2001:db8::123:12:1",
    "2001:db8:0:0:0:0:0:1, 2001:db8::1",
    "2001:db8:0:1:0:1:0:1, 2001:db8:0:1:0:1:0:1",
    "2001:db8:1:0:1:0:1:0, 2001:db8:1:0:1:0:1:0",
    "2001:0:0:0:1:0:0:1, 2001::1:0:0:1",
    "2001:db8:0:0:1:0:0:0, 2001:db8:0:0:1::",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8:0:0:a:b:c:d, 2001:db8::a:b:c:d",
    "0:0:0:0:0:0:0:0, ::",
    "0:0:0:0:0:ffff:c000:0201, 192.0.2.1",
    "0:0:0:0:0:ffff:0:0, 0.0.0.0",
    "1:0:0:2:0:0:0:3, 1:0:0:2::3",
    "1:0:2:3:4:5:6:7, 1:0:2:3:4:5:6:7",
  })
  void goIPString(String text, String expected) {
    // Go's table gives bytes; here they are written out as eight full groups.
    assertThat(GoIPNet.parseCidrOrIp(text).ipString()).isEqualTo(expected);
  }

  @Test
  void nilIpPrintsAsGoDoes() {
    assertThat(GoIPNet.ipString(null)).isEqualTo("<nil>");
    GoIPNet empty = GoIPNet.parseCidrOrIp("");
    assertThat(empty).hasToString("<nil>");
    assertThat(empty.ipString()).isEqualTo("<nil>");
    assertThat(empty.isIPv4()).isFalse();
    assertThat(empty.maskOnes()).isEqualTo(128);
  }

  @ParameterizedTest
  @CsvSource({
    // An IPv4-mapped CIDR keeps 16-byte address and mask; IPNet.String prints the last 32 bits.
    "::ffff:1.2.3.4/128, 1.2.3.4/32, true, 128",
    "::ffff:1.2.3.4/120, 1.2.3.0/24, true, 120",
    "::ffff:1.2.3.4/104, 1.0.0.0/8, true, 104",
    "::ffff:1.2.3.4/96, 0.0.0.0/0, true, 96",
    "::ffff:1.2.3.4/95, ::fffe:0:0/95, false, 95",
    "::ffff:1.2.3.4/80, ::/80, false, 80",
    // A bare mapped address is 4 bytes with a 4-byte mask.
    "::ffff:1.2.3.4, 1.2.3.4/32, true, 32",
    "1.2.3.4, 1.2.3.4/32, true, 32",
    "fd00::1, fd00::1/128, false, 128",
    "10.1.2.3/8, 10.0.0.0/8, true, 8",
  })
  void ipv4MappedLayout(String text, String network, boolean ipv4, int ones) {
    GoIPNet net = GoIPNet.parseCidrOrIp(text);

    assertThat(net).hasToString(network);
    assertThat(net.isIPv4()).isEqualTo(ipv4);
    assertThat(net.maskOnes()).isEqualTo(ones);
  }
}
