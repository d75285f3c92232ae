// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.net.InetAddresses;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.3.4",
        "0.0.0.0",
        "255.255.255.255",
        "::",
        "::1",
        "1::",
        "2001:DB8::1",
        "0000:0000:0000:0000:0000:0000:0000:0001",
        "1:2:3:4:5:6:7::",
        "::ffff:1.2.3.4",
        "::1.2.3.4",
        "1:2:3:4:5:6:1.2.3.4",
        "1::1.2.3.4",
      })
  void acceptsWhatGoAccepts(String text) {
    assertThat(IpAddresses.isValid(text)).isTrue();
    assertThat(IpAddresses.parse(text)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "01.2.3.4", // leading zero: rejected since Go 1.17
        "1.2.3.04",
        "00.0.0.0",
        "256.1.1.1",
        "1.2.3",
        "1.2.3.4.5",
        "1..2.3",
        " 1.2.3.4",
        "1.2.3.4 ",
        "1.2.3.4%eth0",
        "fe80::1%eth0", // zones are rejected by net.ParseIP
        "fe80::1%",
        "[::1]",
        "1.2.3.4/32",
        "aabb:aabb::ffff/128",
        "1:2:3:4:5:6:7:8:9",
        "1::2::3",
        ":1::",
        "1:2:3:4::5:6:7:8", // :: must stand for at least one group
        "12345::1",
        "00000::1", // more than four digits in a group (current netip; Go 1.19 accepted it)
        "::ffff:01.2.3.4",
        "::ffff:1.2.3",
        "1:2:3:4:5:1.2.3.4", // the IPv4 tail must be the last 32 bits
        "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3.4:5",
        "0x1.2.3.4",
        "xyz:::",
        "999.999.999.999",
      })
  void rejectsWhatGoRejects(String text) {
    assertThat(IpAddresses.isValid(text)).isFalse();
    assertThat(IpAddresses.family(text)).isNull();
    assertThatThrownBy(() -> IpAddresses.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Texts.quote(text));
  }

  @ParameterizedTest
  @CsvSource({
    "1.2.3.4, IPV4",
    "::ffff:1.2.3.4, IPV4",
    "::ffff:0:0, IPV4",
    "::1.2.3.4, IPV6",
    "::1, IPV6",
    "2001:db8::, IPV6",
  })
  void familyFollowsGoTo4(String text, IpFamily family) {
    assertThat(IpAddresses.family(text)).isEqualTo(family);
    assertThat(IpAddresses.isIPv4Family(text)).isEqualTo(family == IpFamily.IPV4);
    assertThat(IpAddresses.isIPv6Family(text)).isEqualTo(family == IpFamily.IPV6);
    assertThat(IpAddresses.isIPv4Family(IpAddresses.parse(text)))
        .isEqualTo(family == IpFamily.IPV4);
  }

  @Test
  void parseReturnsTheAddress() throws Exception {
    assertThat(IpAddresses.parse("10.65.0.1"))
        .isEqualTo(InetAddress.getByAddress(new byte[] {10, 65, 0, 1}));
    assertThat(IpAddresses.parse("::ffff:10.65.0.1")).isInstanceOf(Inet4Address.class);
    assertThat(IpAddresses.parse("::1")).isInstanceOf(Inet6Address.class);
    assertThat(IpAddresses.parse("2001:DB8::1")).isEqualTo(InetAddresses.forString("2001:db8::1"));
  }

  @Test
  void nullIsNeverValidAndNeverThrowsFromIsValid() {
    assertThat(IpAddresses.isValid(null)).isFalse();
    assertThat(IpAddresses.isIPv4Family((String) null)).isFalse();
    assertThatThrownBy(() -> IpAddresses.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void guavaDiffersFromGoOnlyOnZones() throws Exception {
    // Guava's InetAddresses is the obvious base, but it accepts zones, which Go rejects. On every
    // input of the Go parity corpus that is the only disagreement.
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream("/go-parse-cases.json")) {
      root = new ObjectMapper().readTree(in);
    }
    int compared = 0;
    for (JsonNode c : root.get("cases")) {
      String input = c.get("input").asText();
      boolean go = IpAddresses.isValid(input);
      boolean guava = InetAddresses.isInetAddress(input);
      if (go != guava) {
        assertThat(input).as("Guava and Go disagree on %s", input).contains("%");
        assertThat(guava).isTrue();
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(400);
    assertThat(InetAddresses.isInetAddress("fe80::1%eth0")).isTrue();
    assertThat(IpAddresses.isValid("fe80::1%eth0")).isFalse();
  }
}
