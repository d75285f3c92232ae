// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.testing.internal.Ips;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The internal IP helper, against Go's documented behaviour and the independent oracle. */
class IpsTest {
  @Test
  void parsesWhatGoParses() {
    assertThat(Ips.parse("10.0.0.1")).containsExactly(10, 0, 0, 1);
    assertThat(Ips.parse("::ffff:1.2.3.4")).hasSize(16);
    assertThat(Ips.isV4(Ips.parse("::ffff:1.2.3.4"))).isTrue();
    assertThat(Ips.parse("2001:0db8:0000:0000:0000:0000:0000:0001"))
        .isEqualTo(Ips.parse("2001:db8::1"));
    for (String bad :
        new String[] {
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
          "1:2:3:4:5:6:1.2.3.4:1"
        }) {
      assertThat(Ips.parse(bad)).as(bad).isNull();
    }
  }

  @Test
  void formatsIpv6AsRfc5952() {
    // Expected forms are RFC 5952's own examples and rules (section 4).
    assertThat(canonical("2001:0db8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
    assertThat(canonical("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
    assertThat(canonical("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
    assertThat(canonical("2001:0:0:1:0:0:0:1")).isEqualTo("2001:0:0:1::1");
    assertThat(canonical("::")).isEqualTo("::");
    assertThat(canonical("::1")).isEqualTo("::1");
    assertThat(canonical("1::")).isEqualTo("1::");
    assertThat(Ips.formatV6Full(Ips.parse("2001:db8::1"), true))
        .isEqualTo("2001:0db8:0000:0000:0000:0000:0000:0001");
    assertThat(Ips.formatV6Full(Ips.parse("2001:db8::1"), false)).isEqualTo("2001:db8:0:0:0:0:0:1");
  }

  @Test
  void cidrsMaskAndContain() {
    Ips.Network net = Ips.parseCidrOrIp("10.0.0.1/8");
    assertThat(net.isMasked()).isFalse();
    assertThat(net.isSingleAddress()).isFalse();
    assertThat(net.contains(Ips.parse("10.255.0.1"))).isTrue();
    assertThat(net.contains(Ips.parse("11.0.0.1"))).isFalse();
    assertThat(Ips.parseCidrOrIp("10.0.0.0/33")).isNull();
    assertThat(Ips.parseCidrOrIp("aabb::1").isSingleAddress()).isTrue();
    assertThat(Ips.parseCidrOrIp("::ffff:1.2.3.4/128").contains(Ips.parse("1.2.3.4"))).isTrue();
  }

  @Test
  void agreesWithTheOracleOnRandomText() {
    Property.named("Ips.parse and the oracle accept the same text")
        .withTries(Seeds.tries(5000))
        .check(
            ctx -> {
              if (ctx.chance(0.3)) {
                return Generators.ipAddresses().generate(ctx);
              }
              return Generators.random(ctx, "0123456789abcdefABCDEF:.", ctx.between(1, 24));
            },
            text -> {
              byte[] ours = Ips.parse(text);
              byte[] theirs = CalicoOracle.ip(text);
              return ours == null ? theirs == null : Arrays.equals(ours, theirs);
            });
  }

  private static String canonical(String text) {
    return Ips.formatV6Canonical(Ips.parse(text));
  }

  @Test
  void firstUncoveredFindsAnAddressOutsideTheNetworksOrSaysThereIsNone() {
    assertThat(Ips.firstUncovered(List.of(), true)).containsExactly(0, 0, 0, 0);
    assertThat(Ips.firstUncovered(List.of("0.0.0.0/0"), true)).isNull();
    assertThat(Ips.firstUncovered(List.of("0.0.0.0/1", "128.0.0.0/1"), true)).isNull();
    assertThat(Ips.firstUncovered(List.of("0.0.0.0/1"), true)).containsExactly(255, 255, 255, 255);
    // Neither end of the range is free: the address below a network is, without wrapping around.
    assertThat(Ips.firstUncovered(List.of("255.255.255.255/32", "0.0.0.0"), true))
        .containsExactly(255, 255, 255, 254);
    assertThat(Ips.firstUncovered(List.of("0.0.0.0/1", "128.0.0.0/2", "255.255.255.255"), true))
        .containsExactly(192, 0, 0, 0);
    // An IPv6 network never contains an IPv4 address, and the reverse, as in Go's IPNet.Contains.
    assertThat(Ips.firstUncovered(List.of("::/0"), true)).containsExactly(0, 0, 0, 0);
    assertThat(Ips.firstUncovered(List.of("0.0.0.0/0"), false)).isEqualTo(new byte[16]);
    assertThat(Ips.firstUncovered(List.of("::/0"), false)).isNull();
    // IPv4-mapped addresses count as IPv4, so they are never the IPv6 answer.
    byte[] pastMapped = new byte[16];
    pastMapped[9] = 1;
    assertThat(Ips.firstUncovered(List.of("::/81", "8000::/1"), false)).isEqualTo(pastMapped);
    assertThat(Ips.firstUncovered(List.of("::/81", "::1:0:0:0/80", "8000::/1"), false))
        .isEqualTo(Ips.parse("::8000:0:0"));
    assertThat(Ips.firstUncovered(List.of("not a network", "::/0", "0.0.0.0/0"), false)).isNull();
  }
}
