// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrsTest {
  @ParameterizedTest
  @CsvSource({
    // text,                 family, prefix, single, strict, canonical
    "10.0.0.1,               IPV4,   32,     true,   true,   10.0.0.1/32",
    "10.0.0.1/32,            IPV4,   32,     true,   true,   10.0.0.1/32",
    "10.0.0.1/24,            IPV4,   24,     false,  false,  10.0.0.1/24",
    "10.0.0.0/24,            IPV4,   24,     false,  true,   10.0.0.0/24",
    "0.0.0.0/0,              IPV4,   0,      false,  true,   0.0.0.0/0",
    "10.0.0.0/08,            IPV4,   8,      false,  true,   10.0.0.0/8",
    "1.2.3.4/032,            IPV4,   32,     true,   true,   1.2.3.4/32",
    "aabb::1,                IPV6,   128,    true,   true,   aabb::1/128",
    "aabb:aabb::0000/122,    IPV6,   122,    false,  true,   aabb:aabb::/122",
    "2001:DB8::1/32,         IPV6,   32,     false,  false,  2001:db8::1/32",
    "::/0,                   IPV6,   0,      false,  true,   ::/0",
    // IPv4-mapped IPv6 with a prefix of 96 or more is IPv4, as Go's IPNet treats it.
    "::ffff:1.2.3.4/128,     IPV4,   32,     true,   true,   1.2.3.4/32",
    "::ffff:1.2.3.0/120,     IPV4,   24,     false,  true,   1.2.3.0/24",
    "::ffff:0.0.0.0/96,      IPV4,   0,      false,  true,   0.0.0.0/0",
    "::ffff:1.2.3.4,         IPV4,   32,     true,   true,   1.2.3.4/32",
    // Below 96 bits the network loses its ffff marker, so Go treats it as IPv6 with host bits;
    // Go's netip.Prefix prints the address as written, in its mapped form.
    "::ffff:1.2.3.4/80,      IPV6,   80,     false,  false,  ::ffff:1.2.3.4/80",
  })
  void parsesAsCalicoDoes(
      String text, IpFamily family, int prefix, boolean single, boolean strict, String canonical) {
    Cidr cidr = Cidrs.parse(text);
    assertThat(cidr.family()).isEqualTo(family);
    assertThat(cidr.prefixLength()).isEqualTo(prefix);
    assertThat(cidr.isSingleAddress()).isEqualTo(single);
    assertThat(cidr.isStrictlyMasked()).isEqualTo(strict);
    assertThat(cidr.toString()).isEqualTo(canonical);
    assertThat(Cidrs.isValid(text)).isTrue();
    assertThat(Cidrs.isValidStrict(text)).isEqualTo(strict);
    assertThat(cidr.addressBytes()).hasSize(family == IpFamily.IPV4 ? 4 : 16);
    if (family == IpFamily.IPV6) {
      assertThat(cidr.address()).isInstanceOf(Inet6Address.class);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", // Calico accepts it (Go's nil IP); a Cidr cannot hold it, see Cidrs' Javadoc
        "garbage",
        "10.0.1.0/33",
        "10.0.0.0/033", // a leading zero is read (as Go's dtoi does), but 33 is still too long
        "aabb::/129",
        "1.2.3.4/",
        "/24",
        "1.2.3.4/24/24",
        "1.2.3.4/+8",
        "1.2.3.4/-1",
        "1.2.3.4/ 8",
        " 1.2.3.4/24",
        "01.2.3.4/24",
        "fe80::/64%eth0",
        "fe80::1%eth0/64",
        "10.abcd",
        "1.2.3.4/99999999",
      })
  void rejectsWhatCalicoRejects(String text) {
    assertThat(Cidrs.isValid(text)).isFalse();
    assertThat(Cidrs.isValidStrict(text)).isFalse();
    assertThatThrownBy(() -> Cidrs.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Texts.quote(text));
  }

  @Test
  void parseStrictRejectsHostBitsAndNamesTheNetwork() {
    assertThat(Cidrs.parseStrict("10.0.0.0/8").prefixLength()).isEqualTo(8);
    assertThatThrownBy(() -> Cidrs.parseStrict("10.0.0.1/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"10.0.0.1/8\"")
        .hasMessageContaining("10.0.0.0/8");
  }

  @Test
  void networkClearsHostBits() {
    assertThat(Cidrs.parse("10.1.2.3/12").network()).isEqualTo(Cidrs.parse("10.0.0.0/12"));
    assertThat(Cidrs.parse("2001:db8:ffff::1/33").network())
        .isEqualTo(Cidrs.parse("2001:db8:8000::/33"));
    Cidr strict = Cidrs.parse("10.0.0.0/8");
    assertThat(strict.network()).isSameAs(strict);
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/8,          10.255.255.255,  true",
    "10.0.0.0/8,          11.0.0.0,        false",
    "10.0.0.1/8,          10.9.9.9,        true",
    "10.0.0.1/32,         10.0.0.1,        true",
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
    "aabb:aabb::ffff/128, aabb:aabb::ffff, true",
    "aabb:aabb::ffff/128, aabb::abcd,      false",
  })
  void containsFollowsGo(String cidr, String ip, boolean expected) {
    assertThat(Cidrs.parse(cidr).contains(IpAddresses.parse(ip))).isEqualTo(expected);
  }

  @Test
  void equalityIsByFamilyAddressAndPrefix() {
    assertThat(Cidrs.parse("10.0.0.1")).isEqualTo(Cidrs.parse("10.0.0.1/32"));
    assertThat(Cidrs.parse("::ffff:10.0.0.1/128")).isEqualTo(Cidrs.parse("10.0.0.1/32"));
    assertThat(Cidrs.parse("10.0.0.1/24")).isNotEqualTo(Cidrs.parse("10.0.0.0/24"));
    assertThat(Cidrs.parse("10.0.0.1").hashCode()).isEqualTo(Cidrs.parse("10.0.0.1/32").hashCode());
  }

  @Test
  void nullInputs() {
    assertThat(Cidrs.isValid(null)).isFalse();
    assertThat(Cidrs.isValidStrict(null)).isFalse();
    assertThatThrownBy(() -> Cidrs.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
