// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Go address engine, against Go's own test tables (net/ip_test.go: parseIPTests, ipStringTests,
 * parseCIDRTests), RFC 5952's examples and Calico's lib/net ParseCIDROrIP behaviour. Every
 * expectation is written by hand from those sources.
 */
class GoNetTest {
  // ---------------------------------------------------------------- net.ParseIP

  @Test
  void parsesWhatGoParses() {
    assertThat(GoNet.parseIp("10.0.0.1"))
        .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 10, 0, 0, 1);
    assertThat(GoNet.parseIp("::ffff:1.2.3.4")).hasSize(16);
    assertThat(GoNet.isIPv4(GoNet.parseIp("::ffff:1.2.3.4"))).isTrue();
    assertThat(GoNet.parseIp("::ffff:1.2.3.4")).isEqualTo(GoNet.parseIp("1.2.3.4"));
    assertThat(GoNet.parseIp("2001:0db8:0000:0000:0000:0000:0000:0001"))
        .isEqualTo(GoNet.parseIp("2001:db8::1"));
    assertThat(GoNet.parseIp("2001:DB8::1")).isEqualTo(GoNet.parseIp("2001:db8::1"));
    assertThat(GoNet.parseIp("1::1.2.3.4"))
        .containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4);
    assertThat(GoNet.parseIp(null)).isNull();
  }

  @Test
  void parseAddrSaysWhichTextItRead() {
    byte[] buf = new byte[16];
    assertThat(GoNet.parseAddr("10.0.0.1", 0, 8, buf)).isEqualTo(GoNet.TEXT_V4);
    assertThat(GoNet.parseAddr("::ffff:10.0.0.1", 0, 15, buf)).isEqualTo(GoNet.TEXT_V6);
    assertThat(GoNet.isMapped(buf)).isTrue();
    // A range of a longer text, as the CIDR parser uses it.
    assertThat(GoNet.parseAddr("x1.2.3.4/8", 1, 8, buf)).isEqualTo(GoNet.TEXT_V4);
    assertThat(buf[15]).isEqualTo((byte) 4);
    assertThat(GoNet.parseAddr("1.2.3.4", 0, 0, buf)).isEqualTo(GoNet.INVALID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "010.0.0.1",
        "1.2.3",
        "1.2.3.4.5",
        "256.0.0.1",
        "fe80::1%eth0",
        "::g",
        "1::2::3",
        ":::",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7::8",
        "12345::",
        "1.2.3.4/32",
        " 1.2.3.4",
        "\uff11.2.3.4",
        "1:2:3:4:5:6:1.2.3.4:1",
        // Go's parseIPTests
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
        "1.2.3.4.",
        ".1.2.3",
        "1:2:3:4:5:6:7",
        "12345::",
        "1:2:3:4:5:6:1.2.3.4:5",
        "1:2:3:4:5:1.2.3.4",
        "%eth0",
        "1.2.3.4 ",
        "१.२.३.४",
      })
  void rejectsWhatGoRejects(String text) {
    assertThat(GoNet.parseIp(text)).as(text).isNull();
    if (!text.isEmpty() && text.indexOf('/') < 0) {
      // Neither a CIDR nor a bare IP for Calico's ParseCIDROrIP either.
      assertThat(GoNetwork.cidrOrIpOrNull(text)).as(text).isNull();
      assertThatThrownBy(() -> GoNetwork.parseCidrOrIp(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid CIDR address: " + text);
    }
  }

  @Test
  void hexValueIsAsciiOnly() {
    assertThat(GoNet.hexValue('0')).isEqualTo(0);
    assertThat(GoNet.hexValue('9')).isEqualTo(9);
    assertThat(GoNet.hexValue('a')).isEqualTo(10);
    assertThat(GoNet.hexValue('F')).isEqualTo(15);
    assertThat(GoNet.hexValue('g')).isEqualTo(-1);
    assertThat(GoNet.hexValue('\uff11')).isEqualTo(-1);
  }

  // ---------------------------------------------------------------- net.IP.String

  @ParameterizedTest
  @CsvSource({
    // Go's ipStringTests, with the bytes written out as eight full groups.
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
    // RFC 5952, section 4
    "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
    "::, ::",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    "::1, ::1",
    "1::, 1::",
    "ABCD:EF01::0, abcd:ef01::",
    "10.0.0.1, 10.0.0.1",
    "::ffff:10.0.0.1, 10.0.0.1",
    "::1.2.3.4, ::102:304",
  })
  void formatsAsGoDoes(String text, String expected) {
    assertThat(GoNet.ipString(GoNet.parseIp(text))).isEqualTo(expected);
  }

  @Test
  void formatsEveryLengthGoFormats() {
    assertThat(GoNet.ipString(new byte[] {10, 0, 0, 1})).isEqualTo("10.0.0.1");
    assertThat(GoNet.ipString(new byte[] {(byte) 192, (byte) 168, 0, (byte) 255}))
        .isEqualTo("192.168.0.255");
    assertThat(GoNet.ipString(null)).isEqualTo("<nil>");
    assertThat(GoNet.ipString(new byte[0])).isEqualTo("<nil>");
    assertThat(GoNet.ipString(new byte[] {1, 2, (byte) 0xab})).isEqualTo("?0102ab");
  }

  @Test
  void netipKeepsTheMappedForm() {
    assertThat(GoNet.ipv6AddrString(GoNet.parseIp("::ffff:1.2.3.4"))).isEqualTo("::ffff:1.2.3.4");
    assertThat(GoNet.ipv6AddrString(GoNet.parseIp("2001:DB8::1"))).isEqualTo("2001:db8::1");
    assertThat(GoNet.ipv6AddrString(GoNet.parseIp("::"))).isEqualTo("::");
  }

  // ---------------------------------------------------------------- ParseCIDROrIP and IPNet

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
    GoNetwork parsed = GoNetwork.parseCidrOrIp(text);
    assertThat(parsed).hasToString(network);
    assertThat(parsed.isBare()).isTrue();
    assertThat(parsed.isSingleAddress()).isTrue();
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
    assertThat(GoNetwork.parseCidr(text)).hasToString(network);
    assertThat(GoNetwork.parseCidrOrIp(text)).hasToString(network);
    byte[] buf = new byte[16];
    int packed = GoNet.parseCidr(text, buf);
    assertThat(GoNet.networkString(packed, buf)).isEqualTo(network);
    assertThat(GoNet.isBare(packed)).isFalse();
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
    assertThatThrownBy(() -> GoNetwork.parseCidr(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid CIDR address: " + text);
    assertThat(GoNet.parseCidr(text, new byte[16])).isEqualTo(GoNet.INVALID);
  }

  @Test
  void cidrsMaskAndContain() {
    GoNetwork net = GoNetwork.parseCidrOrIp("10.0.0.1/8");
    assertThat(net.isStrictlyMasked()).isFalse();
    assertThat(net.isSingleAddress()).isFalse();
    assertThat(net.contains(GoNet.parseIp("10.255.0.1"))).isTrue();
    assertThat(net.contains(new byte[] {10, (byte) 255, 0, 1})).isTrue();
    assertThat(net.contains(GoNet.parseIp("11.0.0.1"))).isFalse();
    assertThat(net.contains(new byte[] {11, 0, 0, 1})).isFalse();
    assertThat(net.address()).isEqualTo(GoNet.parseIp("10.0.0.1"));
    assertThat(net.network()).isEqualTo(GoNet.parseIp("10.0.0.0"));
    assertThat(GoNetwork.cidrOrIpOrNull("10.0.0.0/33")).isNull();
    assertThat(GoNetwork.cidrOrIpOrNull(null)).isNull();
    assertThat(GoNetwork.parseCidrOrIp("aabb::1").isSingleAddress()).isTrue();
    assertThat(GoNetwork.parseCidrOrIp("::ffff:1.2.3.4/128").contains(GoNet.parseIp("1.2.3.4")))
        .isTrue();
    assertThat(GoNetwork.parseCidrOrIp("::ffff:1.2.3.4/128").contains(new byte[] {1, 2, 3, 4}))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    // Go's IPNet.Contains: the other family is never contained, mapped addresses are IPv4.
    "10.0.0.0/8,          10.255.255.255,  true",
    "10.0.0.0/8,          11.0.0.0,        false",
    "10.0.0.1/8,          10.9.9.9,        true",
    "10.0.0.1/32,         10.0.0.2,        false",
    "0.0.0.0/0,           255.255.255.255, true",
    "0.0.0.0/0,           ::1,             false",
    "::/0,                10.0.0.1,        false",
    "::/0,                ::ffff:10.0.0.1, false",
    "::/0,                2001:db8::1,     true",
    "10.0.0.0/8,          ::ffff:10.1.1.1, true",
    "::ffff:10.0.0.0/104, 10.1.1.1,        true",
    "::ffff:1.2.3.4/80,   ::1,             true",
    "::ffff:1.2.3.4/80,   1.2.3.4,         false",
    "10.1.2.3/13,         10.7.255.255,    true",
    "10.1.2.3/13,         10.8.0.0,        false",
  })
  void containsFollowsGo(String cidr, String ip, boolean expected) {
    GoNetwork net = GoNetwork.parseCidrOrIp(cidr);
    byte[] ip16 = GoNet.parseIp(ip);
    assertThat(net.contains(ip16)).isEqualTo(expected);
    byte[] ip4 = GoNet.to4(ip16);
    if (ip4 != null) {
      assertThat(net.contains(ip4)).isEqualTo(expected);
    }
  }

  @Test
  void nilIpPrintsAsGoDoes() {
    GoNetwork empty = GoNetwork.parseCidrOrIp("");
    assertThat(empty).hasToString("<nil>");
    assertThat(empty.ipString()).isEqualTo("<nil>");
    assertThat(empty.isIPv4()).isFalse();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.maskOnes()).isEqualTo(128);
    assertThat(empty.maskBits()).isEqualTo(128);
    // Go's nil network contains only the nil IP.
    assertThat(empty.contains(null)).isTrue();
    assertThat(empty.contains(GoNet.parseIp("::"))).isFalse();
    assertThat(GoNetwork.parseCidrOrIp("::/0").contains(null)).isFalse();
    assertThatThrownBy(() -> GoNetwork.parseCidr("")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    // An IPv4-mapped CIDR keeps 16-byte address and mask; IPNet.String prints the last 32 bits.
    "::ffff:1.2.3.4/128, 1.2.3.4/32, true, 128, 128, 32",
    "::ffff:1.2.3.4/120, 1.2.3.0/24, true, 120, 128, 24",
    "::ffff:1.2.3.4/104, 1.0.0.0/8, true, 104, 128, 8",
    "::ffff:1.2.3.4/96, 0.0.0.0/0, true, 96, 128, 0",
    "::ffff:1.2.3.4/95, ::fffe:0:0/95, false, 95, 128, 95",
    "::ffff:1.2.3.4/80, ::/80, false, 80, 128, 80",
    // A bare mapped address is 4 bytes with a 4-byte mask.
    "::ffff:1.2.3.4, 1.2.3.4/32, true, 32, 32, 32",
    "1.2.3.4, 1.2.3.4/32, true, 32, 32, 32",
    "fd00::1, fd00::1/128, false, 128, 128, 128",
    "10.1.2.3/8, 10.0.0.0/8, true, 8, 32, 8",
  })
  void ipv4MappedLayout(
      String text, String network, boolean ipv4, int ones, int bits, int prefixLength) {
    GoNetwork net = GoNetwork.parseCidrOrIp(text);

    assertThat(net).hasToString(network);
    assertThat(net.isIPv4()).isEqualTo(ipv4);
    assertThat(net.maskOnes()).isEqualTo(ones);
    assertThat(net.maskBits()).isEqualTo(bits);
    assertThat(net.prefixLength()).isEqualTo(prefixLength);
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.1/24, 10.0.0.0",
    "10.0.0.1, 10.0.0.1",
    "2001:db8:ffff::1/33, 2001:db8:8000::",
    "::ffff:1.2.3.4/120, 1.2.3.0",
  })
  void ipStringIsTheNetworkAddress(String text, String expected) {
    assertThat(GoNetwork.parseCidrOrIp(text).ipString()).isEqualTo(expected);
  }

  // ---------------------------------------------------------------- masking and family

  @Test
  void masking() {
    assertThat(GoNet.mask(new byte[] {10, 1, 2, 3}, 12)).containsExactly(10, 0, 0, 0);
    assertThat(GoNet.mask(new byte[] {10, (byte) 0xff, 2, 3}, 12)).containsExactly(10, 0xf0, 0, 0);
    assertThat(GoNet.mask(new byte[] {10, 1, 2, 3}, 32)).containsExactly(10, 1, 2, 3);
    assertThat(GoNet.mask(new byte[] {10, 1, 2, 3}, 0)).containsExactly(0, 0, 0, 0);
    byte[] v6 = GoNet.parseIp("2001:db8:ffff::1");
    assertThat(GoNet.mask(v6, 33)).isEqualTo(GoNet.parseIp("2001:db8:8000::"));
    assertThat(v6).isEqualTo(GoNet.parseIp("2001:db8:ffff::1"));

    byte[] buf = new byte[16];
    int packed = GoNet.parseCidrOrIp("10.1.2.3/13", buf);
    assertThat(GoNet.isStrictlyMasked(packed, buf)).isFalse();
    GoNet.clearHostBits(packed, buf);
    assertThat(buf).isEqualTo(GoNet.parseIp("10.0.0.0"));
    assertThat(GoNet.isStrictlyMasked(packed, buf)).isTrue();
  }

  @Test
  void family() {
    assertThat(GoNet.isIPv4(new byte[4])).isTrue();
    assertThat(GoNet.isIPv4(GoNet.parseIp("::ffff:0:0"))).isTrue();
    assertThat(GoNet.isIPv4(GoNet.parseIp("::"))).isFalse();
    assertThat(GoNet.isIPv4(null)).isFalse();
    assertThat(GoNet.to4(GoNet.parseIp("::ffff:1.2.3.4"))).containsExactly(1, 2, 3, 4);
    assertThat(GoNet.to4(GoNet.parseIp("::1.2.3.4"))).isNull();
    assertThat(GoNet.to16(new byte[] {1, 2, 3, 4})).isEqualTo(GoNet.parseIp("1.2.3.4"));
  }
}
