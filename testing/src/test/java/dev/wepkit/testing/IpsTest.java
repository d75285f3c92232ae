// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.internal.GoNet;
import dev.wepkit.testing.internal.Ips;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generators' own IP helpers, and core's Go address engine (tested on its own in core) against
 * this module's independent oracle.
 */
class IpsTest {
  @Test
  void writesTheFullFormsGoAccepts() {
    byte[] ip = GoNet.parseIp("2001:db8::1");
    assertThat(Ips.formatV6Full(ip, true)).isEqualTo("2001:0db8:0000:0000:0000:0000:0000:0001");
    assertThat(Ips.formatV6Full(ip, false)).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(Ips.upper("2001:db8::abc")).isEqualTo("2001:DB8::ABC");
    // Go reads every variant back as the same address.
    assertThat(GoNet.parseIp(Ips.formatV6Full(ip, true))).isEqualTo(ip);
    assertThat(GoNet.parseIp(Ips.upper("2001:db8::abc"))).isEqualTo(GoNet.parseIp("2001:db8::abc"));
  }

  @Test
  void anyContainsSkipsWhatDoesNotParse() {
    assertThat(Ips.anyContains(List.of("garbage", "10.0.0.0/8"), new byte[] {10, 1, 2, 3}))
        .isTrue();
    assertThat(Ips.anyContains(List.of("garbage", "11.0.0.0/8"), new byte[] {10, 1, 2, 3}))
        .isFalse();
    assertThat(Ips.anyContains(List.of("fd00::/8"), GoNet.parseIp("fd12::1"))).isTrue();
    assertThat(Ips.anyContains(List.of(), GoNet.parseIp("fd12::1"))).isFalse();
  }

  @Test
  void theEngineAgreesWithTheOracleOnRandomText() {
    Property.named("GoNet.parseIp and the oracle accept the same text")
        .withTries(Seeds.tries(5000))
        .check(
            ctx -> {
              if (ctx.chance(0.3)) {
                return Generators.ipAddresses().generate(ctx);
              }
              return Generators.random(ctx, "0123456789abcdefABCDEF:.", ctx.between(1, 24));
            },
            text -> {
              byte[] ours = GoNet.parseIp(text);
              byte[] theirs = CalicoOracle.ip(text);
              return ours == null ? theirs == null : Arrays.equals(ours, GoNet.to16(theirs));
            });
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
        .isEqualTo(GoNet.parseIp("::8000:0:0"));
    assertThat(Ips.firstUncovered(List.of("not a network", "::/0", "0.0.0.0/0"), false)).isNull();
    // A mapped CIDR of 96 bits or more is an IPv4 network, as Go reads it.
    assertThat(Ips.firstUncovered(List.of("::ffff:0.0.0.0/96"), true)).isNull();
  }
}
