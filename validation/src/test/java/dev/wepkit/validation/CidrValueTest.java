// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Cidr} as a value: equality and hash codes that follow the family, the address as written
 * and the prefix length, and the host-bit test on prefixes that end inside a byte.
 */
class CidrValueTest {
  @Test
  void equalsItselfAndNothingOfAnotherType() {
    Cidr cidr = Cidrs.parse("10.0.0.1/24");
    assertThat(cidr.equals(cidr)).isTrue();
    assertThat(cidr.equals(null)).isFalse();
    assertThat(cidr.equals("10.0.0.1/24")).isFalse();
    assertThat(cidr.equals(IpAddresses.parse("10.0.0.1"))).isFalse();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "10.0.0.1, 10.0.0.1/32",
    "10.0.0.1/24, 10.0.0.1/024",
    "::ffff:10.0.0.1/128, 10.0.0.1/32",
    "2001:DB8::1/64, 2001:db8:0::1/64",
  })
  void equalValuesHaveEqualHashCodes(String a, String b) {
    Cidr x = Cidrs.parse(a);
    Cidr y = Cidrs.parse(b);
    assertThat(x.equals(y)).isTrue();
    assertThat(y.equals(x)).isTrue();
    assertThat(x.hashCode()).isEqualTo(y.hashCode());
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({
    // only the prefix length differs
    "10.0.0.0/24, 10.0.0.0/25",
    "10.0.0.0/0, 10.0.0.0/32",
    "fd00::/64, fd00::/65",
    // only the address differs
    "10.0.0.1/24, 10.0.0.2/24",
    "10.0.0.1/24, 10.0.0.0/24",
    "fd00::1/128, fd00::2/128",
    // a /80 of an IPv4-mapped address is IPv6, with all 16 bytes compared
    "::ffff:1.2.3.4/80, ::ffff:1.2.3.5/80",
  })
  void valuesThatDifferInOnePartAreUnequalWithDifferentHashCodes(String a, String b) {
    Cidr x = Cidrs.parse(a);
    Cidr y = Cidrs.parse(b);
    assertThat(x.equals(y)).isFalse();
    assertThat(y.equals(x)).isFalse();
    // Not required by hashCode's contract, but what makes a Cidr a good map key: a part that makes
    // two values unequal also changes the hash code.
    assertThat(x.hashCode()).isNotEqualTo(y.hashCode());
  }

  @Test
  void aSetOfDistinctPrefixesKeepsThemAll() {
    List<String> texts =
        List.of("10.0.0.0/8", "10.0.0.0/16", "10.0.0.0/24", "10.0.0.1/24", "fd00::/8", "::/0");
    Set<Cidr> set = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    for (String text : texts) {
      set.add(Cidrs.parse(text));
      hashes.add(Cidrs.parse(text).hashCode());
    }
    set.add(Cidrs.parse("10.0.0.0/08"));
    assertThat(set).hasSize(texts.size());
    assertThat(hashes).hasSize(texts.size());
  }

  @ParameterizedTest(name = "{0}: strict {1}")
  @CsvSource({
    // The prefix ends inside a byte: only the bits after it are host bits.
    "10.16.0.0/12, true",
    "10.1.0.0/12, false",
    "10.31.255.255/11, false",
    "10.128.0.0/9, true",
    "10.64.0.0/9, false",
    "10.0.0.254/31, true",
    "10.0.0.255/31, false",
    "128.0.0.0/1, true",
    "192.0.0.0/1, false",
    "fd00:8000::/17, true",
    "fd00:4000::/17, false",
    "fd00:8000::/33, true",
    "fd00::1/127, false",
    "fd00::2/127, true",
  })
  void hostBitsInsideTheLastPrefixByte(String text, boolean strict) {
    Cidr cidr = Cidrs.parse(text);
    assertThat(cidr.isStrictlyMasked()).isEqualTo(strict);
    assertThat(cidr.network().isStrictlyMasked()).isTrue();
    assertThat(cidr.network().equals(cidr)).isEqualTo(strict);
    assertThat(Cidrs.isValidStrict(text)).isEqualTo(strict);
  }
}
